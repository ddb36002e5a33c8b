import { describe, expect, it } from 'vitest'
import { formatDate, isIsoDate, isoWeek, parseDanishDate, yearsOfPeriod } from '@shared/domain/dates'
import { formatHours, parseHours } from '@shared/domain/duration'

describe('dates and weeks', () => {
  it('shows dates as dd.mm.åååå', () => {
    expect(formatDate('2020-01-29')).toBe('29.01.2020')
  })
  it('parses Danish dates and refuses impossible ones', () => {
    expect(parseDanishDate('29.01.2020')).toBe('2020-01-29')
    expect(parseDanishDate('1/12/2019')).toBe('2019-12-01')
    expect(parseDanishDate('30.02.2020')).toBeNull()
    expect(isIsoDate('2021-02-29')).toBe(false)
  })
  it('numbers weeks by ISO 8601, including week 53', () => {
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 })
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 })
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 })
    expect(isoWeek('2019-12-30')).toEqual({ year: 2020, week: 1 })
  })
  it('lists the calendar years of a period', () => {
    expect(yearsOfPeriod('2019-12-01', '2021-12-31')).toEqual([2019, 2020, 2021])
  })
})

describe('hours (integer minutes)', () => {
  it('accepts Danish decimal input', () => {
    expect(parseHours('7,4')).toBe(444)
    expect(parseHours('7.4')).toBe(444)
    expect(parseHours('26,4')).toBe(1584)
    expect(parseHours('7:24')).toBe(444)
    expect(parseHours('syv')).toBeNull()
  })
  it('shows minutes as hours with a comma', () => {
    expect(formatHours(444)).toBe('7,40')
    expect(formatHours(90)).toBe('1,50')
  })
})
