// Print route /print/regnskab/:projectId/:accountId: a signed account (delregnskab / slutregnskab)
// with its figures as signed and the management sign-off (ledelsespåtegning).
import { useParams } from 'react-router'
import type { AccountFigures } from '@shared/api/accounts'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { bothQueries, PrintQuery } from '../../print/PrintDocument'
import { AuditAnchorLine } from '../../print/AuditAnchorLine'
import { PrintFacts } from '../../print/PrintFacts'
import { PrintTable } from '../../print/PrintTable'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'

const t = da.accounts.ui
const x = da.export.ui

/** A row of the figures by line: a budget line, or the total (no year, no share used). */
type LineRow = { key: string | number; name: string; year?: number; f: AccountFigures['totals']; usedBp?: AccountFigures['lines'][number]['usedBp'] }

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
            <PrintFacts
              facts={[
                { label: x.caseNumber, value: p.caseNumber },
                { label: x.pool, value: p.financeAct ? `${p.poolName} (${p.financeAct})` : p.poolName },
                { label: x.period, value: `${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}` },
                { label: x.grant, value: formatKr(p.grantAmountOre), num: true }
              ]}
            />
            {a.status === 'withdrawn' ? <p className="warning">{t.withdrawn(a.withdrawnReason ?? '', formatDateTime(a.withdrawnAt))}</p> : null}
            <h2>{x.byLine}</h2>
            <PrintTable<LineRow>
              rows={a.figures.lines.map((l) => ({ key: l.budgetLineId, name: l.title, year: l.year, f: l, usedBp: l.usedBp }))}
              rowKey={(l) => l.key}
              columns={[
                { head: t.line, cell: (l) => l.name },
                { head: t.year, cell: (l) => l.year },
                { head: t.budget, num: true, cell: (l) => formatKr(l.f.budgetOre) },
                { head: t.actual, num: true, cell: (l) => formatKr(l.f.actualOre) },
                { head: t.remaining, num: true, cell: (l) => formatKr(l.f.remainingOre) },
                { head: t.used, num: true, cell: (l) => (l.usedBp === undefined ? null : l.usedBp === null ? '–' : formatMeasuredBasisPoints(l.usedBp)) }
              ]}
              total={{ key: 'total', name: t.total, f: a.figures.totals }}
            />
            {a.figures.hoursByStaff.length > 0 ? (
              <>
                <h2>{t.staffTitle}</h2>
                <PrintTable
                  rows={a.figures.hoursByStaff}
                  rowKey={(s) => s.staffId}
                  columns={[
                    { head: da.time.ui.months.staff, cell: (s) => s.staffName },
                    { head: t.hoursCol, num: true, cell: (s) => (s.mode === 'timesheet' ? formatHours(s.minutes) : da.time.ui.months.statement) },
                    { head: t.amountCol, num: true, cell: (s) => formatKr(s.amountOre) }
                  ]}
                />
              </>
            ) : null}
            <div className="print-section">
              <h2>{t.signTitle}</h2>
              <p>{a.statementText}</p>
              <PrintFacts
                className="signature"
                facts={[
                  { label: t.signedByName, value: a.signedByName },
                  { label: t.signedByTitle, value: a.signedByTitle },
                  { label: t.signedOn, value: formatDate(a.signedOn) }
                ]}
              />
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
