// What a budget may never do (issue 12): exceed the grant. A version whose total is above the grant
// cannot be sent to STAR or put in force, and no single line may be larger than the whole grant
// (an amount like 1.000.000.000.000 kr. is a typing error, refused at entry). Where the pool makes
// the year split binding (moving money between years needs STAR's approval, docs/domain.md rule 3
// (budget revisions)), an original budget may not exceed the grant's split in any year either.
import type { BudgetGrantComparison } from './yearSplit'

type BudgetLimitViolation =
  | { kind: 'total'; budgetOre: number; grantOre: number; excessOre: number }
  | { kind: 'year'; year: number; budgetOre: number; grantOre: number; excessOre: number }

/**
 * Why a version may not be sent or put in force, worst first (the total, then each year over its
 * split). `yearSplitBinds`: the pool needs approval for moving money between years and the version
 * is the original budget (a revision asking STAR to move money is the very application).
 */
export function budgetLimitViolations(comparison: BudgetGrantComparison, options: { yearSplitBinds: boolean }): BudgetLimitViolation[] {
  const out: BudgetLimitViolation[] = []
  if (comparison.budgetTotalOre > comparison.grantAmountOre) {
    out.push({
      kind: 'total',
      budgetOre: comparison.budgetTotalOre,
      grantOre: comparison.grantAmountOre,
      excessOre: comparison.budgetTotalOre - comparison.grantAmountOre
    })
  }
  if (options.yearSplitBinds) {
    for (const y of comparison.years) {
      if (y.budgetOre > y.grantOre) out.push({ kind: 'year', year: y.year, budgetOre: y.budgetOre, grantOre: y.grantOre, excessOre: y.budgetOre - y.grantOre })
    }
  }
  return out
}

/** A line larger than the whole grant: refused at entry. */
export function lineAboveGrant(amountOre: number, grantAmountOre: number): boolean {
  return amountOre > grantAmountOre
}

type PeriodPosition = 'beforeStart' | 'afterEnd' | 'inside'

/** Where a date lies against the project period (ISO dates compare as text). */
export function positionInPeriod(date: string, periodStart: string, periodEnd: string): PeriodPosition {
  if (date < periodStart) return 'beforeStart'
  if (date > periodEnd) return 'afterEnd'
  return 'inside'
}
