// Print route /print/budget/:projectId/forbrug: the spending view on A4 (issue #12), through the
// one print path: the same figures (budget.spending), the same chart, flags in words.
import { useParams } from 'react-router'
import type { BudgetSpending } from '@shared/api/budget'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { formatMeasuredBasisPoints, formatSetBasisPoints } from '@shared/domain/percent'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { bothQueries, PrintQuery } from '../../print/PrintDocument'
import { PrintFacts } from '../../print/PrintFacts'
import { PrintTable } from '../../print/PrintTable'
import { SpendingChart } from './SpendingPage'

const t = da.budget.ui.spending
const bp = (v: number | null) => (v === null ? '–' : formatMeasuredBasisPoints(v))

/** A line's or a year's flag in words, as the screen's chips say it. */
export function flagText(x: { flag: 'over' | 'under' | null; overBudget: boolean; inBudget?: boolean }): string {
  const words = [
    x.overBudget ? t.overBudget : x.flag === 'over' ? t.flagOver : x.flag === 'under' ? t.flagUnder : '',
    x.inBudget === false ? t.notInBudget : ''
  ]
  return words.filter(Boolean).join(', ')
}

/** A row of the lines table: a budget line, or a year's total. */
type SpendingRow = { key: string; name: string; f: BudgetSpending['lines'][number] | BudgetSpending['years'][number] }

function SpendingDocument({ s, title }: { s: BudgetSpending; title: string }) {
  const figure = (ore: number | null) => (ore === null ? '–' : formatKr(ore))
  return (
    <>
      <h1>{`${t.printTitle}: ${title}`}</h1>
      <p className="print-meta">{s.inForceVersion ? t.basis(formatDate(s.asOf), s.inForceVersion.number, s.inForceVersion.title) : t.noBudget}</p>
      <PrintFacts
        perRow={2}
        facts={[
          { label: t.budget, value: formatKr(s.totals.budgetOre), num: true },
          { label: t.used, value: bp(s.totals.usedBp), num: true },
          { label: t.spent, value: formatKr(s.totals.spentOre), num: true },
          { label: t.elapsed, value: bp(s.totals.elapsedBp), num: true },
          { label: t.remaining, value: formatKr(s.totals.remainingOre), num: true },
          { label: t.forecast, value: figure(s.totals.forecastOre), num: true }
        ]}
      />
      {s.alerts.length > 0 ? (
        <ul className="spending-alerts">
          {s.alerts.map((a, i) => (
            <li key={i} className={a.severity === 'error' ? 'warning' : undefined}>
              {a.message}
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t.linesTitle}</h2>
      <PrintTable<SpendingRow>
        className="compact"
        rows={s.lines.map((l) => ({ key: String(l.budgetLineId), name: `${l.title} ${l.year}`, f: l }))}
        rowKey={(r) => r.key}
        columns={[
          { head: t.line, cell: (r) => r.name },
          { head: t.budget, num: true, cell: (r) => formatKr(r.f.budgetOre) },
          { head: t.spent, num: true, cell: (r) => formatKr(r.f.spentOre) },
          { head: t.remaining, num: true, cell: (r) => formatKr(r.f.remainingOre) },
          { head: t.used, num: 'wrap', cell: (r) => bp(r.f.usedBp) },
          { head: t.forecast, num: 'wrap', cell: (r) => figure(r.f.forecastOre) },
          { head: t.flag, cell: (r) => flagText(r.f) }
        ]}
        totals={s.years.map((y) => ({ key: `y${y.year}`, name: `${y.year}: ${t.yearTotal(formatKr(y.grantOre))}`, f: y }))}
      />
      <p>{t.thresholdsNote(s.alertThresholdsBp.map((x) => formatSetBasisPoints(x)).join(', '), formatSetBasisPoints(s.deviationThresholdBp))}</p>
      {s.lines.length > 0 ? (
        <div className="page-break">
          <h2>{t.chartTitle}</h2>
          <SpendingChart s={s} />
        </div>
      ) : null}
    </>
  )
}

export function SpendingPrint() {
  const projectId = Number(useParams().projectId)
  const spending = useApiQuery('budget.spending', { projectId })
  const project = useApiQuery('projects.get', { projectId })
  return (
    <PrintQuery query={bothQueries(spending, project)} title={t.printTitle} project={([, p]) => p.title}>
      {([s, p]) => <SpendingDocument s={s} title={p.title} />}
    </PrintQuery>
  )
}
