// Section 2 of the quarterly pack: the economy (this year's budget lines, the years and the total,
// each amount traced to its postings), the budget chart, the revisions and the instalments.
import { useMemo, type Key, type ReactNode } from 'react'
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { ChartView } from '../../components/Chart'
import { budgetAgainstSpentConfig } from '../../components/chartStyle'
import { PrintTable, type PrintColumn } from '../../print/PrintTable'
import type { LedgerTrace, TraceRequest } from './TraceDialog'
import { d, Traced, type OnTrace } from './traced'

function BudgetChart({ r }: { r: QuarterlyReport }) {
  const config = useMemo(
    () =>
      budgetAgainstSpentConfig({
        labels: r.economy.years.map((y) => String(y.year)),
        budgetOre: r.economy.years.map((y) => y.budgetOre),
        spentOre: r.economy.years.map((y) => y.spentToDateOre),
        texts: { budget: d.chartLabelBudget, spent: d.chartLabelSpent, overrun: d.chartLabelOverrun, axis: d.chartAxisKr }
      }),
    [r]
  )
  return <ChartView config={config} label={d.chartBudget} height={220} testId="quarterly-budget-chart" />
}

/** An amount; in the preview (onTrace given) a button that opens the postings it is made of. */
function Amount({
  ore,
  trace,
  onTrace,
  testId
}: {
  ore: number
  trace: Omit<LedgerTrace, 'amountOre' | 'kind'>
  onTrace?: ((t: TraceRequest) => void) | undefined
  testId?: string
}) {
  return <Traced text={formatKr(ore)} request={{ kind: 'ledger', ...trace, amountOre: ore }} onTrace={onTrace} testId={testId} />
}

type EconomyFigures = { budgetOre: number; spentInQuarterOre: number; spentToDateOre: number; remainingOre: number; forecastOre: number | null }

/** A row of an economy table: a budget line, a year or the total, with the labels and scope its traces carry. */
type FigureRow = {
  key: Key
  name: ReactNode
  f: EconomyFigures
  labels: { quarter: string; toDate: string }
  scope: { budgetLineId?: number; year?: number }
  testIds?: { quarter?: string; toDate?: string }
}

/**
 * The economy tables' columns: the row's name, then budget, spent in the quarter and to its end
 * (each traced to its postings, within the row's scope), remaining and forecast.
 */
function figureColumns(nameHead: string, quarter: { from: string; to: string }, onTrace: ((t: TraceRequest) => void) | undefined): PrintColumn<FigureRow>[] {
  return [
    { head: nameHead, cell: (x) => x.name },
    { head: d.budget, num: true, cell: (x) => formatKr(x.f.budgetOre) },
    {
      head: d.spentQuarter,
      num: true,
      cell: (x) => (
        <Amount
          ore={x.f.spentInQuarterOre}
          onTrace={onTrace}
          testId={x.testIds?.quarter}
          trace={{ label: x.labels.quarter, from: quarter.from, to: quarter.to, ...x.scope }}
        />
      )
    },
    {
      head: d.spentToDate,
      num: true,
      cell: (x) => (
        <Amount ore={x.f.spentToDateOre} onTrace={onTrace} testId={x.testIds?.toDate} trace={{ label: x.labels.toDate, to: quarter.to, ...x.scope }} />
      )
    },
    { head: d.remaining, num: true, cell: (x) => formatKr(x.f.remainingOre) },
    { head: d.forecast, num: true, cell: (x) => (x.f.forecastOre === null ? '' : formatKr(x.f.forecastOre)) }
  ]
}

export function EconomySection({ r, onTrace }: { r: QuarterlyReport; onTrace: OnTrace }) {
  const quarterYear = r.quarter.to.slice(0, 4)
  return (
    <section className="page-break">
      <h2>{d.sections.economy}</h2>
      <p>{d.inForce(r.economy.inForceVersion)}</p>
      <p data-testid="quarterly-spent-change">{d.spentChange(formatKr(r.economy.totals.spentInQuarterOre))}</p>
      <PrintTable
        className="budget-lines"
        rows={r.economy.lines
          .filter((l) => String(l.year) === quarterYear)
          .map((l) => ({
            key: l.budgetLineId,
            name: `${l.title} ${l.year}`,
            f: l,
            labels: { quarter: `${d.spentQuarter}: ${l.title} ${l.year}`, toDate: `${d.spentToDate}: ${l.title} ${l.year}` },
            scope: { budgetLineId: l.budgetLineId }
          }))}
        rowKey={(x) => x.key}
        columns={figureColumns(d.line, r.quarter, onTrace)}
        whenEmpty={{ text: d.noLines, testId: 'quarterly-no-lines', isEmpty: r.economy.lines.length === 0, hideTable: true }}
      />
      <PrintTable
        rows={r.economy.years.map((y) => ({
          key: y.year,
          name: y.year,
          f: y,
          labels: { quarter: `${d.spentQuarter}: ${y.year}`, toDate: `${d.spentToDate}: ${y.year}` },
          scope: { year: y.year },
          testIds: { quarter: `quarterly-year-quarter-${y.year}` }
        }))}
        rowKey={(x) => x.key}
        columns={figureColumns(d.year, r.quarter, onTrace)}
        total={{
          key: 'total',
          name: d.total,
          f: r.economy.totals,
          labels: { quarter: `${d.spentQuarter}, ${d.total.toLowerCase()}`, toDate: d.spentToDate },
          scope: {},
          testIds: { quarter: 'quarterly-spent-quarter', toDate: 'quarterly-spent-total' }
        }}
      />
      {r.economy.years.length > 0 ? (
        <div className="chart print-section">
          <h3>{d.chartBudget}</h3>
          <BudgetChart r={r} />
        </div>
      ) : null}
      <h3>{d.revisions}</h3>
      <PrintTable
        rows={r.economy.revisions}
        rowKey={(v) => v.number}
        whenEmpty={{ text: d.noRevisions }}
        columns={[
          { head: d.revision, cell: (v) => `${v.number}. ${v.title}` },
          { head: d.revisionKind, cell: (v) => (v.betweenYears ? d.betweenYears(v.statusLabel) : v.statusLabel) },
          { head: d.date, cell: (v) => (v.date ? formatDate(v.date) : '') },
          {
            head: d.moved,
            cell: (v) =>
              v.years.length === 0 ? (
                d.noChange
              ) : (
                <Traced
                  text={d.movedText(
                    v.years.map((y) => `${y.year}: ${formatKr(y.deltaOre)}`),
                    v.changedLines
                  )}
                  request={{ kind: 'revision', label: `${v.number}. ${v.title}`, versionId: v.versionId, years: v.years }}
                  onTrace={onTrace}
                  testId={`quarterly-revision-${v.number}`}
                />
              )
          }
        ]}
      />
      <h3>{d.instalments}</h3>
      <PrintTable
        rows={r.instalments}
        rowKey={(i) => i.no}
        whenEmpty={{ text: da.quarterly.lights.instalmentsRule.none }}
        columns={[
          { head: d.instalment, cell: (i) => i.label },
          { head: d.expected, cell: (i) => formatDate(i.expectedDate) },
          { head: d.instalmentStatus, cell: (i) => da.budget.ui.instalments.statuses[i.status] },
          {
            head: d.applied,
            num: true,
            cell: (i) => (i.appliedAmountOre === null ? '' : `${formatKr(i.appliedAmountOre)} (${formatDate(i.appliedDate ?? '')})`)
          },
          {
            head: d.received,
            num: true,
            cell: (i) => (i.receivedAmountOre === null ? '' : `${formatKr(i.receivedAmountOre)} (${formatDate(i.receivedDate ?? '')})`)
          }
        ]}
      />
    </section>
  )
}
