// ISO weeks (Monday first; week 1 holds the first Thursday; some years have 53) and months
// ('YYYY-MM'): plain calendar arithmetic, free of the holiday calendar, so the screens can use it.
import { getISOWeeksInYear, setISOWeek, startOfISOWeek, parseISO } from 'date-fns'
import { addDaysIso, isoWeek, toIsoDate, type IsoDate } from '../dates'

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = []
  for (let d = from; d <= to; d = addDaysIso(d, 1)) out.push(d)
  return out
}

export function weeksInIsoYear(isoYear: number): number {
  // The 4th of January is always in week 1 of its ISO year.
  return getISOWeeksInYear(parseISO(`${isoYear}-01-04`))
}

/** The Monday of ISO week `week` of `isoYear`. */
export function isoWeekMonday(isoYear: number, week: number): IsoDate {
  if (week < 1 || week > weeksInIsoYear(isoYear)) throw new RangeError(`Uge ${week} findes ikke i ${isoYear}`)
  return toIsoDate(startOfISOWeek(setISOWeek(parseISO(`${isoYear}-01-04`), week)))
}

export function mondayOf(date: IsoDate): IsoDate {
  return toIsoDate(startOfISOWeek(parseISO(date)))
}

export function weekDates(monday: IsoDate): IsoDate[] {
  return datesBetween(monday, addDaysIso(monday, 6))
}

export function weekOf(date: IsoDate): { isoYear: number; week: number; monday: IsoDate } {
  const w = isoWeek(date)
  return { isoYear: w.year, week: w.week, monday: mondayOf(date) }
}

// --- Months ('YYYY-MM') ------------------------------------------------------------------------------

export type MonthKey = string

export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

export function monthOf(date: IsoDate): MonthKey {
  return date.slice(0, 7)
}

export function monthFirstDay(month: MonthKey): IsoDate {
  return `${month}-01`
}

export function monthLastDay(month: MonthKey): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${month}-${String(last).padStart(2, '0')}`
}

export function nextMonth(month: MonthKey): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The months a period touches, in order: 2019-12-01..2020-02-10 → 2019-12, 2020-01, 2020-02. */
export function monthsBetween(from: IsoDate, to: IsoDate): MonthKey[] {
  const out: MonthKey[] = []
  for (let m = monthOf(from); m <= monthOf(to); m = nextMonth(m)) out.push(m)
  return out
}

/** The part of [from, to] that lies inside [a, b], or null when they do not overlap. */
export function overlap(from: IsoDate, to: IsoDate, a: IsoDate, b: IsoDate): { from: IsoDate; to: IsoDate } | null {
  const f = from > a ? from : a
  const t = to < b ? to : b
  return f <= t ? { from: f, to: t } : null
}
