// Print route /print/regnskab/:projectId/:accountId: a signed account (delregnskab / slutregnskab)
// with its figures as signed and the management sign-off (ledelsespåtegning).
import { useParams } from 'react-router'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { bothQueries, PrintQuery } from '../../print/PrintDocument'
import { AuditAnchorLine } from '../../print/AuditAnchorLine'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'

const t = da.accounts.ui
const x = da.export.ui

export function AccountPrint() {
  const params = useParams()
  const projectId = Number(params.projectId)
  const accountId = Number(params.accountId)
  const account = useApiQuery('accounts.get', { projectId, accountId })
  const project = useApiQuery('projects.get', { projectId })
  return (
    <PrintQuery
      query={bothQueries(account, project)}
      title={([a]) => t.printTitle(da.accounts.kinds[a.kind], formatDate(a.periodFrom), formatDate(a.periodTo))}
      project={([, p]) => p.title}
    >
      {([a, p]) => {
        const kind = da.accounts.kinds[a.kind]
        return (
          <>
            <h1>{t.printTitle(kind, formatDate(a.periodFrom), formatDate(a.periodTo))}</h1>
            <p className="print-meta">{`${p.title} · ${p.municipality}`}</p>
            <table>
              <tbody>
                <tr>
                  <th>{x.caseNumber}</th>
                  <td>{p.caseNumber}</td>
                </tr>
                <tr>
                  <th>{x.pool}</th>
                  <td>{p.financeAct ? `${p.poolName} (${p.financeAct})` : p.poolName}</td>
                </tr>
                <tr>
                  <th>{x.period}</th>
                  <td>{`${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}`}</td>
                </tr>
                <tr>
                  <th>{x.grant}</th>
                  <td className="num">{formatKr(p.grantAmountOre)}</td>
                </tr>
              </tbody>
            </table>
            {a.status === 'withdrawn' ? <p className="warning">{t.withdrawn(a.withdrawnReason ?? '', formatDateTime(a.withdrawnAt))}</p> : null}
            <h2>{x.byLine}</h2>
            <table>
              <thead>
                <tr>
                  <th>{t.line}</th>
                  <th>{t.year}</th>
                  <th className="num">{t.budget}</th>
                  <th className="num">{t.actual}</th>
                  <th className="num">{t.remaining}</th>
                  <th className="num">{t.used}</th>
                </tr>
              </thead>
              <tbody>
                {a.figures.lines.map((l) => (
                  <tr key={l.budgetLineId}>
                    <td>{l.title}</td>
                    <td>{l.year}</td>
                    <td className="num">{formatKr(l.budgetOre)}</td>
                    <td className="num">{formatKr(l.actualOre)}</td>
                    <td className="num">{formatKr(l.remainingOre)}</td>
                    <td className="num">{l.usedBp === null ? '–' : formatMeasuredBasisPoints(l.usedBp)}</td>
                  </tr>
                ))}
                <tr>
                  <th>{t.total}</th>
                  <th />
                  <th className="num">{formatKr(a.figures.totals.budgetOre)}</th>
                  <th className="num">{formatKr(a.figures.totals.actualOre)}</th>
                  <th className="num">{formatKr(a.figures.totals.remainingOre)}</th>
                  <th />
                </tr>
              </tbody>
            </table>
            {a.figures.hoursByStaff.length > 0 ? (
              <>
                <h2>{t.staffTitle}</h2>
                <table>
                  <thead>
                    <tr>
                      <th>{da.time.ui.months.staff}</th>
                      <th className="num">{t.hoursCol}</th>
                      <th className="num">{t.amountCol}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.figures.hoursByStaff.map((s) => (
                      <tr key={s.staffId}>
                        <td>{s.staffName}</td>
                        <td className="num">{s.mode === 'timesheet' ? formatHours(s.minutes) : da.time.ui.months.statement}</td>
                        <td className="num">{formatKr(s.amountOre)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : null}
            <div className="print-section">
              <h2>{t.signTitle}</h2>
              <p>{a.statementText}</p>
              <table className="signature">
                <tbody>
                  <tr>
                    <th>{t.signedByName}</th>
                    <td>{a.signedByName}</td>
                  </tr>
                  <tr>
                    <th>{t.signedByTitle}</th>
                    <td>{a.signedByTitle}</td>
                  </tr>
                  <tr>
                    <th>{t.signedOn}</th>
                    <td>{formatDate(a.signedOn)}</td>
                  </tr>
                </tbody>
              </table>
              <p className="print-footer">{t.printSigned(a.signedByName, a.signedByTitle, formatDate(a.signedOn), formatDateTime(a.signedAt), a.osUser)}</p>
              <AuditAnchorLine anchor={a.signatureAnchor} />
            </div>
            <p className="print-footer">{da.core.project.printedAt(formatDateTime(new Date().toISOString()))}</p>
          </>
        )
      }}
    </PrintQuery>
  )
}
