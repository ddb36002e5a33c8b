// Meeting times are entered as local Danish time (Europe/Copenhagen). Invitations (.ics) carry
// them in UTC, which Outlook shows in the reader's own time zone. Denmark follows the EU's summer
// time: CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00
// UTC, otherwise CET (UTC+1). Computed here so that no time-zone database is needed.
import { minutes, type Minutes } from '../duration'

function lastSundayUtc(year: number, month0: number): number {
  const lastDay = new Date(Date.UTC(year, month0 + 1, 0))
  const day = lastDay.getUTCDate() - lastDay.getUTCDay()
  return Date.UTC(year, month0, day, 1, 0, 0)
}

/** True when the instant (ms since epoch) falls in Danish summer time. */
export function isCopenhagenSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear()
  return utcMs >= lastSundayUtc(year, 2) && utcMs < lastSundayUtc(year, 9)
}

/** A Danish local date and time (`2020-03-12`, `13:00`) as a UTC instant (ms since epoch). */
export function copenhagenToUtc(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const asUtc = Date.UTC(y, m - 1, d, hh, mm)
  const summer = asUtc - 2 * 3600_000
  return isCopenhagenSummerTime(summer) ? summer : asUtc - 3600_000
}

/** Minutes from `start` to `end` (`HH:MM`) on the same day; negative when end is before start. */
export function minutesBetween(start: string, end: string): Minutes {
  const [sh, sm] = start.split(':').map(Number) as [number, number]
  const [eh, em] = end.split(':').map(Number) as [number, number]
  return minutes(eh * 60 + em - (sh * 60 + sm))
}
