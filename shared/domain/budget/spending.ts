// The spending view (issue 3): per line and year, budget, spent, remaining, % used against % of the
// period elapsed, a forecast at the current pace, over-/under-spend beyond a threshold, and alerts
// when a line passes set shares of its budget. Days are calendar days; shares in basis points.
import { type Ore, roundToOre } from '../money'
import { daysInclusive } from '../dates'
import { basisPoints, basisPointsOf, type BasisPoints } from '../percent'

interface DateRange {
  from: string
  to: string
}

/** The part of the project period that falls in one calendar year, or null. */
export function periodPartOfYear(periodStart: string, periodEnd: string, year: number): DateRange | null {
  const from = periodStart > `${year}-01-01` ? periodStart : `${year}-01-01`
  const to = periodEnd < `${year}-12-31` ? periodEnd : `${year}-12-31`
  return from <= to ? { from, to } : null
}

export interface Elapsed {
  elapsedDays: number
  totalDays: number
  /** basis points, 0..10000 */
  elapsedBp: BasisPoints
}

export function elapsedOf(range: DateRange, today: string): Elapsed {
  const totalDays = daysInclusive(range.from, range.to)
  const elapsedDays = today < range.from ? 0 : today >= range.to ? totalDays : daysInclusive(range.from, today)
  return { elapsedDays, totalDays, elapsedBp: basisPointsOf(elapsedDays, totalDays) }
}

interface LineAssessment {
  usedBp: BasisPoints | null
  /** Spent at the current pace until the end of the line's period; null before it starts. */
  forecastOre: Ore | null
  /** usedBp − elapsedBp */
  deviationBp: BasisPoints | null
  flag: 'over' | 'under' | null
  overBudget: boolean
  /** The highest alert threshold the line has passed, or null. */
  passedThresholdBp: BasisPoints | null
}

export function assessLine(
  figures: { budgetOre: number; spentOre: number },
  elapsed: Elapsed,
  rules: { alertThresholdsBp: readonly number[]; deviationThresholdBp: number }
): LineAssessment {
  const { budgetOre, spentOre } = figures
  const usedBp = budgetOre > 0 ? basisPointsOf(spentOre, budgetOre) : null
  const forecastOre = elapsed.elapsedDays > 0 ? roundToOre(BigInt(spentOre) * BigInt(elapsed.totalDays), BigInt(elapsed.elapsedDays)) : null
  const overBudget = spentOre > budgetOre
  const deviationBp = usedBp === null || elapsed.elapsedDays === 0 ? null : basisPoints(usedBp - elapsed.elapsedBp)
  let flag: LineAssessment['flag'] = null
  if (overBudget && spentOre > 0) flag = 'over'
  else if (deviationBp !== null && deviationBp > rules.deviationThresholdBp) flag = 'over'
  else if (deviationBp !== null && deviationBp < -rules.deviationThresholdBp) flag = 'under'
  const passed = usedBp === null ? [] : [...rules.alertThresholdsBp].sort((a, b) => a - b).filter((t) => usedBp >= t)
  return { usedBp, forecastOre, deviationBp, flag, overBudget, passedThresholdBp: passed.length ? basisPoints(passed[passed.length - 1]!) : null }
}
