// The working calendar of a project (DOMAIN rule 4): ISO weeks, months, and what kind of day each
// date is. Norm hours count working days; public holidays on weekdays are not working days; 24 and
// 31 December and the afternoons of 1 May and 5 June (grundlovsdag) are days off by project setting.
import { getISOWeeksInYear, setISOWeek, startOfISOWeek, parseISO } from 'date-fns'
import { addDaysIso, isoWeek, toIsoDate, type IsoDate } from '../dates'
import { publicHolidayName } from './holidays'
import { time } from '../../texts/da/time'

/** The days off that are not public holidays but common in municipal agreements: project settings. */
export interface DaysOffSettings {
  christmasEveOff: boolean
  newYearsEveOff: boolean
  mayDayAfternoonOff: boolean
  constitutionDayAfternoonOff: boolean
}

/** Default: 24 and 31 December off, the afternoons of 1 May and 5 June off (half-day norm). */
export const DEFAULT_DAYS_OFF: DaysOffSettings = {
  christmasEveOff: true,
  newYearsEveOff: true,
  mayDayAfternoonOff: true,
  constitutionDayAfternoonOff: true
}

export type DayKind = 'workday' | 'halfDay' | 'dayOff' | 'holiday' | 'weekend'

export interface CalendarDay {
  date: IsoDate
  kind: DayKind
  /** The holiday's or day off's Danish name, when it has one. */
  name: string | null
  /** The day's share of a full working day in halves: 2 workday, 1 half day, 0 off. */
  normHalves: 0 | 1 | 2
}

const DAY_OFF_NAMES = time.dayOffNames

function weekday(date: IsoDate): number {
  // 1 = Monday … 7 = Sunday
  const d = parseISO(date).getDay()
  return d === 0 ? 7 : d
}

export function calendarDay(date: IsoDate, settings: DaysOffSettings): CalendarDay {
  const wd = weekday(date)
  if (wd >= 6) return { date, kind: 'weekend', name: publicHolidayName(date), normHalves: 0 }
  const holiday = publicHolidayName(date)
  if (holiday) return { date, kind: 'holiday', name: holiday, normHalves: 0 }
  const md = date.slice(5)
  if (md === '12-24' && settings.christmasEveOff) return { date, kind: 'dayOff', name: DAY_OFF_NAMES.christmasEve, normHalves: 0 }
  if (md === '12-31' && settings.newYearsEveOff) return { date, kind: 'dayOff', name: DAY_OFF_NAMES.newYearsEve, normHalves: 0 }
  if (md === '05-01' && settings.mayDayAfternoonOff) return { date, kind: 'halfDay', name: DAY_OFF_NAMES.mayDay, normHalves: 1 }
  if (md === '06-05' && settings.constitutionDayAfternoonOff) return { date, kind: 'halfDay', name: DAY_OFF_NAMES.constitutionDay, normHalves: 1 }
  return { date, kind: 'workday', name: null, normHalves: 2 }
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = []
  for (let d = from; d <= to; d = addDaysIso(d, 1)) out.push(d)
  return out
}

// --- ISO weeks (Monday first; week 1 holds the first Thursday; some years have 53) -----------------

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
