// CLI commands of the budget domain: `puljestyr budget --db FILE --project ID [--as-of DATE] [--json]`
// prints the approved budget, spending and remaining per line and year, and the totals. It asks the
// same service as the spending view (budget.spending): one path per figure.
import type { Command } from 'commander'
import { formatDate, isIsoDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { callApi, CliError, dbOption, parseId, printJson, withRuntime } from '../support'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'

const pct = (bp: number | null) => (bp === null ? '–' : formatMeasuredBasisPoints(bp))

export function registerBudgetCommands(program: Command): void {
  dbOption(
    program
      .command('budget')
      .description('vis det godkendte budget, forbrug og rest pr. budgetpost og år samt i alt')
      .requiredOption('--project <id>', 'projektets id (se `puljestyr projects`)')
      .option('--as-of <dato>', 'opgør pr. denne dato (ÅÅÅÅ-MM-DD); standard er i dag')
      .option('--json', 'som JSON'),
    true
  ).action(async (opts: { db: string; project: string; asOf?: string; json?: boolean }) => {
    const projectId = parseId(opts.project, 'Projektets id')
    if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new CliError(`--as-of skal være en dato som 2021-12-31, fik "${opts.asOf}".`, 2)
    await withRuntime(opts.db, async (rt) => {
      const s = await callApi(rt, 'budget.spending', { projectId, ...(opts.asOf ? { asOf: opts.asOf } : {}) })
      if (opts.json) {
        printJson({
          projectId: s.projectId,
          asOf: s.asOf,
          periodStart: s.periodStart,
          periodEnd: s.periodEnd,
          inForceVersion: s.inForceVersion,
          lines: s.lines,
          years: s.years,
          totals: s.totals,
          alerts: s.alerts
        })
        return
      }
      console.log(
        s.inForceVersion
          ? `Godkendt budget pr. ${formatDate(s.asOf)}: version ${s.inForceVersion.number}, ${s.inForceVersion.title}`
          : `Projektet har intet godkendt budget pr. ${formatDate(s.asOf)}.`
      )
      console.log(['År', 'Budgetpost', 'Budget', 'Forbrugt', 'Rest', 'Brugt', 'Gået'].join('\t'))
      for (const l of s.lines) {
        console.log([l.year, l.title, formatKr(l.budgetOre), formatKr(l.spentOre), formatKr(l.remainingOre), pct(l.usedBp), pct(l.elapsedBp)].join('\t'))
      }
      for (const y of s.years) {
        console.log(
          [
            y.year,
            `I alt (tilsagn ${formatKr(y.grantOre)})`,
            formatKr(y.budgetOre),
            formatKr(y.spentOre),
            formatKr(y.remainingOre),
            pct(y.usedBp),
            pct(y.elapsedBp)
          ].join('\t')
        )
      }
      const t = s.totals
      console.log(
        [
          '',
          `I alt (tilsagn ${formatKr(t.grantAmountOre)})`,
          formatKr(t.budgetOre),
          formatKr(t.spentOre),
          formatKr(t.remainingOre),
          pct(t.usedBp),
          pct(t.elapsedBp)
        ].join('\t')
      )
      for (const a of s.alerts) console.log(`${a.severity === 'error' ? 'FEJL' : a.severity === 'warning' ? 'ADVARSEL' : 'NB'}: ${a.message}`)
    })
  })
}
