// Section 4 of the quarterly pack: the prioritisation (the focus list and its change, and the passive
// cases by cause as a Pareto view).
import { useMemo } from 'react'
import type { ChartConfiguration } from 'chart.js'
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatMonth } from '@shared/domain/months'
import { formatScore } from '@shared/domain/participants/progression'
import { formatMeasuredShare, percentOfShare } from '@shared/domain/percent'
import { ChartView } from '../../components/Chart'
import { axisTitle, categoryLabels, flatCategoryTicks, hatch, INK, legendBelow, lineLook, percentTicks } from '../../components/chartStyle'
import { PrintTable } from '../../print/PrintTable'
import type { TraceRequest } from './TraceDialog'
import { CountLine, d, Traced, type OnTrace } from './traced'

/** The passive cases of the quarter behind one cause (or all of them): the Pareto view's own items. */
function paretoTrace(r: QuarterlyReport, cause: string | null, count: number): TraceRequest {
  return {
    kind: 'pareto',
    label: cause === null ? d.passiveTotal(count) : `${d.passivity}: ${cause}`,
    fromMonth: r.quarter.from.slice(0, 7),
    toMonth: r.quarter.to.slice(0, 7),
    category: cause,
    count
  }
}

function ParetoChart({ r }: { r: QuarterlyReport }) {
  const config = useMemo<ChartConfiguration<'bar' | 'line'>>(
    () => ({
      type: 'bar',
      data: {
        labels: categoryLabels(r.passivity.rows.map((x) => x.label)),
        datasets: [
          {
            type: 'bar',
            label: d.count,
            data: r.passivity.rows.map((x) => x.value),
            backgroundColor: hatch(INK),
            borderColor: INK,
            borderWidth: 1,
            yAxisID: 'y'
          },
          {
            type: 'line',
            label: d.cumulative,
            data: r.passivity.rows.map((x) => percentOfShare(x.cumulativeShare)),
            ...lineLook(1, '#000'),
            yAxisID: 'share'
          }
        ]
      },
      options: {
        plugins: { legend: legendBelow },
        scales: {
          x: { ticks: flatCategoryTicks },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: axisTitle(d.chartAxisCases) },
          share: { position: 'right', min: 0, max: 100, ticks: percentTicks, title: axisTitle(d.chartAxisCumulative), grid: { drawOnChartArea: false } }
        }
      }
    }),
    [r]
  )
  return <ChartView config={config} label={d.passivity} height={240} testId="quarterly-pareto-chart" />
}

export function PrioritisationSection({ r, onTrace }: { r: QuarterlyReport; onTrace: OnTrace }) {
  return (
    <section className="page-break">
      <h2>{d.sections.prioritisation}</h2>
      {r.focusList ? (
        <>
          <h3>{d.focusList(formatMonth(r.focusList.month))}</h3>
          <CountLine
            text={d.focusCount(r.focusList.entries.length)}
            now={r.focusList.entries.length}
            before={r.focusList.previousCount}
            testId="quarterly-focus-count"
          />
          <PrintTable
            rows={r.focusList.entries}
            rowKey={(e) => e.participantId}
            whenEmpty={{ text: d.noFocus, hideTable: true }}
            columns={[
              { head: d.rank, num: true, cell: (e) => e.rank },
              { head: d.pseudonym, cell: (e) => e.pseudonym },
              { head: d.broker, cell: (e) => e.jobBrokerName ?? '' },
              { head: d.score, num: true, cell: (e) => formatScore(e.score) }
            ]}
          />
        </>
      ) : (
        <p>{d.focusLeftOut}</p>
      )}
      <div className="print-section">
        <h3>{d.passivity}</h3>
        <CountLine
          text={d.passiveTotal(r.passivity.total)}
          now={r.passivity.total}
          before={r.passivity.previousTotal}
          testId="quarterly-passive-count"
          onClick={onTrace ? () => onTrace(paretoTrace(r, null, r.passivity.total)) : undefined}
        />
        {r.passivity.rows.length === 0 ? (
          <p>{d.noPassivity}</p>
        ) : (
          <div className="chart">
            <ParetoChart r={r} />
          </div>
        )}
      </div>
      <PrintTable
        rows={r.passivity.rows}
        rowKey={(p) => p.label}
        whenEmpty={{}}
        columns={[
          { head: d.cause, cell: (p) => p.label },
          {
            head: d.count,
            num: true,
            cell: (p, i) => <Traced text={String(p.value)} request={paretoTrace(r, p.label, p.value)} onTrace={onTrace} testId={`quarterly-passive-${i}`} />
          },
          { head: d.cumulative, num: true, cell: (p) => formatMeasuredShare(p.cumulativeShare) }
        ]}
      />
    </section>
  )
}
