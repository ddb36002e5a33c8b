// Norm hours (docs/domain.md rule 4 «Time, rates and norm hours», the state rule): working days ×
// the daily norm. A full-time day is 7,4 hours (37 hours / 5); a staff member's daily norm on the
// project is their weekly hours / 5 × their share on the project (26,4 of 37 hours for the demo's
// job brokers). Half days (the afternoons of 1 May and 5 June, when the project gives them off)
// count half. Rounded once, to the minute.
import type { IsoDate } from '../dates'
import { calendarDay, datesBetween, overlap, type CalendarDay, type DaysOffSettings } from './calendar'
import { WHOLE_BP } from '../percent'
import { minutes, ZERO_MINUTES, type Minutes } from '../duration'

interface NormStaff {
  /** Contract hours a week in minutes (37 h = 2220). */
  weeklyMinutes: number
  /** Share of the working time on the project, basis points (10000 = 100 %). */
  projectShareBp: number
}

/** Integer division rounded half up (non-negative operands): the one rounding of minutes. */
function roundMinutes(numerator: number, denominator: number): Minutes {
  const n = BigInt(numerator)
  const d = BigInt(denominator)
  const q = n / d
  return minutes(Number((n % d) * 2n >= d ? q + 1n : q))
}

/** The staff member's weekly hours on the project, in minutes (2220 × 71,35 % = 1584 = 26,4 h). */
export function weeklyProjectMinutes(staff: NormStaff): Minutes {
  return roundMinutes(staff.weeklyMinutes * staff.projectShareBp, WHOLE_BP)
}

/** Norm minutes of a number of half working days. */
export function normOfHalves(halves: number, staff: NormStaff): Minutes {
  // halves × (weekly / 5 / 2) × share, in one rounding
  return roundMinutes(halves * staff.weeklyMinutes * staff.projectShareBp, 2 * 5 * WHOLE_BP)
}

export function normOfDays(days: readonly CalendarDay[], staff: NormStaff): Minutes {
  return normOfHalves(
    days.reduce((s, d) => s + d.normHalves, 0),
    staff
  )
}

/** The calendar of [from, to], with days outside every `within` range counted as no norm. */
export function calendarOf(from: IsoDate, to: IsoDate, settings: DaysOffSettings): CalendarDay[] {
  return datesBetween(from, to).map((d) => calendarDay(d, settings))
}

/**
 * Norm minutes of a staff member from `from` to `to`, counting only days inside `bounds` (the
 * project period intersected with the employment).
 */
export function normMinutes(from: IsoDate, to: IsoDate, settings: DaysOffSettings, staff: NormStaff, bounds: { from: IsoDate; to: IsoDate }): Minutes {
  const span = overlap(from, to, bounds.from, bounds.to)
  if (!span) return ZERO_MINUTES
  return normOfHalves(normHalvesBetween(span.from, span.to, settings), staff)
}

/** Half working days in [from, to], remembered per range and settings: every staff member's months share them (#14). */
function normHalvesBetween(from: IsoDate, to: IsoDate, settings: DaysOffSettings): number {
  const key = `${from}|${to}|${Number(settings.christmasEveOff)}${Number(settings.newYearsEveOff)}${Number(settings.mayDayAfternoonOff)}${Number(settings.constitutionDayAfternoonOff)}`
  let halves = halvesCache.get(key)
  if (halves === undefined) {
    halves = calendarOf(from, to, settings).reduce((s, d) => s + d.normHalves, 0)
    if (halvesCache.size >= 5000) halvesCache.clear()
    halvesCache.set(key, halves)
  }
  return halves
}
const halvesCache = new Map<string, number>()

/** Working days (full days; half days count ½) of a period: for display. */
export function workingDays(days: readonly CalendarDay[]): number {
  return days.reduce((s, d) => s + d.normHalves, 0) / 2
}
