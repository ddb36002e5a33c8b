import { describe, expect, it } from 'vitest'
import { defaultQuarter, parseQuarter, previousQuarter, quarterContaining, quarterInPeriod, quartersOfPeriod } from '@shared/domain/quarterly/quarter'

describe('quarters of a project period', () => {
  it('reads 2020-Q3 and refuses anything else', () => {
    expect(parseQuarter('2020-Q3')).toMatchObject({ year: 2020, q: 3, from: '2020-07-01', to: '2020-09-30', months: ['2020-07', '2020-08', '2020-09'] })
    expect(parseQuarter('2020-Q1')!.to).toBe('2020-03-31')
    expect(parseQuarter('2020-Q4')!.to).toBe('2020-12-31')
    for (const bad of ['2020-Q5', '2020-Q0', '3. kvt', '2020Q3', '20-Q3', '']) expect(parseQuarter(bad)).toBeNull()
  })

  it('lists every quarter that overlaps the period, also a period starting mid-quarter', () => {
    const keys = quartersOfPeriod('2019-12-01', '2021-12-31').map((q) => q.key)
    expect(keys).toEqual(['2019-Q4', '2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'])
    expect(quarterInPeriod(parseQuarter('2019-Q3')!, '2019-12-01', '2021-12-31')).toBe(false)
    expect(quarterInPeriod(parseQuarter('2019-Q4')!, '2019-12-01', '2021-12-31')).toBe(true)
  })

  it('goes back across a new year', () => {
    expect(previousQuarter(parseQuarter('2021-Q1')!).key).toBe('2020-Q4')
    expect(quarterContaining('2020-08-15').key).toBe('2020-Q3')
  })

  it('defaults to the last ended quarter, the first while none has ended, the last once the period is over', () => {
    expect(defaultQuarter('2019-12-01', '2021-12-31', '2020-10-05').key).toBe('2020-Q3')
    expect(defaultQuarter('2019-12-01', '2021-12-31', '2020-09-30').key).toBe('2020-Q2')
    expect(defaultQuarter('2019-12-01', '2021-12-31', '2019-12-10').key).toBe('2019-Q4')
    expect(defaultQuarter('2019-12-01', '2021-12-31', '2026-12-03').key).toBe('2021-Q4')
  })
})
