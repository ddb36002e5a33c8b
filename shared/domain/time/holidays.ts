// Danish public holidays (docs/domain.md rule 4 «Time, rates and norm hours»): the weekdays that
// are not working days. date-holidays gives the calendar: for 2000–2060 as the table it wrote
// (holidaysDK.json, by scripts/holidays-dk.mjs, held to the installed library by
// tests/unit/time/holidaysData.test.ts), since loading the library costs every start that computes
// norm hours a quarter of a second (#14); other years ask the library itself. Store bededag is
// checked here, because it is a holiday only until 2023 (abolished by law from 2024) and a library
// update must not silently change that.
import Holidays from 'date-holidays'
import { addDaysIso, type IsoDate } from '../dates'
import table from './holidaysDK.json'

let calendar: Holidays | null = null
const byYear = new Map<number, Map<IsoDate, string>>()

/** Store bededag: the fourth Friday after Easter (Easter Sunday + 26 days). */
const STORE_BEDEDAG_LAST_YEAR = 2023

/** The public holidays date-holidays gives Denmark in `year`: date → name. */
function libraryHolidays(year: number): [IsoDate, string][] {
  const written = (table.years as Record<string, Record<IsoDate, string> | undefined>)[String(year)]
  if (written) return Object.entries(written)
  calendar ??= new Holidays('DK')
  return calendar
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => [h.date.slice(0, 10), h.name])
}

/** The public holidays of one year: ISO date → Danish name (Sundays included; they are off anyway). */
export function danishPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const cached = byYear.get(year)
  if (cached) return cached
  const map = new Map<IsoDate, string>()
  let easter: IsoDate | null = null
  for (const [date, name] of libraryHolidays(year)) {
    if (/påskedag/i.test(name) && !/anden/i.test(name)) easter = date
    if (/store bededag/i.test(name)) continue // added below by our own rule
    map.set(date, name)
  }
  if (year <= STORE_BEDEDAG_LAST_YEAR && easter) map.set(addDaysIso(easter, 26), 'Store Bededag')
  byYear.set(year, map)
  return map
}

export function publicHolidayName(date: IsoDate): string | null {
  return danishPublicHolidays(Number(date.slice(0, 4))).get(date) ?? null
}
