import { describe, expect, it } from 'vitest'
import { addMonths, formatMonth, formatMonthList, lastDayOf, monthsBetween, shareAtLeast } from '@shared/domain/participants/types'

describe('calendar months', () => {
  it('adds months across years and lists a range', () => {
    expect(addMonths('2019-12', 1)).toBe('2020-01')
    expect(addMonths('2020-01', -1)).toBe('2019-12')
    expect(addMonths('2020-03', 12)).toBe('2021-03')
    expect(monthsBetween('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02'])
    expect(monthsBetween('2020-02', '2020-01')).toEqual([])
  })

  it('knows the last day of a month, leap years included', () => {
    expect(lastDayOf('2020-02')).toBe('2020-02-29')
    expect(lastDayOf('2021-02')).toBe('2021-02-28')
    expect(lastDayOf('2021-04')).toBe('2021-04-30')
  })

  it('writes months in Danish, the year once per year', () => {
    expect(formatMonth('2020-03')).toBe('marts 2020')
    expect(formatMonthList(['2020-03', '2020-04', '2020-05'])).toBe('marts, april og maj 2020')
    expect(formatMonthList(['2020-11', '2020-12', '2021-01'])).toBe('november og december 2020 og januar 2021')
    expect(formatMonthList(['2021-06'])).toBe('juni 2021')
  })

  it('compares shares exactly: 15 of 100 is 15 %, 29 of 200 is not', () => {
    expect(shareAtLeast(15, 100, 0.15)).toBe(true)
    expect(shareAtLeast(29, 200, 0.15)).toBe(false)
    expect(shareAtLeast(3, 20, 0.15)).toBe(true)
    expect(shareAtLeast(1, 0, 0.15)).toBe(false)
  })
})
