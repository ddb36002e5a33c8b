// How the approval of a week and the approval of a month share the hours (Puljestyr's rule; STAR
// has no text on it). ISO weeks cross month boundaries: week 1 2020 is 30.12.2019–05.01.2020.
//
// - Approving a week approves the hours of all its days, in both months; approving a month approves
//   all the month's days. Either locks the days it approves.
// - Salary is posted per month part (a posting never spans two months, so it lands on its year's
//   budget line and in its month's figures), and every approved hour is posted exactly once: by the
//   approval that came first. A week inside an approved month is already approved and is refused; a
//   week partly in an approved month posts only its other part.
// - Unlocking reverses exactly the postings that approval made. Hours it posted that another
//   approval still covers are then posted by that one, so no approved hour is left unposted.
import type { IsoDate } from '../dates'
import { addDaysIso } from '../dates'
import { datesBetween, mondayOf, overlap, weekDates } from './weeks'
import { firstDayOf, lastDayOf, type Month, monthOf } from '../months'

/** The days of one ISO week that lie in one month. */
export interface MonthPart {
  month: Month
  from: IsoDate
  to: IsoDate
}

/**
 * The parts of the ISO week starting `monday` in each month, limited to `span` (the staff member's
 * days in the project) when given: week 1 2020 → 30.–31.12.2019 and 01.–05.01.2020.
 */
export function weekMonthParts(monday: IsoDate, span?: { from: IsoDate; to: IsoDate }): MonthPart[] {
  const parts: MonthPart[] = []
  for (const date of weekDates(monday)) {
    if (span && (date < span.from || date > span.to)) continue
    const last = parts.at(-1)
    if (last && last.month === monthOf(date)) last.to = date
    else parts.push({ month: monthOf(date), from: date, to: date })
  }
  return parts
}

/** The Mondays of the ISO weeks that touch `month` (four to six of them). */
export function weeksTouchingMonth(month: Month): IsoDate[] {
  const out: IsoDate[] = []
  for (let monday = mondayOf(firstDayOf(month)); monday <= lastDayOf(month); monday = addDaysIso(monday, 7)) out.push(monday)
  return out
}

/** The part of the week starting `monday` inside `month`, or null when the week does not touch it. */
export function weekPartInMonth(monday: IsoDate, month: Month): MonthPart | null {
  const o = overlap(monday, addDaysIso(monday, 6), firstDayOf(month), lastDayOf(month))
  return o ? { month, ...o } : null
}

/** The days of `month` that lie in one of the weeks starting on `mondays`. */
export function daysOfWeeksInMonth(mondays: readonly IsoDate[], month: Month): Set<IsoDate> {
  const days = new Set<IsoDate>()
  for (const monday of mondays) {
    const part = weekPartInMonth(monday, month)
    if (part) for (const d of datesBetween(part.from, part.to)) days.add(d)
  }
  return days
}

/**
 * Approving a week: the parts in months that are not approved are posted with the week; a part in an
 * approved month is already approved and posted with the month.
 */
export function splitWeekApproval(parts: readonly MonthPart[], approvedMonths: ReadonlySet<Month>): { post: MonthPart[]; withMonth: MonthPart[] } {
  return { post: parts.filter((p) => !approvedMonths.has(p.month)), withMonth: parts.filter((p) => approvedMonths.has(p.month)) }
}

/**
 * Unlocking a week: the parts it posted in a month that stays approved are posted again, by the month
 * (the month's approval covers those days too). `postedMonths`: the months the week has postings in.
 */
export function partsTakenOverByMonth(parts: readonly MonthPart[], postedMonths: ReadonlySet<Month>, approvedMonths: ReadonlySet<Month>): MonthPart[] {
  return parts.filter((p) => postedMonths.has(p.month) && approvedMonths.has(p.month))
}

/**
 * Unlocking a month: each approved week touching it that has not posted its part of the month (the
 * month posted those days, having been approved first) posts that part now.
 */
export function weeksTakingOverMonth<W extends { weekStart: IsoDate; postedMonths: ReadonlySet<Month> }>(month: Month, approvedWeeks: readonly W[]): W[] {
  return approvedWeeks.filter((w) => weekPartInMonth(w.weekStart, month) !== null && !w.postedMonths.has(month))
}
