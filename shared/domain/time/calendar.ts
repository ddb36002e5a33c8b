// The working calendar of a project (docs/domain.md rule 4 «Time, rates and norm hours»): ISO
// weeks, months, and what kind of day each date is. Norm hours count working days; public holidays
// on weekdays are not working days; 24 and 31 December and the afternoons of 1 May and 5 June
// (grundlovsdag) are days off by project setting.
import type { IsoDate } from '../dates'
import { isoWeekday } from './weeks'
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

type DayKind = 'workday' | 'halfDay' | 'dayOff' | 'holiday' | 'weekend'

export interface CalendarDay {
  date: IsoDate
  kind: DayKind
  /** The holiday's or day off's Danish name, when it has one. */
  name: string | null
  /** The day's share of a full working day in halves: 2 workday, 1 half day, 0 off. */
  normHalves: 0 | 1 | 2
}

const DAY_OFF_NAMES = time.dayOffNames

export function calendarDay(date: IsoDate, settings: DaysOffSettings): CalendarDay {
  const wd = isoWeekday(date)
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

export * from './weeks'
