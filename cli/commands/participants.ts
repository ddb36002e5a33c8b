// CLI commands of the participants domain: `kpi` prints the monthly KPIs and which of the pool's
// result conditions are met (the same service as the KPI screen), `import-status` reads a monthly
// status file (CSV or XLSX) with the same all-or-nothing rule as the screen.
import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { formatMonth } from '@shared/domain/participants/types'
import { da } from '@shared/texts/da'
import { callApi, CliError, dbOption, parseId, printJson, withRuntime } from '../support'
import type { Runtime } from '../../server/runtime'

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
      const report = await callApi(rt, 'kpi.monthly', { projectId })
      if (opts.json) return printJson(report)
      console.log(`${report.poolName}: KPI’er pr. måned (månedsnedslag af indsatsgruppen)`)
      console.log(['Måned', 'Indsatsgruppe', t.kpis.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth, t.kpis.shareOfEffortGroupInFirmBasedActivity, t.kpis.shareOfEffortGroupWithPaidHours, t.kpis.shareOfOpenCasesPassive].join('\t'))
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

  dbOption(
    program
      .command('import-status')
      .description('importér månedsstatus fra CSV eller XLSX: alle rækker eller ingen')
      .requiredOption('--project <id>', 'projektets id')
      .requiredOption('--file <file>', 'filen (CSV som Excel gemmer den, eller .xlsx)'),
    true
  ).action(async (opts: { db: string; project: string; file: string }) => {
    const projectId = parseId(opts.project, 'Projektets id')
    if (!fs.existsSync(opts.file)) throw new CliError(`Filen ${opts.file} findes ikke.`, 2)
    const bytes = fs.readFileSync(opts.file)
    await withRuntime(opts.db, async (rt: Runtime) => {
      const result = await rt.registry.call('participants.status.import', { projectId, fileName: path.basename(opts.file), contentBase64: bytes.toString('base64') })
      if (!result.ok) {
        for (const d of result.error.details ?? []) console.error(d.message)
        throw new CliError(result.error.message)
      }
      const r = result.data as { rows: number; created: number; updated: number; unchanged: number }
      console.log(`Importeret ${r.rows} rækker: ${r.created} nye, ${r.updated} ændrede, ${r.unchanged} uændrede.`)
    })
  })
}
