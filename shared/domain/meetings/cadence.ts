// The meeting cadence (docs/domain.md rule 7 «Meeting cadence», seed 000): a group must meet at
// least once in every period of its cadence (3 months = every calendar quarter) of the project
// period; a missed period is a finding. Periods are blocks of whole calendar months counted from 1
// January, so a cadence of 3 gives the calendar quarters, 6 the half-years.
//
// A period that the project period covers only partly (the demo starts 1 December 2019: the fourth
// quarter of 2019 has one month of project) requires a meeting only when the project covers at
// least `minCoveragePct` per cent of the period's days (the pool's rule; 50 % by default). A meeting
// held in a period that is not required still counts and is shown.
import { daysInclusive, type IsoDate } from '../dates'

type CadencePeriodStatus =
  /** at least one meeting held in the period */
  | 'held'
  /** required, the period is over, and no meeting was held: a finding */
  | 'missed'
  /** required, the period is running and no meeting is held yet */
  | 'current'
  /** required, the period has not started */
  | 'future'
  /** no meeting held and none required (partly covered period, or the group has no cadence) */
  | 'not_required'

interface CadenceMeeting {
  id: number
  date: IsoDate
  /** held or minutes approved */
  held: boolean
}

interface CadencePeriod {
  start: IsoDate
  end: IsoDate
  /** Months in the period (the cadence); with the start, enough to label it. */
  months: number
  /** The part of the period inside the project period. */
  coveredFrom: IsoDate
  coveredTo: IsoDate
  /** Share of the period's days inside the project period, whole per cent (rounded down). */
  coveragePct: number
  required: boolean
  status: CadencePeriodStatus
  heldMeetingIds: number[]
  /** Meetings in the period not (yet) marked as held: planned, or held but not recorded. */
  otherMeetingIds: number[]
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function lastDayOfMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate()
}

/** The period of `months` months (from 1 January) that contains `date`. */
export function periodContaining(date: IsoDate, months: number): { start: IsoDate; end: IsoDate } {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const firstMonth = Math.floor((month - 1) / months) * months + 1
  const lastMonth = firstMonth + months - 1
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` }
}

function dayAfter(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

interface CadenceInput {
  projectStart: IsoDate
  projectEnd: IsoDate
  /** null (or 0): the group has no required cadence; periods are then quarters, none required. */
  cadenceMonths: number | null
  minCoveragePct: number
  meetings: CadenceMeeting[]
  today: IsoDate
}

/** Every period of the project period with whether a meeting was held, and whether one was required. */
export function cadencePeriods(input: CadenceInput): CadencePeriod[] {
  const months = input.cadenceMonths && input.cadenceMonths > 0 ? input.cadenceMonths : 3
  const hasRequirement = Boolean(input.cadenceMonths && input.cadenceMonths > 0)
  const periods: CadencePeriod[] = []
  if (input.projectEnd < input.projectStart) return periods
  let cursor = input.projectStart
  while (cursor <= input.projectEnd) {
    const { start, end } = periodContaining(cursor, months)
    const coveredFrom = start < input.projectStart ? input.projectStart : start
    const coveredTo = end > input.projectEnd ? input.projectEnd : end
    const coveragePct = Math.floor((daysInclusive(coveredFrom, coveredTo) * 100) / daysInclusive(start, end))
    const required = hasRequirement && coveragePct >= input.minCoveragePct
    const inPeriod = input.meetings.filter((m) => m.date >= start && m.date <= end)
    const heldMeetingIds = inPeriod.filter((m) => m.held).map((m) => m.id)
    const otherMeetingIds = inPeriod.filter((m) => !m.held).map((m) => m.id)
    let status: CadencePeriodStatus
    if (heldMeetingIds.length > 0) status = 'held'
    else if (!required) status = 'not_required'
    else if (input.today > end) status = 'missed'
    else if (input.today >= start) status = 'current'
    else status = 'future'
    periods.push({ start, end, months, coveredFrom, coveredTo, coveragePct, required, status, heldMeetingIds, otherMeetingIds })
    cursor = dayAfter(end)
  }
  return periods
}
