// Validation of registered hours (docs/domain.md rule 4 «Time, rates and norm hours» and issue 4):
// Danish decimal input ("7,4", "7:24"), no negative hours, no more than 24 hours a day, no date
// outside the project period or the staff member's employment. The service applies the same rules;
// the grid uses them to answer at once.
import { formatDate, type IsoDate } from '../dates'
import { formatHours, parseHours, ZERO_MINUTES, type Minutes } from '../duration'
import { time } from '../../texts/da/time'

const m = time.rules

export const MAX_DAY_MINUTES = 24 * 60

type HourCell = { ok: true; minutes: Minutes } | { ok: false; message: string }

/** «24,5» → «24,50», «24,01» → «24,01», «24:01» as it is: the hours as typed, with at least two decimals. */
function asTyped(t: string): string {
  const dec = /^(\d+)(?:[.,](\d+))?$/.exec(t)
  return dec ? `${dec[1]},${(dec[2] ?? '').padEnd(2, '0')}` : t
}

/** A cell of the week grid as the user typed it: '' is 0, "7,4" is 444 minutes. */
export function parseHourCell(text: string): HourCell {
  const t = text.trim()
  if (t === '') return { ok: true, minutes: ZERO_MINUTES }
  const minutes = parseHours(t)
  if (minutes === null) return { ok: false, message: m.notHours(t) }
  if (minutes < 0) return { ok: false, message: m.negative }
  // The refusal quotes what was typed: «24,01» is 1.441 minutes, which formatHours would show as «24,02».
  if (minutes > MAX_DAY_MINUTES) return { ok: false, message: m.dayOver24(asTyped(t)) }
  return { ok: true, minutes }
}

/**
 * A day's hours across all activities against the 24-hour limit: the server's message (with the
 * date), or null. The week grid shows the same words under the day's total as the user types.
 */
export function dayTotalProblem(date: IsoDate, totalMinutes: number): string | null {
  return totalMinutes > MAX_DAY_MINUTES ? `${formatDate(date)}: ${m.dayOver24(formatHours(totalMinutes))}` : null
}

export interface EntryBounds {
  projectFrom: IsoDate
  projectTo: IsoDate
  employedFrom: IsoDate | null
  employedTo: IsoDate | null
}

/** Why no hours can be registered on `date` for this staff member, or null when they can. */
export function dateProblem(date: IsoDate, bounds: EntryBounds, staffName: string): string | null {
  if (date < bounds.projectFrom || date > bounds.projectTo) {
    return m.outsideProject(formatDate(date), formatDate(bounds.projectFrom), formatDate(bounds.projectTo))
  }
  if (bounds.employedFrom && date < bounds.employedFrom) return m.beforeEmployment(staffName, formatDate(date), formatDate(bounds.employedFrom))
  if (bounds.employedTo && date > bounds.employedTo) return m.afterEmployment(staffName, formatDate(date), formatDate(bounds.employedTo))
  return null
}

interface DayEntry {
  date: IsoDate
  minutes: number
}

/** Problems of a set of entries, one per date at most: negative hours, a day over 24 hours, bad dates. */
export function entryProblems(entries: readonly DayEntry[], bounds: EntryBounds, staffName: string): { date: IsoDate; message: string }[] {
  const totals = new Map<IsoDate, number>()
  const problems: { date: IsoDate; message: string }[] = []
  const flagged = new Set<IsoDate>()
  for (const e of entries) {
    if (!Number.isSafeInteger(e.minutes) || e.minutes < 0) {
      if (!flagged.has(e.date)) problems.push({ date: e.date, message: `${formatDate(e.date)}: ${m.negative}` })
      flagged.add(e.date)
      continue
    }
    totals.set(e.date, (totals.get(e.date) ?? 0) + e.minutes)
  }
  for (const [date, total] of [...totals].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (flagged.has(date)) continue
    if (total === 0) continue
    const bad = dateProblem(date, bounds, staffName)
    if (bad) problems.push({ date, message: bad })
    else {
      const over = dayTotalProblem(date, total)
      if (over) problems.push({ date, message: over })
    }
  }
  return problems
}

/**
 * A staff member's month that still waits for approval, up to and including `lastMonth`: it holds
 * hours (or a statement's norm) and is not approved. One rule for the quarterly pack's light and
 * for the list of months behind it.
 */
export function awaitsApproval(m: { month: string; status: string; minutes: number }, lastMonth: string): boolean {
  return m.month <= lastMonth && m.status !== 'approved' && m.minutes > 0
}
