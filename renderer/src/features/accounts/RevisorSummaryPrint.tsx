// Print route /print/revisor/:projectId: the revisor export's PDF summary, from export.summary (the
// same figures as the export's files and the screens).
import { useParams } from 'react-router'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintQuery } from '../../print/PrintDocument'
import { PrintFacts } from '../../print/PrintFacts'
import { PrintTable } from '../../print/PrintTable'

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
          <PrintFacts
            facts={[
              { label: t.caseNumber, value: s.caseNumber },
              { label: t.pool, value: s.financeAct ? `${s.poolName} (${s.financeAct})` : s.poolName },
              { label: t.period, value: `${formatDate(s.periodStart)}–${formatDate(s.periodEnd)}` },
              { label: t.grant, value: formatKr(s.grantAmountOre), num: true },
              { label: t.ledgerTotal, value: formatKr(s.ledger.totalOre), num: true },
              { label: t.approvedHours, value: t.hoursCount(s.approvedHours.entryCount, formatHours(s.approvedHours.minutes), s.approvedHours.months) }
            ]}
          />
          <h2>{t.byLine}</h2>
          <PrintTable
            rows={s.ledger.byLine.map((b) => ({
              key: String(b.budgetLineId),
              name: `${b.title} ${b.year}`,
              hours: b.minutes ? formatHours(b.minutes) : '',
              amountOre: b.amountOre
            }))}
            rowKey={(b) => b.key}
            columns={[
              { head: l.line, cell: (b) => b.name },
              { head: l.hours, num: true, cell: (b) => b.hours },
              { head: l.amount, num: true, cell: (b) => formatKr(b.amountOre) }
            ]}
            total={{ key: 'total', name: l.total, hours: formatHours(s.ledger.totalMinutes), amountOre: s.ledger.totalOre }}
          />
          <p>{t.postingCount(s.ledger.postingCount, formatHours(s.ledger.totalMinutes))}</p>
          <h2>{t.staffTitle}</h2>
          <PrintTable
            rows={s.staff}
            rowKey={(m) => m.name}
            columns={[
              { head: l.staff, cell: (m) => `${m.name}, ${m.title}` },
              { head: t.mode, cell: (m) => (m.mode === 'statement' ? da.time.ui.months.statement : da.time.ui.months.timesheet) },
              { head: t.approvedMinutes, num: true, cell: (m) => formatHours(m.approvedMinutes) },
              { head: t.postedOre, num: true, cell: (m) => formatKr(m.postedOre) }
            ]}
          />
          <h2>{t.accountsTitle}</h2>
          <PrintTable
            rows={s.accounts}
            rowKey={(a) => a.id}
            columns={[
              { cell: (a) => `${da.accounts.kinds[a.kind]} ${formatDate(a.periodFrom)}–${formatDate(a.periodTo)}` },
              { cell: (a) => `${da.accounts.statuses[a.status as 'signed' | 'withdrawn'] ?? a.status}: ${a.signedByName}, ${formatDate(a.signedOn)}` },
              { num: true, cell: (a) => formatKr(a.totalCostOre) }
            ]}
            whenEmpty={{ text: da.accounts.ui.none }}
          />
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
