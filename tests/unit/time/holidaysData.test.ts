// Norm hours look Denmark's public holidays up in the table date-holidays wrote for 2000–2060
// (shared/domain/time/holidaysDK.json, by scripts/holidays-dk.mjs) and ask the library for other
// years: the table must be the installed library's, and both ways give the same holidays.
import { describe, expect, it } from 'vitest'
import Holidays from 'date-holidays'
import { danishPublicHolidays } from '@shared/domain/time/holidays'
import table from '@shared/domain/time/holidaysDK.json'
// @ts-expect-error -- a script without types
import { denmarkTable } from '../../../scripts/holidays-dk.mjs'

describe("Denmark's public holidays", () => {
  it('in the table are those of the installed date-holidays (after updating it, run node scripts/holidays-dk.mjs)', () => {
    expect(table).toEqual(denmarkTable())
    expect(Object.keys(table.years)).toHaveLength(61)
  })

  it('are, in every year from 1995 to 2065 (in the table or not), the public holidays the library gives, Store bededag until 2023 only', () => {
    const library = new Holidays('DK')
    for (let year = 1995; year <= 2065; year++) {
      const expected = new Map<string, string>()
      for (const h of library.getHolidays(year)) {
        if (h.type === 'public' && !/store bededag/i.test(h.name)) expected.set(h.date.slice(0, 10), h.name)
      }
      const ours = new Map(danishPublicHolidays(year))
      const bededag = [...ours].filter(([, name]) => name === 'Store Bededag')
      expect(bededag.length, String(year)).toBe(year <= 2023 ? 1 : 0)
      for (const [date] of bededag) ours.delete(date)
      expect([...ours].sort(), String(year)).toEqual([...expected].sort())
    }
  })
})
