// The quarterly pack as a document: the same component is the live preview on screen and the
// printed pack (/print/kvartal/…). It only lays out the figures of `quarterly.get`; every figure
// was computed by the domain's own service.
import { useMemo } from 'react'
import type { ChartConfiguration } from 'chart.js'
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { formatMeasuredShare } from '@shared/domain/percent'
import { da } from '@shared/texts/da'
import { ChartView } from '../../components/Chart'
import { KpiChart, latestAgainstTargets } from '../participants/kpiParts'
import { AuditAnchorLine } from '../../print/AuditAnchorLine'
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

function progressionTrace(p: QuarterlyReport['progression'][number]): TraceRequest {
  return { kind: 'progression', label: `${d.progression}: ${p.label}`, themeKey: p.key, intakeMean: p.intakeMean, latestMean: p.latestMean }
}

function BudgetChart({ r }: { r: QuarterlyReport }) {
  const config = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: r.economy.years.map((y) => String(y.year)),
        datasets: [
          {
            label: d.chartLabelBudget,
            data: r.economy.years.map((y) => y.budgetOre / 100),
            backgroundColor: '#b0bec5',
            borderColor: '#37474f',
            borderWidth: 1
          },
          {
            label: d.chartLabelSpent,
            data: r.economy.years.map((y) => y.spentToDateOre / 100),
            backgroundColor: '#1565c0',
            borderColor: '#0d47a1',
            borderWidth: 1
          }
        ]
      },
      options: {
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatKr(Math.round(Number(c.parsed.y) * 100))}` } }
        },
        scales: { y: { ticks: { callback: (v) => formatKr(Number(v) * 100, { unit: false }).replace(/,00$/, '') } } }
      }
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
        labels: r.passivity.rows.map((x) => x.label),
        datasets: [
          { type: 'bar', label: d.count, data: r.passivity.rows.map((x) => x.value), backgroundColor: '#546e7a', yAxisID: 'y' },
          {
            type: 'line',
            label: d.cumulative,
            data: r.passivity.rows.map((x) => Math.round(x.cumulativeShare * 1000) / 10),
            borderColor: '#000',
            borderDash: [4, 3],
            yAxisID: 'share'
          }
        ]
      },
      options: {
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true }, share: { position: 'right', min: 0, max: 100, ticks: { callback: (v) => `${v} %` } } }
      }
    }),
    [r]
  )
  return <ChartView config={config} label={d.passivity} height={220} testId="quarterly-pareto-chart" />
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
  if (!onTrace) return <span data-testid={testId}>{formatKr(ore)}</span>
  return (
    <button type="button" className="quarterly-trace" data-testid={testId} onClick={() => onTrace({ kind: 'ledger', ...trace, amountOre: ore })}>
      {formatKr(ore)}
    </button>
  )
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
        <table className="quarterly-lights">
          <thead>
            <tr>
              <th>{d.status}</th>
              <th>{d.light}</th>
              <th>{d.rule}</th>
            </tr>
          </thead>
          <tbody>
            {r.lights.map((l) => (
              <tr key={l.key} data-light={l.colour}>
                <td>
                  <span className={`quarterly-light quarterly-light-${l.colour}`} aria-hidden />
                  {colours[l.colour]}
                </td>
                <td>{l.label}</td>
                <td>{l.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="page-break">
        <h2>{d.sections.economy}</h2>
        <p>{d.inForce(r.economy.inForceVersion)}</p>
        <p data-testid="quarterly-spent-change">{d.spentChange(formatKr(r.economy.totals.spentInQuarterOre))}</p>
        <table className="budget-lines">
          <thead>
            <tr>
              <th>{d.line}</th>
              <th className="num">{d.budget}</th>
              <th className="num">{d.spentQuarter}</th>
              <th className="num">{d.spentToDate}</th>
              <th className="num">{d.remaining}</th>
              <th className="num">{d.forecast}</th>
            </tr>
          </thead>
          <tbody>
            {r.economy.lines
              .filter((l) => String(l.year) === quarterYear)
              .map((l) => (
                <tr key={l.budgetLineId}>
                  <td>{`${l.title} ${l.year}`}</td>
                  <td className="num">{formatKr(l.budgetOre)}</td>
                  <td className="num">
                    <Amount
                      ore={l.spentInQuarterOre}
                      onTrace={onTrace}
                      trace={{ label: `${d.spentQuarter}: ${l.title} ${l.year}`, from: r.quarter.from, to: r.quarter.to, budgetLineId: l.budgetLineId }}
                    />
                  </td>
                  <td className="num">
                    <Amount
                      ore={l.spentToDateOre}
                      onTrace={onTrace}
                      trace={{ label: `${d.spentToDate}: ${l.title} ${l.year}`, to: r.quarter.to, budgetLineId: l.budgetLineId }}
                    />
                  </td>
                  <td className="num">{formatKr(l.remainingOre)}</td>
                  <td className="num">{l.forecastOre === null ? '' : formatKr(l.forecastOre)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <table>
          <thead>
            <tr>
              <th>{d.year}</th>
              <th className="num">{d.budget}</th>
              <th className="num">{d.spentQuarter}</th>
              <th className="num">{d.spentToDate}</th>
              <th className="num">{d.remaining}</th>
            </tr>
          </thead>
          <tbody>
            {r.economy.years.map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td className="num">{formatKr(y.budgetOre)}</td>
                <td className="num">{formatKr(y.spentInQuarterOre)}</td>
                <td className="num">{formatKr(y.spentToDateOre)}</td>
                <td className="num">{formatKr(y.remainingOre)}</td>
              </tr>
            ))}
            <tr>
              <th>{d.total}</th>
              <th className="num">{formatKr(r.economy.totals.budgetOre)}</th>
              <th className="num">
                <Amount
                  ore={r.economy.totals.spentInQuarterOre}
                  onTrace={onTrace}
                  testId="quarterly-spent-quarter"
                  trace={{ label: `${d.spentQuarter}, ${d.total.toLowerCase()}`, from: r.quarter.from, to: r.quarter.to }}
                />
              </th>
              <th className="num">
                <Amount
                  ore={r.economy.totals.spentToDateOre}
                  onTrace={onTrace}
                  testId="quarterly-spent-total"
                  trace={{ label: `${d.spentToDate}`, to: r.quarter.to }}
                />
              </th>
              <th className="num">{formatKr(r.economy.totals.remainingOre)}</th>
            </tr>
          </tbody>
        </table>
        <div className="chart print-section">
          <h3>{d.chartBudget}</h3>
          <BudgetChart r={r} />
        </div>
        <h3>{d.revisions}</h3>
        {r.economy.revisions.length === 0 ? <p>{d.noRevisions}</p> : null}
        {r.economy.revisions.map((v) => (
          <p key={v.number}>{`${v.number}. ${v.title} (${v.date ? formatDate(v.date) : ''})`}</p>
        ))}
      </section>

      <section className="page-break">
        <h2>{d.sections.results}</h2>
        {latest ? (
          <>
            <h3>{d.latestKpis(formatMonth(latest.month))}</h3>
            <table>
              <thead>
                <tr>
                  <th>{d.kpi}</th>
                  <th className="num">{d.value}</th>
                  <th className="num">{d.previous}</th>
                  <th>{d.change}</th>
                </tr>
              </thead>
              <tbody>
                {latestAgainstTargets(r.results, latest).map((row, i) => {
                  const before = previousRows[i]?.value ?? null
                  return (
                    <tr key={row.label}>
                      <td>{row.label}</td>
                      <td className="num">
                        {onTrace && isTraceableKpi(row.kpi) ? (
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
                        )}
                      </td>
                      <td className="num">{before === null ? '' : formatMeasuredShare(before)}</td>
                      <td>
                        <Arrow now={row.value} before={before} />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <div className="chart print-section">
              <h3>{d.kpiTrend}</h3>
              <KpiChart report={r.results} height={260} />
            </div>
            <h3>{d.conditions}</h3>
            {r.results.conditions.map((c, i) => (
              <p key={i}>{`${c.label}: ${c.detail}`}</p>
            ))}
            <h3>{d.caseload}</h3>
            <table>
              <thead>
                <tr>
                  <th>{d.broker}</th>
                  <th className="num">{d.cases}</th>
                </tr>
              </thead>
              <tbody>
                {latest.caseload.map((c) => (
                  <tr key={c.name}>
                    <td>{c.name}</td>
                    <td className="num">{c.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{d.noStatus}</p>
        )}
        <h3>{d.progression}</h3>
        <table>
          <thead>
            <tr>
              <th>{d.theme}</th>
              <th className="num">{d.answered}</th>
              <th className="num">{d.intake}</th>
              <th className="num">{d.latest}</th>
            </tr>
          </thead>
          <tbody>
            {r.progression.map((p) => (
              <tr key={p.label}>
                <td>{p.label}</td>
                <td className="num">{p.participants}</td>
                <td className="num">
                  <Mean
                    value={p.intakeMean}
                    trace={onTrace ? () => onTrace(progressionTrace(p)) : undefined}
                    testId={`quarterly-progression-intake-${p.key}`}
                  />
                </td>
                <td className="num">
                  <Mean
                    value={p.latestMean}
                    trace={onTrace ? () => onTrace(progressionTrace(p)) : undefined}
                    testId={`quarterly-progression-latest-${p.key}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
            <table>
              <thead>
                <tr>
                  <th className="num">{d.rank}</th>
                  <th>{d.pseudonym}</th>
                  <th>{d.broker}</th>
                  <th className="num">{d.score}</th>
                </tr>
              </thead>
              <tbody>
                {r.focusList.entries.map((e) => (
                  <tr key={e.participantId}>
                    <td className="num">{e.rank}</td>
                    <td>{e.pseudonym}</td>
                    <td>{e.jobBrokerName ?? ''}</td>
                    <td className="num">{formatScore(e.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{d.focusLeftOut}</p>
        )}
        <h3>{d.passivity}</h3>
        <CountLine text={d.passiveTotal(r.passivity.total)} now={r.passivity.total} before={r.passivity.previousTotal} testId="quarterly-passive-count" />
        {r.passivity.rows.length === 0 ? (
          <p>{d.noPassivity}</p>
        ) : (
          <div className="chart print-section">
            <ParetoChart r={r} />
          </div>
        )}
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
        />
        <CountLine
          text={d.overdueCount(r.steering.overdueCount)}
          now={r.steering.overdueCount}
          before={r.steering.previous?.overdueCount ?? null}
          testId="quarterly-overdue-actions"
        />
        {r.steering.openActions.length === 0 ? (
          <p>{d.noActions}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{d.action}</th>
                <th>{d.owner}</th>
                <th>{d.due}</th>
              </tr>
            </thead>
            <tbody>
              {r.steering.openActions.map((a) => (
                <tr key={a.id}>
                  <td>{`${a.text} (${a.groupName})`}</td>
                  <td>{a.owner}</td>
                  <td>{a.dueDate ? `${formatDate(a.dueDate)}${a.overdue ? ` · ${d.overdueMark}` : ''}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {r.unapprovedMonths.length ? (
          <>
            <h3>{d.unapproved}</h3>
            <table>
              <tbody>
                {r.unapprovedMonths.map((m) => (
                  <tr key={`${m.month}-${m.staffName}`}>
                    <td>{formatMonthShort(m.month)}</td>
                    <td>{m.staffName}</td>
                    <td>{m.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
