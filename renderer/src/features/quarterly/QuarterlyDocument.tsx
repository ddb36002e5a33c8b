// The quarterly pack as a document: the same component is the live preview on screen and the
// printed pack (/print/kvartal/…). It only lays out the figures of `quarterly.get`; every figure
// was computed by the domain's own service.
import { useMemo, type Key, type ReactNode } from 'react'
import type { ChartConfiguration } from 'chart.js'
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { formatMeasuredShare } from '@shared/domain/percent'
import { da } from '@shared/texts/da'
import { ChartView } from '../../components/Chart'
import {
  axisTitle,
  budgetAgainstSpentConfig,
  categoryLabels,
  flatCategoryTicks,
  hatch,
  INK,
  legendBelow,
  lineLook,
  percentTicks
} from '../../components/chartStyle'
import { KpiChart, latestAgainstTargets } from '../participants/kpiParts'
import { AuditAnchorLine } from '../../print/AuditAnchorLine'
import { PrintTable, type PrintColumn } from '../../print/PrintTable'
import type { LedgerTrace, TraceRequest } from './TraceDialog'
import { isTraceableKpi } from '@shared/domain/participants/kpiMembers'
import { formatScore } from '@shared/domain/participants/progression'
import { formatMonth, formatMonthShort } from '@shared/domain/months'

const d = da.quarterly.doc
const colours = da.quarterly.lights.colours

function Arrow({ now, before }: { now: number; before: number | null }) {
  if (before === null) return null
  const diff = now - before
  const mark = Math.abs(diff) < 1e-9 ? d.arrowSame : diff > 0 ? d.arrowUp : d.arrowDown
  return <span className="quarterly-arrow">{`${mark} ${d.points(formatMeasuredShare(Math.abs(diff)))}`}</span>
}

/** A count and its change since the previous quarter, e.g. «Møder holdt i kvartalet: 2 ▲ 1 flere end forrige kvartal (1)». */
function CountLine({
  text,
  now,
  before,
  testId,
  onClick
}: {
  text: string
  now: number
  before: number | null
  testId: string
  onClick?: (() => void) | undefined
}) {
  const diff = before === null ? 0 : now - before
  const mark = diff === 0 ? d.arrowSame : diff > 0 ? d.arrowUp : d.arrowDown
  return (
    <p data-testid={testId}>
      {onClick ? (
        <button type="button" className="quarterly-trace" onClick={onClick}>
          {text}
        </button>
      ) : (
        text
      )}
      {before === null ? null : <span className="quarterly-arrow">{` ${d.countChange(mark, diff, before)}`}</span>}
    </p>
  )
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

function actionsTrace(r: QuarterlyReport, overdueOnly: boolean): TraceRequest {
  const n = overdueOnly ? r.steering.overdueCount : r.steering.openActions.length
  return { kind: 'actions', label: overdueOnly ? d.overdueCount(n) : d.openActionsCount(n), to: r.quarter.to, overdueOnly, count: n }
}

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

function progressionTrace(p: QuarterlyReport['progression'][number]): TraceRequest {
  return { kind: 'progression', label: `${d.progression}: ${p.label}`, themeKey: p.key, intakeMean: p.intakeMean, latestMean: p.latestMean }
}

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
            data: r.passivity.rows.map((x) => Math.round(x.cumulativeShare * 1000) / 10),
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

type OnTrace = ((t: TraceRequest) => void) | undefined

/** A figure; in the preview (onTrace given) a button that opens the rows it is made of. */
function Traced({ text, request, onTrace, testId }: { text: string; request: TraceRequest; onTrace: OnTrace; testId?: string | undefined }) {
  if (!onTrace) return <span data-testid={testId}>{text}</span>
  return (
    <button type="button" className="quarterly-trace" data-testid={testId} onClick={() => onTrace(request)}>
      {text}
    </button>
  )
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

/**
 * What a front-page light's rule is made of, where it is a count or a share of rows: the postings
 * behind the spending, the participants behind a KPI against its target, the quarter's meetings,
 * the action items and the months. A result condition is judged on the monthly KPI shares of
 * section 3, the instalments on registrations of STAR's payments (no sum of rows).
 */
function lightTrace(r: QuarterlyReport, key: string): TraceRequest | null {
  const L = da.quarterly.lights
  const month = r.results.latestMonth
  if (key === 'spending' && r.economy.totals.budgetOre > 0)
    return { kind: 'ledger', label: d.spentToDate, to: r.quarter.to, amountOre: r.economy.totals.spentToDateOre }
  const kpi = key === 'target:passive' ? 'shareOfOpenCasesPassive' : key.startsWith('target:') ? key.slice('target:'.length) : null
  const latest = r.results.months.find((m) => m.month === month)
  if (kpi && month && latest && isTraceableKpi(kpi)) {
    const row = latestAgainstTargets(r.results, latest).find((x) => x.kpi === kpi)
    if (row) return { kind: 'kpi', label: `${row.label}, ${formatMonth(month)}`, month, kpi, share: row.value }
  }
  if (key.startsWith('meetings:'))
    return { kind: 'meetings', label: d.meetingsHeld(r.steering.meetingsHeld), from: r.quarter.from, to: r.quarter.to, count: r.steering.meetingsHeld }
  if (key === 'actions') return { kind: 'actions', label: L.overdue, to: r.quarter.to, overdueOnly: true, count: r.steering.overdueCount }
  if (key === 'months') return { kind: 'months', label: L.months, lastMonth: r.quarter.to.slice(0, 7), count: r.unapprovedMonths.length }
  return null
}

export function QuarterlyDocument({ r, onTrace }: { r: QuarterlyReport; onTrace?: (t: TraceRequest) => void }) {
  const latest = r.results.months.find((m) => m.month === r.results.latestMonth) ?? null
  const previous = r.results.months.find((m) => m.month === r.results.previousMonth) ?? null
  const previousRows = previous ? latestAgainstTargets(r.results, previous) : []
  const quarterYear = r.quarter.to.slice(0, 4)
  return (
    <div className="quarterly-pack">
      <section>
        <h1>{`${d.title}: ${r.project.title}`}</h1>
        <p className="print-meta">{`${r.quarter.label} · ${r.project.municipality}`}</p>
        {r.publication ? <p className="meetings-publication">{d.publicationNotice}</p> : null}
        <h2>{d.sections.overview}</h2>
        <table>
          <tbody>
            <tr>
              <th>{d.project}</th>
              <td>{r.project.title}</td>
            </tr>
            <tr>
              <th>{d.pool}</th>
              <td>{r.project.poolName}</td>
            </tr>
            <tr>
              <th>{d.period}</th>
              <td>{`${formatDate(r.project.periodStart)}–${formatDate(r.project.periodEnd)}`}</td>
            </tr>
            <tr>
              <th>{d.grant}</th>
              <td data-testid="quarterly-grant">{formatKr(r.project.grantAmountOre)}</td>
            </tr>
            <tr>
              <th>{d.quarter}</th>
              <td>{`${r.quarter.label} (${formatDate(r.quarter.from)}–${formatDate(r.quarter.to)})`}</td>
            </tr>
          </tbody>
        </table>
        <AuditAnchorLine anchor={r.anchor} />
        <h3>{d.lights}</h3>
        <PrintTable
          className="quarterly-lights"
          rows={r.lights}
          rowKey={(l) => l.key}
          rowData={(l) => ({ 'data-light': l.colour })}
          columns={[
            {
              head: d.status,
              cell: (l) => (
                <>
                  <span className={`quarterly-light quarterly-light-${l.colour}`} aria-hidden />
                  {colours[l.colour]}
                </>
              )
            },
            { head: d.light, cell: (l) => l.label },
            {
              head: d.rule,
              cell: (l) => {
                const request = lightTrace(r, l.key)
                return request ? <Traced text={l.rule} request={request} onTrace={onTrace} testId={`quarterly-light-${l.key}`} /> : l.rule
              }
            }
          ]}
        />
      </section>

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

      <section className="page-break">
        <h2>{d.sections.steering}</h2>
        <CountLine
          text={d.meetingsHeld(r.steering.meetingsHeld)}
          now={r.steering.meetingsHeld}
          before={r.steering.previous?.meetingsHeld ?? null}
          testId="quarterly-meetings-held"
          onClick={
            onTrace
              ? () =>
                  onTrace({
                    kind: 'meetings',
                    label: d.meetingsHeld(r.steering.meetingsHeld),
                    from: r.quarter.from,
                    to: r.quarter.to,
                    count: r.steering.meetingsHeld
                  })
              : undefined
          }
        />
        {r.steering.groups.length === 0 ? <p>{d.noGroups}</p> : null}
        {r.steering.groups.map((g) => (
          <div key={g.groupId} className="print-section">
            <h3>{d.meetingsOf(g.groupName)}</h3>
            {!g.metInQuarter && g.required ? <p className="warning">{d.noMeetingFlag}</p> : null}
            {g.meetings.length === 0 ? <p>{d.noMeetings}</p> : null}
            {g.meetings.map((m) => (
              <div key={m.meetingId}>
                <p>
                  <strong>{`${formatDate(m.date)}: ${m.title}`}</strong>
                </p>
                {m.decisions.map((x, i) => (
                  <p key={i}>{`${x.number ?? ''}. ${x.title}: ${x.decision}`}</p>
                ))}
              </div>
            ))}
          </div>
        ))}
        <h3>{d.openActions}</h3>
        <CountLine
          text={d.openActionsCount(r.steering.openActions.length)}
          now={r.steering.openActions.length}
          before={r.steering.previous?.openActions ?? null}
          testId="quarterly-open-actions"
          onClick={onTrace ? () => onTrace(actionsTrace(r, false)) : undefined}
        />
        <CountLine
          text={d.overdueCount(r.steering.overdueCount)}
          now={r.steering.overdueCount}
          before={r.steering.previous?.overdueCount ?? null}
          testId="quarterly-overdue-actions"
          onClick={onTrace ? () => onTrace(actionsTrace(r, true)) : undefined}
        />
        <PrintTable
          rows={r.steering.openActions}
          rowKey={(a) => a.id}
          whenEmpty={{ text: d.noActions }}
          columns={[
            { head: d.action, cell: (a) => `${a.text} (${a.groupName})` },
            { head: d.owner, cell: (a) => a.owner },
            { head: d.due, cell: (a) => (a.dueDate ? `${formatDate(a.dueDate)}${a.overdue ? ` · ${d.overdueMark}` : ''}` : '') }
          ]}
        />
        {r.unapprovedMonths.length ? (
          <>
            <h3>{d.unapproved}</h3>
            <PrintTable
              rows={r.unapprovedMonths}
              rowKey={(m) => `${m.month}-${m.staffName}`}
              columns={[{ cell: (m) => formatMonthShort(m.month) }, { cell: (m) => m.staffName }, { cell: (m) => m.status }]}
            />
          </>
        ) : null}
      </section>

      <section className="page-break">
        <h2>{d.sections.remarks}</h2>
        {!r.text.risks && !r.text.nextSteps && !r.text.decisions ? <p>{d.noText}</p> : null}
        {r.text.risks ? (
          <>
            <h3>{d.risks}</h3>
            <p className="meetings-text">{r.text.risks}</p>
          </>
        ) : null}
        {r.text.nextSteps ? (
          <>
            <h3>{d.nextSteps}</h3>
            <p className="meetings-text">{r.text.nextSteps}</p>
          </>
        ) : null}
        {r.text.decisions ? (
          <>
            <h3>{d.decisions}</h3>
            <p className="meetings-text">{r.text.decisions}</p>
          </>
        ) : null}
      </section>
    </div>
  )
}
