// Budget lines (docs/domain.md rules 1 «Eligible costs» and 2 «Budget lines»): a salary line states
// staff count, function, wage rate and hours, and its amount is staff × hours × rate rounded once
// to whole øre; a lump-sum line (audit, progression tool) states an amount. Every line has a note.
// A category the pool does not pay for is refused with the rule that says so.
import { ore, roundToOre, type Ore } from '../money'
import { minutes, type Minutes } from '../duration'
import { type BudgetPoolRules, type CostCategory, categoryOf } from './poolRules'

/** Staff × minutes (per staff member) × øre per hour / 60, rounded once. */
export function salaryLineAmount(staffCount: number, minutes: number, hourlyRateOre: number): Ore {
  return roundToOre(BigInt(staffCount) * BigInt(minutes) * BigInt(hourlyRateOre), 60n)
}

type EligibilityResult = { ok: true; category: CostCategory } | { ok: false; reason: 'unknown' | 'ineligible'; category: CostCategory | null }

export function checkEligibility(rules: Pick<BudgetPoolRules, 'categories'>, categoryKey: string): EligibilityResult {
  const category = categoryOf(rules, categoryKey)
  if (!category) return { ok: false, reason: 'unknown', category: null }
  if (!category.eligible) return { ok: false, reason: 'ineligible', category }
  return { ok: true, category }
}

export interface LineFigures {
  staffCount: number | null
  hourlyRateOre: Ore | null
  /** Hours per staff member in the year, in minutes (a salary line). */
  minutes: Minutes | null
  amountOre: Ore
}

/** The figures a line keeps: a salary line's amount is always computed; a lump sum keeps its amount. */
export function lineFigures(
  kind: CostCategory['kind'],
  input: { staffCount?: number | null; hourlyRateOre?: number | null; minutes?: number | null; amountOre?: number | null }
): LineFigures | { missing: 'staffCount' | 'hourlyRateOre' | 'minutes' | 'amountOre' } {
  if (kind === 'salary') {
    if (input.staffCount == null) return { missing: 'staffCount' }
    if (input.hourlyRateOre == null) return { missing: 'hourlyRateOre' }
    if (input.minutes == null) return { missing: 'minutes' }
    return {
      staffCount: input.staffCount,
      hourlyRateOre: ore(input.hourlyRateOre),
      minutes: minutes(input.minutes),
      amountOre: salaryLineAmount(input.staffCount, input.minutes, input.hourlyRateOre)
    }
  }
  if (input.amountOre == null) return { missing: 'amountOre' }
  return { staffCount: null, hourlyRateOre: null, minutes: null, amountOre: ore(input.amountOre) }
}
