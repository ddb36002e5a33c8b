// Section 3 of the quarterly pack: the results (the latest month's KPIs against the month before, the
// trend, the conditions and the caseload) and the progression means.
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatMonth } from '@shared/domain/months'
import { isTraceableKpi } from '@shared/domain/participants/kpiMembers'
import { formatScore } from '@shared/domain/participants/progression'
import { formatMeasuredShare } from '@shared/domain/percent'
import { PrintTable } from '../../print/PrintTable'
import { KpiChart, latestAgainstTargets } from '../participants/kpiParts'
import type { TraceRequest } from './TraceDialog'
import { d, Traced, type OnTrace } from './traced'

function Arrow({ now, before }: { now: number; before: number | null }) {
  if (before === null) return null
  const diff = now - before
  const mark = Math.abs(diff) < 1e-9 ? d.arrowSame : diff > 0 ? d.arrowUp : d.arrowDown
  return <span className="quarterly-arrow">{`${mark} ${d.points(formatMeasuredShare(Math.abs(diff)))}`}</span>
}

/** A progression mean; in the preview a button that opens the pairs of answers it is the mean of. */
function Mean({ value, trace, testId }: { value: number | null; trace: (() => void) | undefined; testId: string }) {
  if (value === null) return null
  if (!trace) return <span data-testid={testId}>{formatScore(value)}</span>
  return (
    <button type="button" className="quarterly-trace" data-testid={testId} onClick={trace}>
      {formatScore(value)}
    </button>
  )
}

function progressionTrace(p: QuarterlyReport['progression'][number]): TraceRequest {
  return { kind: 'progression', label: `${d.progression}: ${p.label}`, themeKey: p.key, intakeMean: p.intakeMean, latestMean: p.latestMean }
}

export function ResultsSection({ r, onTrace }: { r: QuarterlyReport; onTrace: OnTrace }) {
  const latest = r.results.months.find((m) => m.month === r.results.latestMonth) ?? null
  const previous = r.results.months.find((m) => m.month === r.results.previousMonth) ?? null
  const previousRows = previous ? latestAgainstTargets(r.results, previous) : []
  return (
    <section className="page-break">
      <h2>{d.sections.results}</h2>
      {latest ? (
        <>
          <h3>{d.latestKpis(formatMonth(latest.month))}</h3>
          <PrintTable
            rows={latestAgainstTargets(r.results, latest)}
            rowKey={(row) => row.label}
            columns={[
              { head: d.kpi, cell: (row) => row.label },
              {
                head: d.value,
                num: true,
                cell: (row) =>
                  onTrace && isTraceableKpi(row.kpi) ? (
                    <button
                      type="button"
                      className="quarterly-trace"
                      data-testid={`quarterly-kpi-${row.kpi}`}
                      onClick={() =>
                        onTrace({ kind: 'kpi', label: `${row.label}, ${formatMonth(latest.month)}`, month: latest.month, kpi: row.kpi, share: row.value })
                      }
                    >
                      {formatMeasuredShare(row.value)}
                    </button>
                  ) : (
                    formatMeasuredShare(row.value)
                  )
              },
              {
                head: d.previous,
                num: true,
                cell: (_row, i) => {
                  const before = previousRows[i]?.value ?? null
                  return before === null ? '' : formatMeasuredShare(before)
                }
              },
              { head: d.change, cell: (row, i) => <Arrow now={row.value} before={previousRows[i]?.value ?? null} /> }
            ]}
          />
          <div className="chart print-section">
            <h3>{d.kpiTrend}</h3>
            <KpiChart report={r.results} height={260} />
          </div>
          <h3>{d.conditions}</h3>
          {r.results.conditions.map((c, i) => (
            <p key={i}>{`${c.label}: ${c.detail}`}</p>
          ))}
          <h3>{d.caseload}</h3>
          <PrintTable
            rows={latest.caseload}
            rowKey={(c) => c.name}
            columns={[
              { head: d.broker, cell: (c) => c.name },
              {
                head: d.cases,
                num: true,
                cell: (c) => (
                  <Traced
                    text={String(c.count)}
                    request={{
                      kind: 'caseload',
                      label: `${d.caseload}: ${c.name}, ${formatMonth(latest.month)}`,
                      month: latest.month,
                      jobBrokerId: c.staffId,
                      count: c.count
                    }}
                    onTrace={onTrace}
                    testId={`quarterly-caseload-${c.staffId ?? 'none'}`}
                  />
                )
              }
            ]}
          />
        </>
      ) : (
        <p>{d.noStatus}</p>
      )}
      <h3>{d.progression}</h3>
      <PrintTable
        rows={r.progression}
        rowKey={(p) => p.label}
        whenEmpty={{ text: d.noProgression, isEmpty: r.progression.every((p) => p.participants === 0), hideTable: true }}
        columns={[
          { head: d.theme, cell: (p) => p.label },
          { head: d.answered, num: true, cell: (p) => p.participants },
          {
            head: d.intake,
            num: true,
            cell: (p) => (
              <Mean value={p.intakeMean} trace={onTrace ? () => onTrace(progressionTrace(p)) : undefined} testId={`quarterly-progression-intake-${p.key}`} />
            )
          },
          {
            head: d.latest,
            num: true,
            cell: (p) => (
              <Mean value={p.latestMean} trace={onTrace ? () => onTrace(progressionTrace(p)) : undefined} testId={`quarterly-progression-latest-${p.key}`} />
            )
          }
        ]}
      />
    </section>
  )
}
