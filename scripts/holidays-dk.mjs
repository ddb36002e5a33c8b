// Writes shared/domain/time/holidaysDK.json: the public holidays that date-holidays gives Denmark in
// the years projects run (2000–2060), so that norm hours look them up instead of loading the
// library, whose engine brings calendars and time zones of the whole world (a quarter of a second at
// every start that computes norm hours, each revisor export among them). Years outside still ask the
// library. Run after updating date-holidays: `node scripts/holidays-dk.mjs`;
// tests/unit/time/holidaysData.test.ts fails while the file differs from what this writes.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'domain', 'time', 'holidaysDK.json')
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2060

/** Denmark's public holidays by date-holidays, year by year: date → name. */
export function denmarkTable() {
  const Holidays = require('date-holidays')
  const { version } = require('date-holidays/package.json')
  const calendar = new Holidays('DK')
  const years = {}
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    years[year] = Object.fromEntries(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name])
    )
  }
  return { generatedBy: `scripts/holidays-dk.mjs from date-holidays ${version}: do not edit`, years }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(target, `${JSON.stringify(denmarkTable(), null, 2)}\n`)
  console.log(`wrote ${path.relative(process.cwd(), target)}`)
}
