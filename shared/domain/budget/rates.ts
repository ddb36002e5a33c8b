// The hourly rate (docs/domain.md rule 4 «Time, rates and norm hours»): annual salary / divisor,
// where the annual salary is the sum of the pool's salary parts (default A-indkomst before
// arbejdsmarkedsbidrag + pension + ATP; no bonuses or one-off pay) and the divisor is a pool
// setting (default 1.924 hours). Rounded once.
import { type Ore, formatKr, roundToOre, sumOre } from '../money'
import { formatHours, minutes, type Minutes } from '../duration'
import { DomainError } from '../../errors'
import { unitMessages } from '../../texts/da/common'

export interface SalaryPartAmount {
  key: string
  label: string
  amountOre: number
}

interface HourlyRate {
  annualSalaryOre: Ore
  divisorMinutes: Minutes
  hourlyRateOre: Ore
  /** "(A-indkomst … + pension … + ATP …) / 1.924,00 timer = 298,03 kr./time": shown beside the rate. */
  calculation: string
}

/** Annual salary × 60 / divisor minutes, rounded once to whole øre per hour. */
export function computeHourlyRate(parts: SalaryPartAmount[], divisorMinutes: number): HourlyRate {
  if (!Number.isSafeInteger(divisorMinutes) || divisorMinutes <= 0) throw new DomainError('internal', unitMessages.divisorNotPositive)
  const annualSalaryOre = sumOre(parts.map((p) => p.amountOre))
  const hourlyRateOre = roundToOre(BigInt(annualSalaryOre) * 60n, BigInt(divisorMinutes))
  return { annualSalaryOre, divisorMinutes: minutes(divisorMinutes), hourlyRateOre, calculation: rateCalculationText(parts, divisorMinutes, hourlyRateOre) }
}

export function rateCalculationText(parts: SalaryPartAmount[], divisorMinutes: number, hourlyRateOre: number): string {
  const sum = parts.map((p) => `${p.label} ${formatKr(p.amountOre, { unit: false })}`).join(' + ')
  return `(${sum}) / ${formatHours(divisorMinutes)} timer = ${formatKr(hourlyRateOre, { unit: false })} kr./time`
}

/** The day before an ISO date (the previous rate ends the day before a new one starts). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}
