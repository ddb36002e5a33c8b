// Print route /print/revisor/:projectId: the revisor export's PDF summary, from export.summary (the
// same figures as the export's files and the screens).
import { useParams } from 'react-router'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintQuery } from '../../print/PrintDocument'

const t = da.export.ui
const l = da.ledger.ui

export function RevisorSummaryPrint() {
  const projectId = Number(useParams().projectId)
  const summary = useApiQuery('export.summary', { projectId })
  return (
    <PrintQuery query={summary} title={t.printTitle} project={(s) => s.projectTitle}>
      {(s) => (
        <>
          <h1>{t.printTitle}</h1>
          <p className="print-meta">{`${s.projectTitle} · ${s.municipality}`}</p>
          <table>
            <tbody>
              <tr>
                <th>{t.caseNumber}</th>
                <td>{s.caseNumber}</td>
              </tr>
              <tr>
                <th>{t.pool}</th>
                <td>{s.financeAct ? `${s.poolName} (${s.financeAct})` : s.poolName}</td>
              </tr>
              <tr>
                <th>{t.period}</th>
                <td>{`${formatDate(s.periodStart)}–${formatDate(s.periodEnd)}`}</td>
              </tr>
              <tr>
                <th>{t.grant}</th>
                <td className="num">{formatKr(s.grantAmountOre)}</td>
              </tr>
              <tr>
                <th>{t.ledgerTotal}</th>
                <td className="num">{formatKr(s.ledger.totalOre)}</td>
              </tr>
              <tr>
                <th>{t.approvedHours}</th>
                <td>{t.hoursCount(s.approvedHours.entryCount, formatHours(s.approvedHours.minutes), s.approvedHours.months)}</td>
              </tr>
            </tbody>
          </table>
          <h2>{t.byLine}</h2>
          <table>
            <thead>
              <tr>
                <th>{l.line}</th>
                <th className="num">{l.hours}</th>
                <th className="num">{l.amount}</th>
              </tr>
            </thead>
            <tbody>
              {s.ledger.byLine.map((b) => (
                <tr key={b.budgetLineId}>
                  <td>{`${b.title} ${b.year}`}</td>
                  <td className="num">{b.minutes ? formatHours(b.minutes) : ''}</td>
                  <td className="num">{formatKr(b.amountOre)}</td>
                </tr>
              ))}
              <tr>
                <th>{l.total}</th>
                <th className="num">{formatHours(s.ledger.totalMinutes)}</th>
                <th className="num">{formatKr(s.ledger.totalOre)}</th>
              </tr>
            </tbody>
          </table>
          <p>{t.postingCount(s.ledger.postingCount, formatHours(s.ledger.totalMinutes))}</p>
          <h2>{t.staffTitle}</h2>
          <table>
            <thead>
              <tr>
                <th>{l.staff}</th>
                <th>{t.mode}</th>
                <th className="num">{t.approvedMinutes}</th>
                <th className="num">{t.postedOre}</th>
              </tr>
            </thead>
            <tbody>
              {s.staff.map((m) => (
                <tr key={m.name}>
                  <td>{`${m.name}, ${m.title}`}</td>
                  <td>{m.mode === 'statement' ? da.time.ui.months.statement : da.time.ui.months.timesheet}</td>
                  <td className="num">{formatHours(m.approvedMinutes)}</td>
                  <td className="num">{formatKr(m.postedOre)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t.accountsTitle}</h2>
          {s.accounts.length === 0 ? (
            <p>{da.accounts.ui.none}</p>
          ) : (
            <table>
              <tbody>
                {s.accounts.map((a) => (
                  <tr key={a.id}>
                    <td>{`${da.accounts.kinds[a.kind]} ${formatDate(a.periodFrom)}–${formatDate(a.periodTo)}`}</td>
                    <td>{`${da.accounts.statuses[a.status as 'signed' | 'withdrawn'] ?? a.status}: ${a.signedByName}, ${formatDate(a.signedOn)}`}</td>
                    <td className="num">{formatKr(a.totalCostOre)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t.auditTitle}</h2>
          <p>{t.auditEntries(s.audit.entries)}</p>
          <p className={s.audit.verified ? undefined : 'warning'}>{s.audit.verified ? t.auditOk : t.auditFailed(s.audit.findings)}</p>
          <p>{t.revisions(s.budgetRevisions)}</p>
          <p className="print-footer">{t.generated(formatDateTime(s.generatedAt), s.osUser)}</p>
        </>
      )}
    </PrintQuery>
  )
}
