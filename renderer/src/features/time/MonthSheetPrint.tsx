// Print route /print/timeseddel/:projectId/:staffId/:month: a staff member's month as a document,
// the timesheet day by day and activity by activity (or the management statement), with the
// employee's signature, the manager's approval and the salary it posted.
import { useParams } from 'react-router'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintQuery } from '../../print/PrintDocument'
import { PrintFacts } from '../../print/PrintFacts'
import { PrintTable, type PrintColumn } from '../../print/PrintTable'
import { formatMonth } from '@shared/domain/months'
import { formatSetBasisPoints } from '@shared/domain/percent'

const t = da.time.ui.months

/** A row of the timesheet: a day (an empty cell for no hours) or the month's total (every figure shown). */
type SheetRow = { key: string; label: string; offDay?: boolean; minutes: readonly number[]; total: number; norm: number; isTotal?: boolean }
const hours = (r: SheetRow, minutes: number) => (minutes || r.isTotal ? formatHours(minutes) : '')

export function MonthSheetPrint() {
  const params = useParams()
  const input = { projectId: Number(params.projectId), staffId: Number(params.staffId), month: params.month ?? '' }
  const sheet = useApiQuery('time.month.sheet', input)
  return (
    <PrintQuery query={sheet} title={(s) => t.sheetTitle(s.row.kind, s.staff.name, formatMonth(s.row.month))} project={(s) => s.project.title}>
      {(s) => {
        const month = formatMonth(s.row.month)
        const isStatement = s.row.kind === 'statement'
        return (
          <>
            <h1>{t.sheetTitle(s.row.kind, s.staff.name, month)}</h1>
            <p className="print-meta">{`${s.project.title} · ${s.project.municipality}${s.project.caseNumber ? ` · ${da.export.ui.caseNumber} ${s.project.caseNumber}` : ''} · ${s.project.poolName}`}</p>
            <p>{t.sheetStaff(s.staff.name, s.staff.title, formatHours(s.staff.weeklyProjectMinutes), formatSetBasisPoints(s.staff.projectShareBp))}</p>
            <p>{t.sheetStatus(da.time.status[s.row.status])}</p>
            {isStatement ? (
              <p>{s.statementText || da.time.ui.months.statementExplanation}</p>
            ) : (
              <PrintTable<SheetRow>
                className="timesheet"
                rows={s.days.map((d) => ({
                  key: d.date,
                  label: `${da.time.weekdaysShort[(new Date(`${d.date}T12:00:00Z`).getUTCDay() + 6) % 7]} ${formatDate(d.date)}${d.name ? ` · ${d.name}` : ''}`,
                  offDay: d.kind !== 'workday',
                  minutes: d.minutes,
                  total: d.total,
                  norm: d.normMinutes
                }))}
                rowKey={(r) => r.key}
                rowClass={(r) => (r.offDay ? 'off-day' : undefined)}
                columns={[
                  { head: t.day, cell: (r) => r.label },
                  ...s.activities.map((a, i): PrintColumn<SheetRow> => ({ head: a.name, num: true, cell: (r) => hours(r, r.minutes[i] ?? 0) })),
                  { head: da.time.ui.week.total, num: true, cell: (r) => hours(r, r.total) },
                  { head: da.time.ui.week.norm, num: true, cell: (r) => hours(r, r.norm) }
                ]}
                total={{
                  key: 'total',
                  label: da.time.ui.week.total,
                  minutes: s.totals.byActivity,
                  total: s.totals.minutes,
                  norm: s.row.normMinutes,
                  isTotal: true
                }}
              />
            )}
            <div className="print-section">
              <h2>{t.salaryTitle}</h2>
              <PrintFacts
                facts={[
                  {
                    label: da.time.ui.months.hours,
                    value: isStatement
                      ? t.previewStatement(formatHours(s.salary.minutes), String(s.salary.workingDays).replace('.', ','))
                      : t.previewHours(formatHours(s.salary.minutes), formatHours(s.salary.normMinutes))
                  },
                  ...s.salary.coveredByWeeks.map((w) => ({
                    label: da.time.weekLabel(w.week, w.isoYear),
                    value: t.coveredByWeek(
                      da.time.weekLabel(w.week, w.isoYear),
                      formatDate(w.from),
                      formatDate(w.to),
                      formatHours(w.minutes),
                      formatKr(w.postedOre)
                    )
                  })),
                  ...s.salary.segments.map((g) => ({
                    label: da.ledger.ui.rate,
                    value: t.segment(formatDate(g.from), formatDate(g.to), formatHours(g.minutes), formatKr(g.hourlyRateOre), formatKr(g.amountOre))
                  })),
                  s.salary.budgetLine ? { label: da.ledger.ui.line, value: `${s.salary.budgetLine.title} ${s.salary.budgetLine.year}` } : null,
                  { label: da.ledger.ui.amount, value: <strong>{t.total(formatKr(s.salary.totalOre))}</strong> },
                  !isStatement
                    ? {
                        label: t.employeeSignature,
                        value: s.row.signedByName ? t.signedLine(s.row.signedByName, formatDateTime(s.row.signedAt), s.row.signedOsUser ?? '') : t.notYet
                      }
                    : null,
                  {
                    label: t.managerApproval,
                    value: s.row.approvedByName
                      ? t.approvedLine(s.row.approvedByName, s.row.approvedByRole ?? '', formatDateTime(s.row.approvedAt), s.row.approvedOsUser ?? '')
                      : t.notYet
                  }
                ]}
              />
            </div>
            <p className="print-footer">{`${t.printNote} ${da.core.project.printedAt(formatDateTime(new Date().toISOString()))}`}</p>
          </>
        )
      }}
    </PrintQuery>
  )
}
