// CLI commands of the budget domain: `puljestyr budget --db FILE --project ID [--as-of DATE] [--json]`
// prints the approved budget, spending and remaining per line and year, and the totals. It asks the
// same service as the spending view (budget.spending): one path per figure.
import type { Command } from 'commander'
import type { SpendingFigures } from '@shared/api/budget'
import { formatDate, isIsoDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { budget } from '@shared/texts/da/budget'
import { callApi, CliError, dbOption, printJson, projectIdOf, projectOptions, withRuntime } from '../support'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'

const c = budget.cli

const pct = (bp: number | null) => (bp === null ? '–' : formatMeasuredBasisPoints(bp))

export function registerBudgetCommands(program: Command): void {
  dbOption(projectOptions(program.command('budget').description(c.description)).option('--as-of <dato>', c.asOfOption), true).action(
    async (opts: { db: string; project: string; asOf?: string; json?: boolean }) => {
      const projectId = projectIdOf(opts.project)
      if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new CliError(c.asOfInvalid(opts.asOf), 2)
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
        console.log(s.inForceVersion ? c.inForce(formatDate(s.asOf), s.inForceVersion.number, s.inForceVersion.title) : c.noBudget(formatDate(s.asOf)))
        console.log(c.header.join('\t'))
        const row = (first: string | number, title: string, f: SpendingFigures) =>
          console.log([first, title, formatKr(f.budgetOre), formatKr(f.spentOre), formatKr(f.remainingOre), pct(f.usedBp), pct(f.elapsedBp)].join('\t'))
        for (const l of s.lines) row(l.year, l.title, l)
        for (const y of s.years) row(y.year, c.yearTotal(formatKr(y.grantOre)), y)
        row('', c.yearTotal(formatKr(s.totals.grantAmountOre)), s.totals)
        for (const a of s.alerts) console.log(`${c.severity[a.severity]}: ${a.message}`)
      })
    }
  )
}
