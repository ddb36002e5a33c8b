// Why the hours of a staff member on a date cannot change: the one place that knows the locks, read
// by the week grid, its save and the import of hours. In order: a signed account closes the period;
// an approved month; an approved week; a month the employee has signed.
import type { IsoDate } from '@shared/domain/dates'
import { addDaysIso } from '@shared/domain/dates'
import { mondayOf } from '@shared/domain/time/weeks'
import { da } from '@shared/texts/da'
import { closedPeriods, type Db } from './common'
import { formatMonth, monthOf } from '@shared/domain/months'

const e = da.time.errors

type HourLock = (staff: { id: number; name: string }, date: IsoDate) => string | null

/** The locks on hours dated `from`–`to` (all dates when omitted), for the project's staff. */
export async function hourLocks(db: Db, projectId: number, opts: { staffId?: number; from?: IsoDate; to?: IsoDate } = {}): Promise<HourLock> {
  let months = db.selectFrom('time_month').select(['staff_id', 'month', 'status']).where('project_id', '=', projectId).where('status', '!=', 'open')
  let weeks = db
    .selectFrom('time_week')
    .select(['staff_id', 'week_start', 'iso_year', 'week'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'approved')
  if (opts.staffId !== undefined) {
    months = months.where('staff_id', '=', opts.staffId)
    weeks = weeks.where('staff_id', '=', opts.staffId)
  }
  if (opts.from !== undefined) {
    months = months.where('month', '>=', monthOf(opts.from))
    weeks = weeks.where('week_start', '>=', addDaysIso(opts.from, -6))
  }
  if (opts.to !== undefined) {
    months = months.where('month', '<=', monthOf(opts.to))
    weeks = weeks.where('week_start', '<=', opts.to)
  }
  const monthStatus = new Map((await months.execute()).map((m) => [`${m.staff_id}|${m.month}`, m.status]))
  const approvedWeek = new Map((await weeks.execute()).map((w) => [`${w.staff_id}|${w.week_start}`, da.time.weekLabel(w.week, w.iso_year)]))
  const closed = await closedPeriods(db, projectId)
  // Asked for every row of an import: a lock that does not exist is not looked for.
  return (staff, date) => {
    const reason = closed.reason(date)
    if (reason) return reason
    const status = monthStatus.size === 0 ? undefined : monthStatus.get(`${staff.id}|${monthOf(date)}`)
    if (status === 'approved') return e.monthApproved(staff.name, formatMonth(monthOf(date)))
    const week = approvedWeek.size === 0 ? undefined : approvedWeek.get(`${staff.id}|${mondayOf(date)}`)
    if (week) return e.weekApproved(staff.name, week)
    if (status === 'signed') return e.monthSigned(staff.name, formatMonth(monthOf(date)))
    return null
  }
}
