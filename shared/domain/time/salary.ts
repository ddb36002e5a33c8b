// Salary cost from approved hours (docs/domain.md rule 4 «Time, rates and norm hours»): hours × the
// staff member's hourly rate valid on the date of the hours. A month is split where the rate
// changes (a pay rise on the 15th gives two postings); each part is rounded once, to whole øre, by
// costOfMinutes.
import { costOfMinutes, ore, type Ore } from '../money'
import { minutes, type Minutes } from '../duration'
import type { IsoDate } from '../dates'
import { datesBetween } from './calendar'

interface RatePeriod {
  rateId: number
  validFrom: IsoDate
  /** Inclusive; null = until further notice. */
  validTo: IsoDate | null
  hourlyRateOre: number
}

export interface DayMinutes {
  date: IsoDate
  minutes: number
}

export interface SalarySegment {
  rateId: number
  hourlyRateOre: Ore
  /** The part of the period the rate covers (the posting is dated `to`). */
  from: IsoDate
  to: IsoDate
  minutes: Minutes
  amountOre: Ore
}

export function rateOn(rates: readonly RatePeriod[], date: IsoDate): RatePeriod | undefined {
  // The latest rate that has started and not ended: the one rule for the rate valid on a date.
  return [...rates].filter((r) => r.validFrom <= date && (r.validTo === null || r.validTo >= date)).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]
}

/**
 * Splits the minutes of a period by the rate valid on each date and prices each part once.
 * Dates with minutes but no valid rate are returned in `missingRateDates` (the caller refuses).
 */
export function salarySegments(
  period: { from: IsoDate; to: IsoDate },
  days: readonly DayMinutes[],
  rates: readonly RatePeriod[]
): { segments: SalarySegment[]; missingRateDates: IsoDate[] } {
  const byRate = new Map<number, { rate: RatePeriod; minutes: number }>()
  const missing: IsoDate[] = []
  for (const d of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (d.minutes === 0) continue
    const rate = rateOn(rates, d.date)
    if (!rate) {
      missing.push(d.date)
      continue
    }
    const acc = byRate.get(rate.rateId) ?? { rate, minutes: 0 }
    acc.minutes += d.minutes
    byRate.set(rate.rateId, acc)
  }
  // Each part covers the dates of the period on which its rate is in force (a rate without an end
  // date stops where a later one starts); the posting is dated on the part's last date.
  const span = new Map<number, { from: IsoDate; to: IsoDate }>()
  for (const date of datesBetween(period.from, period.to)) {
    const rate = rateOn(rates, date)
    if (!rate || !byRate.has(rate.rateId)) continue
    const s = span.get(rate.rateId)
    span.set(rate.rateId, s ? { from: s.from, to: date } : { from: date, to: date })
  }
  const segments = [...byRate.values()]
    .map(({ rate, minutes: total }) => {
      const { from, to } = span.get(rate.rateId)!
      const hourlyRateOre = ore(rate.hourlyRateOre)
      return { rateId: rate.rateId, hourlyRateOre, from, to, minutes: minutes(total), amountOre: costOfMinutes(hourlyRateOre, total) }
    })
    .sort((a, b) => (a.from < b.from ? -1 : 1))
  return { segments, missingRateDates: missing }
}
