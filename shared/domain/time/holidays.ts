// Danish public holidays (docs/domain.md rule 4 «Time, rates and norm hours»): the weekdays that
// are not working days. date-holidays gives the calendar; Store bededag is checked here, because it
// is a holiday only until 2023 (abolished by law from 2024) and a library update must not silently
// change that.
import Holidays from 'date-holidays'
import { addDaysIso, type IsoDate } from '../dates'

let calendar: Holidays | null = null
const byYear = new Map<number, Map<IsoDate, string>>()

/** Store bededag: the fourth Friday after Easter (Easter Sunday + 26 days). */
const STORE_BEDEDAG_LAST_YEAR = 2023

/** The public holidays of one year: ISO date → Danish name (Sundays included; they are off anyway). */
export function danishPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const cached = byYear.get(year)
  if (cached) return cached
  calendar ??= new Holidays('DK')
  const map = new Map<IsoDate, string>()
  let easter: IsoDate | null = null
  for (const h of calendar.getHolidays(year)) {
    const date = h.date.slice(0, 10)
    if (/påskedag/i.test(h.name) && !/anden/i.test(h.name)) easter = date
    if (h.type !== 'public') continue
    if (/store bededag/i.test(h.name)) continue // added below by our own rule
    map.set(date, h.name)
  }
  if (year <= STORE_BEDEDAG_LAST_YEAR && easter) map.set(addDaysIso(easter, 26), 'Store Bededag')
  byYear.set(year, map)
  return map
}

export function publicHolidayName(date: IsoDate): string | null {
  return danishPublicHolidays(Number(date.slice(0, 4))).get(date) ?? null
}
