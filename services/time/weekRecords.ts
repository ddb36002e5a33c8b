// The stored week approvals and the salary postings each one made (linked in time_week_posting):
// what the week grid, the months table, the month's approval and unlocking all read.
import type { Selectable } from 'kysely'
import type { IsoDate } from '@shared/domain/dates'
import { addDaysIso } from '@shared/domain/dates'
import { sumMinutes, ZERO_MINUTES, type Minutes } from '@shared/domain/duration'
import { sumOre, type Ore } from '@shared/domain/money'
import type { TimeWeekTable } from '../db/schema/time'
import type { Db } from './common'
import { firstDayOf, lastDayOf, monthOf } from '@shared/domain/months'

export type WeekRow = Selectable<TimeWeekTable>

export async function readWeek(db: Db, staffId: number, weekStart: IsoDate): Promise<WeekRow | undefined> {
  return db.selectFrom('time_week').selectAll().where('staff_id', '=', staffId).where('week_start', '=', weekStart).executeTakeFirst()
}

/** The approved weeks of a project (or one staff member) that touch [from, to]. */
export async function approvedWeeks(db: Db, projectId: number, opts: { staffId?: number; from?: IsoDate; to?: IsoDate } = {}): Promise<WeekRow[]> {
  let q = db.selectFrom('time_week').selectAll().where('project_id', '=', projectId).where('status', '=', 'approved')
  if (opts.staffId !== undefined) q = q.where('staff_id', '=', opts.staffId)
  // A week touches [from, to] when it starts at most 6 days before `from` and no later than `to`.
  if (opts.from !== undefined) q = q.where('week_start', '>=', addDaysIso(opts.from, -6))
  if (opts.to !== undefined) q = q.where('week_start', '<=', opts.to)
  return q.orderBy('week_start').execute()
}

interface StandingWeekPosting {
  weekId: number
  postingId: number
  date: IsoDate
  minutes: Minutes
  amountOre: Ore
}

/** The postings the weeks made that stand (have not been reversed). */
export async function standingWeekPostings(db: Db, weekIds: readonly number[]): Promise<StandingWeekPosting[]> {
  if (weekIds.length === 0) return []
  const rows = await db
    .selectFrom('time_week_posting')
    .innerJoin('posting', 'posting.id', 'time_week_posting.posting_id')
    .select(['time_week_posting.week_id', 'posting.id', 'posting.posting_date', 'posting.minutes', 'posting.amount_ore'])
    .where('time_week_posting.week_id', 'in', weekIds)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('posting as r').select('r.id').whereRef('r.reverses_posting_id', '=', 'posting.id'))))
    .orderBy('posting.posting_date')
    .orderBy('posting.id')
    .execute()
  return rows.map((r) => ({ weekId: r.week_id, postingId: r.id, date: r.posting_date, minutes: r.minutes ?? ZERO_MINUTES, amountOre: r.amount_ore }))
}

/** For each week, the months it has standing postings in. */
export function postedMonthsByWeek(postings: readonly StandingWeekPosting[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>()
  for (const p of postings) {
    const s = out.get(p.weekId) ?? new Set<string>()
    s.add(monthOf(p.date))
    out.set(p.weekId, s)
  }
  return out
}

/** The approved weeks of a staff member that posted their own part of `month`, with what they posted in it. */
export async function weeksPostedInMonth(
  db: Db,
  projectId: number,
  staffId: number,
  month: string
): Promise<{ week: WeekRow; minutes: Minutes; amountOre: Ore }[]> {
  const weeks = await approvedWeeks(db, projectId, { staffId, from: firstDayOf(month), to: lastDayOf(month) })
  const postings = (
    await standingWeekPostings(
      db,
      weeks.map((w) => w.id)
    )
  ).filter((p) => monthOf(p.date) === month)
  return weeks.flatMap((week) => {
    const own = postings.filter((p) => p.weekId === week.id)
    return own.length === 0 ? [] : [{ week, minutes: sumMinutes(own.map((p) => p.minutes)), amountOre: sumOre(own.map((p) => p.amountOre)) }]
  })
}
