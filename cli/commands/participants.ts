// CLI commands of the participants domain: `kpi` prints the monthly KPIs and which of the pool's
// result conditions are met (the same service as the KPI screen). Monthly statuses are imported
// with `puljestyr import status` (cli/commands/import.ts).
import type { Command } from 'commander'
import { da } from '@shared/texts/da'
import { callApi, dbOption, printJson, projectIdOf, projectOptions, withRuntime } from '../support'
import { formatMonth } from '@shared/domain/months'

const t = da.participants
const pct = (x: number) => t.pct(x)

export function registerParticipantsCommands(program: Command): void {
  dbOption(projectOptions(program.command('kpi').description(t.cli.description)), true).action(
    async (opts: { db: string; project: string; json?: boolean }) => {
      const projectId = projectIdOf(opts.project)
      await withRuntime(opts.db, async (rt) => {
        const report = await callApi(rt, 'participants.kpi.monthly', { projectId })
        if (opts.json) return printJson(report)
        console.log(t.cli.title(report.poolName))
        console.log(
          [
            t.cli.month,
            t.cli.effortGroup,
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
        for (const c of report.conditions) console.log(`${c.met === null ? t.cli.notMeasured : c.met ? t.cli.met : t.cli.notMet}\t${c.label}\t${c.detail}`)
      })
    }
  )
}
