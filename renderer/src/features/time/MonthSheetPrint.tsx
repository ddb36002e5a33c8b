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
import { formatMonth } from '@shared/domain/months'
import { formatSetBasisPoints } from '@shared/domain/percent'

const t = da.time.ui.months

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
              <table className="timesheet">
                <thead>
                  <tr>
                    <th>{t.day}</th>
                    {s.activities.map((a) => (
                      <th key={a.id} className="num">
                        {a.name}
                      </th>
                    ))}
                    <th className="num">{da.time.ui.week.total}</th>
                    <th className="num">{da.time.ui.week.norm}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.days.map((d) => (
                    <tr key={d.date} className={d.kind === 'workday' ? undefined : 'off-day'}>
                      <td>{`${da.time.weekdaysShort[(new Date(`${d.date}T12:00:00Z`).getUTCDay() + 6) % 7]} ${formatDate(d.date)}${d.name ? ` · ${d.name}` : ''}`}</td>
                      {d.minutes.map((m, i) => (
                        <td key={s.activities[i]!.id} className="num">
                          {m ? formatHours(m) : ''}
                        </td>
                      ))}
                      <td className="num">{d.total ? formatHours(d.total) : ''}</td>
                      <td className="num">{d.normMinutes ? formatHours(d.normMinutes) : ''}</td>
                    </tr>
                  ))}
                  <tr>
                    <th>{da.time.ui.week.total}</th>
                    {s.totals.byActivity.map((m, i) => (
                      <th key={s.activities[i]!.id} className="num">
                        {formatHours(m)}
                      </th>
                    ))}
                    <th className="num">{formatHours(s.totals.minutes)}</th>
                    <th className="num">{formatHours(s.row.normMinutes)}</th>
                  </tr>
                </tbody>
              </table>
            )}
            <div className="print-section">
              <h2>{t.salaryTitle}</h2>
              <table>
                <tbody>
                  <tr>
                    <th>{da.time.ui.months.hours}</th>
                    <td>
                      {isStatement
                        ? t.previewStatement(formatHours(s.salary.minutes), String(s.salary.workingDays).replace('.', ','))
                        : t.previewHours(formatHours(s.salary.minutes), formatHours(s.salary.normMinutes))}
                    </td>
                  </tr>
                  {s.salary.coveredByWeeks.map((w) => (
                    <tr key={w.weekStart}>
                      <th>{da.time.weekLabel(w.week, w.isoYear)}</th>
                      <td>
                        {t.coveredByWeek(
                          da.time.weekLabel(w.week, w.isoYear),
                          formatDate(w.from),
                          formatDate(w.to),
                          formatHours(w.minutes),
                          formatKr(w.postedOre)
                        )}
                      </td>
                    </tr>
                  ))}
                  {s.salary.segments.map((g) => (
                    <tr key={g.rateId}>
                      <th>{da.ledger.ui.rate}</th>
                      <td>{t.segment(formatDate(g.from), formatDate(g.to), formatHours(g.minutes), formatKr(g.hourlyRateOre), formatKr(g.amountOre))}</td>
                    </tr>
                  ))}
                  {s.salary.budgetLine ? (
                    <tr>
                      <th>{da.ledger.ui.line}</th>
                      <td>{`${s.salary.budgetLine.title} ${s.salary.budgetLine.year}`}</td>
                    </tr>
                  ) : null}
                  <tr>
                    <th>{da.ledger.ui.amount}</th>
                    <td>
                      <strong>{t.total(formatKr(s.salary.totalOre))}</strong>
                    </td>
                  </tr>
                  {!isStatement ? (
                    <tr>
                      <th>{t.employeeSignature}</th>
                      <td>{s.row.signedByName ? t.signedLine(s.row.signedByName, formatDateTime(s.row.signedAt), s.row.signedOsUser ?? '') : t.notYet}</td>
                    </tr>
                  ) : null}
                  <tr>
                    <th>{t.managerApproval}</th>
                    <td>
                      {s.row.approvedByName
                        ? t.approvedLine(s.row.approvedByName, s.row.approvedByRole ?? '', formatDateTime(s.row.approvedAt), s.row.approvedOsUser ?? '')
                        : t.notYet}
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
            <p className="print-footer">{`${t.printNote} ${da.core.project.printedAt(formatDateTime(new Date().toISOString()))}`}</p>
          </>
        )
      }}
    </PrintQuery>
  )
}
