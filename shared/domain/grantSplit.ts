// Seed 001: Herning's grant of 2.235.074 kr. is split 631.215 / 858.805 / 745.053 kr. by year, which
// adds up to 1 kr. less than the grant. The difference is shown and left to the user to resolve;
// it is never hidden or spread silently.
import { type Ore, ore, sumOre } from './money'

interface GrantYearAmount {
  year: number
  amountOre: number
}

interface GrantSplitCheck {
  grantAmountOre: Ore
  splitTotalOre: Ore
  /** grant − split: positive when the split is short of the grant. */
  differenceOre: Ore
  balanced: boolean
  /** Years of the project period without an amount, and years given outside the period. */
  missingYears: number[]
  yearsOutsidePeriod: number[]
}

export function checkGrantSplit(grantAmountOre: number, split: GrantYearAmount[], periodYears: number[]): GrantSplitCheck {
  const splitTotalOre = sumOre(split.map((s) => s.amountOre))
  const differenceOre = ore(grantAmountOre - splitTotalOre)
  const given = new Set(split.map((s) => s.year))
  return {
    grantAmountOre: ore(grantAmountOre),
    splitTotalOre,
    differenceOre,
    balanced: differenceOre === 0,
    missingYears: periodYears.filter((y) => !given.has(y)),
    yearsOutsidePeriod: split.map((s) => s.year).filter((y) => !periodYears.includes(y))
  }
}
