// The budget compared with the grant, per calendar year and in total (issue 3). A difference is
// shown, never hidden or spread: Herning's split is 1,00 kr. short of the grant (seed 001).
import { type Ore, ore, sumOre } from '../money'

interface YearComparison {
  year: number
  grantOre: Ore
  budgetOre: Ore
  /** budget − grant for the year: negative when the budget is below the year's grant. */
  differenceOre: Ore
}

export interface BudgetGrantComparison {
  years: YearComparison[]
  grantAmountOre: Ore
  grantSplitTotalOre: Ore
  budgetTotalOre: Ore
  /** budget − grant amount */
  budgetVsGrantOre: Ore
  /** budget − the sum of the year split */
  budgetVsSplitOre: Ore
  /** grant amount − the sum of the year split (positive when the split is short) */
  splitVsGrantOre: Ore
}

/** A version's budget per calendar year: the sum of its lines' amounts in each year. */
export function budgetByYear(lines: readonly { year: number; amountOre: number }[]): Map<number, Ore> {
  const byYear = new Map<number, Ore>()
  for (const l of lines) byYear.set(l.year, ore((byYear.get(l.year) ?? 0) + l.amountOre))
  return byYear
}

export function compareBudgetWithGrant(
  budgetByYear: ReadonlyMap<number, number>,
  grantByYear: { year: number; amountOre: number }[],
  grantAmountOre: number,
  periodYears: number[]
): BudgetGrantComparison {
  const grant = new Map(grantByYear.map((g) => [g.year, g.amountOre]))
  const years = [...new Set([...periodYears, ...grant.keys(), ...budgetByYear.keys()])].sort((a, b) => a - b)
  const rows = years.map((year) => {
    const grantOre = ore(grant.get(year) ?? 0)
    const budgetOre = ore(budgetByYear.get(year) ?? 0)
    return { year, grantOre, budgetOre, differenceOre: ore(budgetOre - grantOre) }
  })
  const budgetTotalOre = sumOre(rows.map((r) => r.budgetOre))
  const grantSplitTotalOre = sumOre(grantByYear.map((g) => g.amountOre))
  return {
    years: rows,
    grantAmountOre: ore(grantAmountOre),
    grantSplitTotalOre,
    budgetTotalOre,
    budgetVsGrantOre: ore(budgetTotalOre - grantAmountOre),
    budgetVsSplitOre: ore(budgetTotalOre - grantSplitTotalOre),
    splitVsGrantOre: ore(grantAmountOre - grantSplitTotalOre)
  }
}
