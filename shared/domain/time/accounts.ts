// The figures of an account (delregnskab / slutregnskab): the costs of each budget line in the
// period against the approved budget of the line. One function, so that the screen, the printed
// account, the CLI and the revisor export show the same figures to the øre.
import { ore, sumOre, type Ore } from '../money'
import { basisPointsOf, type BasisPoints } from '../percent'

interface AccountLineInput {
  budgetLineId: number
  year: number
  categoryKey: string
  title: string
  budgetOre: Ore
  actualOre: Ore
}

interface AccountLine extends AccountLineInput {
  /** budget − actual: what is left (negative when the line is overspent). */
  remainingOre: Ore
  /** actual / budget in basis points (null without a budget). */
  usedBp: BasisPoints | null
}

export interface AccountFigures {
  lines: AccountLine[]
  totals: { budgetOre: Ore; actualOre: Ore; remainingOre: Ore }
}

export function accountFigures(lines: readonly AccountLineInput[]): AccountFigures {
  const sorted = [...lines].sort((a, b) => a.year - b.year || a.title.localeCompare(b.title, 'da') || a.budgetLineId - b.budgetLineId)
  const out: AccountLine[] = sorted.map((l) => ({
    ...l,
    remainingOre: ore(l.budgetOre - l.actualOre),
    usedBp: l.budgetOre > 0 ? basisPointsOf(l.actualOre, l.budgetOre) : null
  }))
  const budgetOre = sumOre(out.map((l) => l.budgetOre))
  const actualOre = sumOre(out.map((l) => l.actualOre))
  return { lines: out, totals: { budgetOre, actualOre, remainingOre: ore(budgetOre - actualOre) } }
}
