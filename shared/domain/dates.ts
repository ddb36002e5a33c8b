// Dates cross every boundary as ISO strings `YYYY-MM-DD` (IsoDate) and are shown as `29.01.2020`.
// Calendar arithmetic uses date-fns; ISO weeks use date-fns' ISO-week functions.
import { addDays, differenceInCalendarDays, getISOWeek, getISOWeekYear, parseISO, format, isValid } from 'date-fns'

export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** `2020-01-29` → `29.01.2020` */
export function formatDate(value: IsoDate | null | undefined): string {
  if (!value) return ''
  const m = ISO_DATE.exec(value.slice(0, 10))
  if (!m) return value
  return `${m[3]}.${m[2]}.${m[1]}`
}

/** An ISO timestamp → `29.01.2020 kl. 14:05` in local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (!isValid(d)) return value
  return format(d, "dd.MM.yyyy 'kl.' HH:mm")
}

/**
 * Dates already parsed, by their text: an import of many rows names the same few hundred dates again
 * and again (#14). Emptied when it holds too many, so it never grows without bound.
 */
const parsedDates = new Map<string, IsoDate | null>()

/** Parses `29.01.2020`, `29-01-2020`, `29/1/2020` or `2020-01-29`; null when not a real date. */
export function parseDanishDate(text: string): IsoDate | null {
  const known = parsedDates.get(text)
  if (known !== undefined) return known
  if (parsedDates.size >= 10_000) parsedDates.clear()
  const parsed = parseDanishDateText(text)
  parsedDates.set(text, parsed)
  return parsed
}

function parseDanishDateText(text: string): IsoDate | null {
  const t = text.trim()
  if (isIsoDate(t)) return t
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t)
  if (!m) return null
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}

export function toIsoDate(d: Date): IsoDate {
  return format(d, 'yyyy-MM-dd')
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseISO(value), days))
}

/** Inclusive number of calendar days from start to end. */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return differenceInCalendarDays(parseISO(end), parseISO(start)) + 1
}

/** ISO 8601 week (Monday first; week 1 holds the first Thursday). */
export function isoWeek(value: IsoDate): { year: number; week: number } {
  const d = parseISO(value)
  return { year: getISOWeekYear(d), week: getISOWeek(d) }
}

/** The calendar years a period touches, e.g. 2019-12-01..2021-12-31 → [2019, 2020, 2021]. */
export function yearsOfPeriod(start: IsoDate, end: IsoDate): number[] {
  const from = Number(start.slice(0, 4))
  const to = Number(end.slice(0, 4))
  const years: number[] = []
  for (let y = from; y <= to; y++) years.push(y)
  return years
}
