// Section 1 of the quarterly pack: the project's facts, the audit anchor and the front page's lights,
// each light's rule traced to what it is made of.
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { formatMonth } from '@shared/domain/months'
import { isTraceableKpi } from '@shared/domain/participants/kpiMembers'
import { da } from '@shared/texts/da'
import { AuditAnchorLine } from '../../print/AuditAnchorLine'
import { PrintTable } from '../../print/PrintTable'
import { latestAgainstTargets } from '../participants/kpiParts'
import type { TraceRequest } from './TraceDialog'
import { d, Traced, type OnTrace } from './traced'

const colours = da.quarterly.lights.colours

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

export function OverviewSection({ r, onTrace }: { r: QuarterlyReport; onTrace: OnTrace }) {
  return (
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
  )
}
