// CLI commands of the participants domain: `kpi` prints the monthly KPIs and which of the pool's
// result conditions are met (the same service as the KPI screen). Monthly statuses are imported
// with `puljestyr import status` (cli/commands/import.ts).
import type { Command } from 'commander'
import { da } from '@shared/texts/da'
import { callApi, dbOption, parseId, printJson, withRuntime } from '../support'
import { formatMonth } from '@shared/domain/months'

const t = da.participants
const pct = (x: number) => t.pct(x)

export function registerParticipantsCommands(program: Command): void {
  dbOption(
    program
      .command('kpi')
      .description('månedlige KPI’er for deltagerne og om puljens resultatkrav er opfyldt')
      .requiredOption('--project <id>', 'projektets id (se `puljestyr projects`)')
      .option('--json', 'som JSON'),
    true
  ).action(async (opts: { db: string; project: string; json?: boolean }) => {
    const projectId = parseId(opts.project, 'Projektets id')
    await withRuntime(opts.db, async (rt) => {
      const report = await callApi(rt, 'participants.kpi.monthly', { projectId })
      if (opts.json) return printJson(report)
      console.log(`${report.poolName}: KPI’er pr. måned (månedsnedslag af indsatsgruppen)`)
      console.log(
        [
          'Måned',
          'Indsatsgruppe',
          t.kpis.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth,
          t.kpis.shareOfEffortGroupInFirmBasedActivity,
          t.kpis.shareOfEffortGroupWithPaidHours,
          t.kpis.shareOfOpenCasesPassive
        ].join('\t')
      )
      for (const m of report.months) {
        if (report.lastStatusMonth && m.month > report.lastStatusMonth) continue
        console.log(
          [
            formatMonth(m.month),
            m.effortGroup,
            pct(m.shares.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth),
            pct(m.shares.shareOfEffortGroupInFirmBasedActivity),
            pct(m.shares.shareOfEffortGroupWithPaidHours),
            pct(m.passiveShare)
          ].join('\t')
        )
      }
      for (const c of report.conditions) console.log(`${c.met === null ? 'IKKE MÅLT' : c.met ? 'OPFYLDT' : 'IKKE OPFYLDT'}\t${c.label}\t${c.detail}`)
    })
  })
}
