import { describe, expect, it } from 'vitest'
import { salarySegments } from '@shared/domain/time/salary'
import { formatKr } from '@shared/domain/money'

const january = { from: '2020-01-01', to: '2020-01-31' }

describe('salary cost = approved hours × the rate valid on their date', () => {
  it('a rate change mid-month splits the month into two postings, each at its own rate', () => {
    const rates = [
      { rateId: 1, validFrom: '2019-12-01', validTo: null, hourlyRateOre: 30000 },
      { rateId: 2, validFrom: '2020-01-15', validTo: null, hourlyRateOre: 31000 }
    ]
    const { segments, missingRateDates } = salarySegments(
      january,
      [
        { date: '2020-01-06', minutes: 444 },
        { date: '2020-01-20', minutes: 444 }
      ],
      rates
    )
    expect(missingRateDates).toEqual([])
    expect(segments).toEqual([
      { rateId: 1, hourlyRateOre: 30000, from: '2020-01-01', to: '2020-01-14', minutes: 444, amountOre: 222000 },
      { rateId: 2, hourlyRateOre: 31000, from: '2020-01-15', to: '2020-01-31', minutes: 444, amountOre: 229400 }
    ])
  })

  it('rounds rate × hours once per posting, not per day', () => {
    // 7 days of 5,28 hours (317 minutes) at 312,34 kr.: 2219 minutes × 312,34 / 60 = 11.551,374… kr.
    const days = Array.from({ length: 7 }, (_, i) => ({ date: `2020-01-${String(6 + i).padStart(2, '0')}`, minutes: 317 }))
    const { segments } = salarySegments(january, days, [{ rateId: 1, validFrom: '2020-01-01', validTo: null, hourlyRateOre: 31234 }])
    expect(segments).toHaveLength(1)
    expect(segments[0]!.minutes).toBe(2219)
    expect(formatKr(segments[0]!.amountOre)).toBe('11.551,37 kr.')
    // Rounding each day first would give 7 × 1.650,20 = 11.551,40 kr.: three øre off.
  })

  it('reports the dates that have hours but no valid rate', () => {
    const { segments, missingRateDates } = salarySegments(
      january,
      [{ date: '2020-01-03', minutes: 60 }],
      [{ rateId: 1, validFrom: '2020-02-01', validTo: null, hourlyRateOre: 30000 }]
    )
    expect(segments).toEqual([])
    expect(missingRateDates).toEqual(['2020-01-03'])
  })

  it('a rate that ended mid-month stops there', () => {
    const { segments } = salarySegments(
      january,
      [{ date: '2020-01-02', minutes: 60 }],
      [
        { rateId: 1, validFrom: '2019-01-01', validTo: '2020-01-10', hourlyRateOre: 6000 },
        { rateId: 2, validFrom: '2020-01-11', validTo: null, hourlyRateOre: 9000 }
      ]
    )
    expect(segments).toEqual([{ rateId: 1, hourlyRateOre: 6000, from: '2020-01-01', to: '2020-01-10', minutes: 60, amountOre: 6000 }])
  })
})
