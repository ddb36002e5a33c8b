// ISO weeks (Monday first; week 1 holds the first Thursday; some years have 53) and periods of
// dates: plain calendar arithmetic, free of the holiday calendar, so the screens can use it.
import { getISOWeeksInYear, setISOWeek, startOfISOWeek, parseISO } from 'date-fns'
import { addDaysIso, isoWeek, toIsoDate, type IsoDate } from '../dates'
import { DomainError } from '../../errors'
import { unitMessages } from '../../texts/da/common'

const DAY_MS = 86_400_000

function utcDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

function isoOfUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Every date from `from` to `to`, inclusive. (Plain UTC day arithmetic: norm hours of a whole project period are counted day by day.) */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = []
  const end = utcDay(to)
  for (let d = utcDay(from); d <= end; d += DAY_MS) out.push(isoOfUtc(d))
  return out
}

/** 1 = Monday … 7 = Sunday */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(utcDay(date)).getUTCDay()
  return d === 0 ? 7 : d
}

export function weeksInIsoYear(isoYear: number): number {
  // The 4th of January is always in week 1 of its ISO year.
  return getISOWeeksInYear(parseISO(`${isoYear}-01-04`))
}

/** The Monday of ISO week `week` of `isoYear`. */
export function isoWeekMonday(isoYear: number, week: number): IsoDate {
  if (week < 1 || week > weeksInIsoYear(isoYear)) throw new DomainError('internal', unitMessages.noSuchWeek(week, isoYear))
  return toIsoDate(startOfISOWeek(setISOWeek(parseISO(`${isoYear}-01-04`), week)))
}

export function mondayOf(date: IsoDate): IsoDate {
  return isoOfUtc(utcDay(date) - (isoWeekday(date) - 1) * DAY_MS)
}

export function weekDates(monday: IsoDate): IsoDate[] {
  return datesBetween(monday, addDaysIso(monday, 6))
}

export function weekOf(date: IsoDate): { isoYear: number; week: number; monday: IsoDate } {
  const w = isoWeek(date)
  return { isoYear: w.year, week: w.week, monday: mondayOf(date) }
}

/** The part of [from, to] that lies inside [a, b], or null when they do not overlap. */
export function overlap(from: IsoDate, to: IsoDate, a: IsoDate, b: IsoDate): { from: IsoDate; to: IsoDate } | null {
  const f = from > a ? from : a
  const t = to < b ? to : b
  return f <= t ? { from: f, to: t } : null
}
