// The week grid: one staff member's ISO week (Monday first), day by day and activity by activity,
// with the day's norm, holidays marked, why a day cannot be changed, and the week's approval.
import type { Week, WeekApproval, MonthStatus, timeApi } from '@shared/api/time'
import type { ParsedInputOf } from '@shared/api/define'
import { calendarDay, mondayOf, weekDates, weekOf } from '@shared/domain/time/calendar'
import { normMinutes, normOfHalves } from '@shared/domain/time/norm'
import { dateProblem, entryProblems } from '@shared/domain/time/hours'
import { formatDate, type IsoDate } from '@shared/domain/dates'
import { sumMinutes, ZERO_MINUTES, type Minutes } from '@shared/domain/duration'
import { DomainError, type ApiErrorDetail } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { activeSpan, boundsOf, modeOf, readCalendarSettings, readTimeRules, requireProjectPeriod, requireStaff, toTimeStaff, type Db } from './common'
import { hourLocks } from './locks'
import { readWeek, type WeekRow } from './weekRecords'
import { ensureActivities } from './settings'
import { monthOf } from '@shared/domain/months'

const e = da.time.errors

async function monthStatuses(db: Db, staffId: number, months: string[]): Promise<Map<string, MonthStatus>> {
  const rows = await db.selectFrom('time_month').select(['month', 'status']).where('staff_id', '=', staffId).where('month', 'in', months).execute()
  return new Map(rows.map((r) => [r.month, r.status as MonthStatus]))
}

export function toWeekApproval(row: WeekRow): WeekApproval {
  return {
    weekStart: row.week_start,
    isoYear: row.iso_year,
    week: row.week,
    status: row.status as WeekApproval['status'],
    minutes: row.minutes,
    approvedByName: row.approved_by_name,
    approvedByRole: row.approved_by_role,
    approvedAt: row.approved_at,
    approvedOsUser: row.approved_os_user,
    unlockReason: row.unlock_reason,
    unlockedByName: row.unlocked_by_name,
    unlockedAt: row.unlocked_at
  }
}

export async function getWeek(ctx: ServiceContext, projectId: number, staffId: number, weekStart: IsoDate): Promise<Week> {
  const db = ctx.db
  const project = await requireProjectPeriod(db, projectId)
  const staff = await requireStaff(db, projectId, staffId)
  await db.transaction().execute((trx) => ensureActivities(trx, ctx, projectId))
  const monday = mondayOf(weekStart)
  const dates = weekDates(monday)
  const { daysOff } = await readCalendarSettings(db, projectId)
  const statuses = await monthStatuses(db, staffId, [...new Set(dates.map(monthOf))])
  const locks = await hourLocks(db, projectId, { staffId, from: dates[0]!, to: dates[6]! })
  const span = activeSpan(project, staff)
  const norm = { weeklyMinutes: staff.weekly_minutes, projectShareBp: staff.project_share_bp }
  const activities = await db.selectFrom('time_activity').selectAll().where('project_id', '=', projectId).orderBy('sort_order').orderBy('id').execute()
  const entries = await db
    .selectFrom('time_entry')
    .select(['entry_date', 'activity_id', 'minutes'])
    .where('staff_id', '=', staffId)
    .where('entry_date', '>=', dates[0]!)
    .where('entry_date', '<=', dates[6]!)
    .execute()
  const used = new Set(entries.map((x) => x.activity_id))
  const shown = activities.filter((a) => a.active === 1 || used.has(a.id))
  const days = dates.map((date) => {
    const day = calendarDay(date, daysOff)
    const inSpan = date >= span.from && date <= span.to
    const status = statuses.get(monthOf(date)) ?? 'open'
    return {
      date,
      kind: day.kind,
      name: day.name,
      normMinutes: inSpan ? normOfHalves(day.normHalves, norm) : ZERO_MINUTES,
      // Why the day cannot be changed: outside the employment, or locked (shown on the day).
      lockedReason: dateProblem(date, boundsOf(project, staff), staff.name) ?? locks(staff, date),
      monthStatus: status
    }
  })
  const byDay = dates.map((d) => sumMinutes(entries.filter((x) => x.entry_date === d).map((x) => x.minutes)))
  const w = weekOf(monday)
  const approval = await readWeek(db, staffId, monday)
  return {
    staff: toTimeStaff(staff, await readTimeRules(db, projectId)),
    approval: approval ? toWeekApproval(approval) : null,
    weekStart: monday,
    isoYear: w.isoYear,
    week: w.week,
    days,
    activities: shown.map((a) => ({ id: a.id, name: a.name, active: a.active === 1 })),
    entries: entries.map((x) => ({ date: x.entry_date, activityId: x.activity_id, minutes: x.minutes })),
    totals: {
      byDay,
      byActivity: shown.map((a) => ({ activityId: a.id, minutes: sumMinutes(entries.filter((x) => x.activity_id === a.id).map((x) => x.minutes)) })),
      minutes: sumMinutes(byDay),
      // The week's norm is rounded once (26,4 hours for a job broker), not as the sum of rounded days.
      normMinutes: normMinutes(dates[0]!, dates[6]!, daysOff, norm, span)
    }
  }
}

export async function saveWeek(ctx: ServiceContext, input: ParsedInputOf<(typeof timeApi)['time.week.save']>): Promise<Week> {
  const { projectId, staffId } = input
  const monday = mondayOf(input.weekStart)
  const dates = new Set(weekDates(monday))
  await ctx.db.transaction().execute(async (trx) => {
    const project = await requireProjectPeriod(trx, projectId)
    const staff = await requireStaff(trx, projectId, staffId)
    if (modeOf(staff, await readTimeRules(trx, projectId)) === 'statement')
      throw new DomainError('conflict', e.statementStaffNoTimesheet(staff.name), { field: 'staffId' })
    const activities = new Set((await trx.selectFrom('time_activity').select('id').where('project_id', '=', projectId).execute()).map((a) => a.id))
    const existing = await trx
      .selectFrom('time_entry')
      .selectAll()
      .where('staff_id', '=', staffId)
      .where('entry_date', '>=', monday)
      .where('entry_date', '<=', [...dates].at(-1)!)
      .execute()
    const key = (date: string, activityId: number) => `${date}|${activityId}`
    const current = new Map(existing.map((x) => [key(x.entry_date, x.activity_id), x]))
    const locks = await hourLocks(trx, projectId, { staffId, from: monday, to: [...dates].at(-1)! })
    const details: ApiErrorDetail[] = []
    let code: 'validation' | 'locked' = 'validation'
    const changes: { date: IsoDate; activityId: number; minutes: Minutes; index: number }[] = []
    const seen = new Set<string>()
    input.cells.forEach((c, index) => {
      const field = `cells.${index}`
      if (!dates.has(c.date)) return details.push({ field, message: e.dateNotInWeek(formatDate(c.date)) })
      if (!activities.has(c.activityId)) return details.push({ field, message: e.activityNotFound(c.activityId) })
      const k = key(c.date, c.activityId)
      if (seen.has(k)) return details.push({ field, message: e.duplicateCell(formatDate(c.date)) })
      seen.add(k)
      if ((current.get(k)?.minutes ?? 0) === c.minutes) return
      const outside = dateProblem(c.date, boundsOf(project, staff), staff.name)
      if (outside && c.minutes > 0) return details.push({ field, message: outside })
      const locked = locks(staff, c.date)
      if (locked) {
        code = 'locked'
        return details.push({ field, message: locked })
      }
      changes.push({ ...c, index })
    })
    // The day rules apply to the week as it would be saved.
    const after = new Map([...current].map(([k, x]) => [k, { date: x.entry_date, minutes: x.minutes }]))
    for (const c of changes) after.set(key(c.date, c.activityId), { date: c.date, minutes: c.minutes })
    for (const p of entryProblems([...after.values()], boundsOf(project, staff), staff.name)) {
      const first = changes.find((c) => c.date === p.date)
      if (first) details.push({ field: `cells.${first.index}`, message: p.message })
    }
    if (details.length > 0) throw new DomainError(code, details[0]!.message, { field: details[0]!.field!, details })
    const now = nowIso(ctx)
    for (const c of changes) {
      const old = current.get(key(c.date, c.activityId))
      if (old && c.minutes === 0) await deleteAudited(trx, ctx, 'time_entry', old.id, { projectId })
      else if (old) await updateAudited(trx, ctx, 'time_entry', old.id, { minutes: c.minutes, updated_at: now }, { projectId })
      else if (c.minutes > 0) {
        await insertAudited(
          trx,
          ctx,
          'time_entry',
          {
            project_id: projectId,
            staff_id: staffId,
            entry_date: c.date,
            activity_id: c.activityId,
            minutes: c.minutes,
            note: '',
            created_at: now,
            updated_at: now
          },
          { projectId }
        )
      }
    }
  })
  return getWeek(ctx, projectId, staffId, monday)
}
