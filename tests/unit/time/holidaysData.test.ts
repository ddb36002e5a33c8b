// The app computes Denmark's public holidays from date-holidays' engine with Denmark's rules only
// (shared/domain/time/holidaysDK.json, written by scripts/holidays-dk.mjs): they must be the rules of
// the installed date-holidays, and give the holidays that the whole library gives.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import Holidays from 'date-holidays'
import { danishPublicHolidays } from '@shared/domain/time/holidays'
import rules from '@shared/domain/time/holidaysDK.json'
// @ts-expect-error -- a script without types
import { denmarkData } from '../../../scripts/holidays-dk.mjs'

const require = createRequire(import.meta.url)

describe("Denmark's holiday rules", () => {
  it('are those of the installed date-holidays (after updating it, run node scripts/holidays-dk.mjs)', () => {
    expect(rules).toEqual(denmarkData())
    expect(rules.generatedBy).toContain(`date-holidays ${(require('date-holidays/package.json') as { version: string }).version}`)
  })

  it('give every year from 2000 to 2060 the public holidays that the whole library gives, Store bededag until 2023', () => {
    const whole = new Holidays('DK')
    for (let year = 2000; year <= 2060; year++) {
      const expected = new Map<string, string>()
      for (const h of whole.getHolidays(year)) {
        if (h.type === 'public') expected.set(h.date.slice(0, 10), h.name)
      }
      const ours = new Map(danishPublicHolidays(year))
      // Store bededag is our own rule (holidays.ts): the library's entry is replaced by it until 2023 and gone after.
      for (const [date, name] of expected) if (/store bededag/i.test(name)) expected.delete(date)
      for (const [date, name] of ours) if (name === 'Store Bededag') ours.delete(date)
      expect([...ours].sort(), String(year)).toEqual([...expected].sort())
    }
  })
})
