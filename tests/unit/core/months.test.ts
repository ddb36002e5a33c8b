// The one month module (shared/domain/months.ts): month arithmetic, the months of a period, and
// months written in Danish, as the screens, the printouts and the error messages show them.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  addMonths,
  firstDayOf,
  formatMonth,
  formatMonthList,
  formatMonthRange,
  formatMonthShort,
  isMonth,
  lastDayOf,
  monthOf,
  monthsFromTo
} from '@shared/domain/months'
import { shareAtLeast } from '@shared/domain/participants/types'
import { monthSchema } from '@shared/api/schemas'
import { parseInput, validationError } from '@shared/api/validation'
import { meetings } from '@shared/texts/da/meetings'

describe('calendar months', () => {
  it('adds months across years and lists every month from the first to the last, both included', () => {
    expect(addMonths('2019-12', 1)).toBe('2020-01')
    expect(addMonths('2020-01', -1)).toBe('2019-12')
    expect(addMonths('2020-03', 12)).toBe('2021-03')
    expect(addMonths('2020-03', -15)).toBe('2018-12')
    expect(monthsFromTo('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02'])
    expect(monthsFromTo('2020-02', '2020-02')).toEqual(['2020-02'])
    expect(monthsFromTo('2020-02', '2020-01')).toEqual([])
  })

  it('the months a period of dates touches: 01.12.2019–10.02.2020 touches three', () => {
    expect(monthsFromTo(monthOf('2019-12-01'), monthOf('2020-02-10'))).toEqual(['2019-12', '2020-01', '2020-02'])
  })

  it('knows the first and last day of a month, leap years included', () => {
    expect(firstDayOf('2020-02')).toBe('2020-02-01')
    expect(lastDayOf('2020-02')).toBe('2020-02-29')
    expect(lastDayOf('2021-02')).toBe('2021-02-28')
    expect(lastDayOf('2021-04')).toBe('2021-04-30')
    expect(lastDayOf('2021-12')).toBe('2021-12-31')
  })

  it('a month is YYYY-MM with a month 01–12', () => {
    expect(isMonth('2020-03')).toBe(true)
    expect(isMonth('2020-13')).toBe(false)
    expect(isMonth('2020-3')).toBe(false)
    expect(isMonth('2020-03-01')).toBe(false)
  })

  it('writes months in Danish, the year once per year', () => {
    expect(formatMonth('2020-03')).toBe('marts 2020')
    expect(formatMonth('2021-06')).toBe('juni 2021')
    expect(formatMonthList(['2020-03', '2020-04', '2020-05'])).toBe('marts, april og maj 2020')
    expect(formatMonthList(['2020-11', '2020-12', '2021-01'])).toBe('november og december 2020 og januar 2021')
    expect(formatMonthList(['2021-06'])).toBe('juni 2021')
    expect(formatMonthList([])).toBe('')
    expect(formatMonthRange('2020-03', '2021-02')).toBe('marts 2020–februar 2021')
    expect(formatMonthRange('2020-03', '2020-03')).toBe('marts 2020')
  })

  it('short names for chart axes use one list of abbreviations, also in the meetings’ period names', () => {
    expect(formatMonthShort('2020-03')).toBe('mar. 2020')
    expect(formatMonthShort('2020-05')).toBe('maj 2020')
    expect(formatMonthShort('2020-06')).toBe('jun. 2020')
    expect(meetings.cadence.periodLabel('2020-01-01', 2)).toBe('jan.–feb. 2020')
    expect(meetings.cadence.periodLabel('2020-03-01', 1)).toBe('marts 2020')
  })

  it('one month schema in the contract, refusing a wrong month in Danish and naming the field', () => {
    const r = parseInput(z.object({ month: monthSchema }), { month: '2020-13' })
    expect(r.success).toBe(false)
    expect(validationError(r.error!).message).toBe('Feltet «Måned» skal være en måned (åååå-mm).')
  })

  it('compares shares exactly: 15 of 100 is 15 %, 29 of 200 is not', () => {
    expect(shareAtLeast(15, 100, 0.15)).toBe(true)
    expect(shareAtLeast(29, 200, 0.15)).toBe(false)
    expect(shareAtLeast(3, 20, 0.15)).toBe(true)
    expect(shareAtLeast(1, 0, 0.15)).toBe(false)
  })
})
