import { describe, expect, it } from 'vitest'
import {
  daysOfWeeksInMonth,
  partsTakenOverByMonth,
  splitWeekApproval,
  weekMonthParts,
  weekPartInMonth,
  weeksTakingOverMonth,
  weeksTouchingMonth
} from '@shared/domain/time/weekApproval'

describe('which days a week approval covers in which month', () => {
  it('week 1 2020 (30.12.2019–05.01.2020) has a December part and a January part', () => {
    expect(weekMonthParts('2019-12-30')).toEqual([
      { month: '2019-12', from: '2019-12-30', to: '2019-12-31' },
      { month: '2020-01', from: '2020-01-01', to: '2020-01-05' }
    ])
  })

  it('a week inside one month has one part', () => {
    expect(weekMonthParts('2020-01-13')).toEqual([{ month: '2020-01', from: '2020-01-13', to: '2020-01-19' }])
  })

  it('week 53 2020 (28.12.2020–03.01.2021) crosses the year, so its parts go to two budget years', () => {
    expect(weekMonthParts('2020-12-28').map((p) => p.month)).toEqual(['2020-12', '2021-01'])
  })

  it('days outside the staff member’s days in the project are not part of the week’s approval', () => {
    // The project starts on 01.12.2019, a Sunday: week 48 2019 has one day in it.
    expect(weekMonthParts('2019-11-25', { from: '2019-12-01', to: '2021-12-31' })).toEqual([{ month: '2019-12', from: '2019-12-01', to: '2019-12-01' }])
    expect(weekMonthParts('2022-01-03', { from: '2019-12-01', to: '2021-12-31' })).toEqual([])
  })

  it('January 2020 touches weeks 1 to 5; the part of week 1 in it is 01.–05.01.2020', () => {
    expect(weeksTouchingMonth('2020-01')).toEqual(['2019-12-30', '2020-01-06', '2020-01-13', '2020-01-20', '2020-01-27'])
    expect(weekPartInMonth('2019-12-30', '2020-01')).toEqual({ month: '2020-01', from: '2020-01-01', to: '2020-01-05' })
    expect(weekPartInMonth('2020-02-03', '2020-01')).toBeNull()
  })

  it('the days of approved weeks inside a month are the days the month’s own posting leaves out', () => {
    const days = daysOfWeeksInMonth(['2019-12-30', '2020-01-27'], '2020-01')
    expect([...days].sort()).toEqual([
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
      '2020-01-04',
      '2020-01-05',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
      '2020-01-30',
      '2020-01-31'
    ])
  })
})

describe('every approved hour is posted once, by the approval that came first', () => {
  const week1 = weekMonthParts('2019-12-30')

  it('a week partly in an approved month posts only its other part', () => {
    const { post, withMonth } = splitWeekApproval(week1, new Set(['2019-12']))
    expect(post.map((p) => p.month)).toEqual(['2020-01'])
    expect(withMonth.map((p) => p.month)).toEqual(['2019-12'])
  })

  it('a week wholly inside an approved month posts nothing (it is already approved)', () => {
    expect(splitWeekApproval(weekMonthParts('2020-01-13'), new Set(['2020-01'])).post).toEqual([])
  })

  it('unlocking a week: the month approved after it posts the days the week had posted in it', () => {
    // Week 1 approved first (posted both parts), then December approved (it left 30.–31.12 out).
    expect(partsTakenOverByMonth(week1, new Set(['2019-12', '2020-01']), new Set(['2019-12']))).toEqual([
      { month: '2019-12', from: '2019-12-30', to: '2019-12-31' }
    ])
  })

  it('unlocking a week: nothing is taken over where the month had posted the days itself', () => {
    // December approved first (it posted 30.–31.12), then week 1 (it posted January only).
    expect(partsTakenOverByMonth(week1, new Set(['2020-01']), new Set(['2019-12']))).toEqual([])
  })

  it('unlocking a month: an approved week that had not posted its part of the month posts it now', () => {
    const weeks = [
      { weekStart: '2019-12-30', postedMonths: new Set(['2020-01']) }, // approved after December
      { weekStart: '2019-12-23', postedMonths: new Set(['2019-12']) }, // approved before December: posted itself
      { weekStart: '2020-01-06', postedMonths: new Set(['2020-01']) } // does not touch December
    ]
    expect(weeksTakingOverMonth('2019-12', weeks).map((w) => w.weekStart)).toEqual(['2019-12-30'])
  })
})
