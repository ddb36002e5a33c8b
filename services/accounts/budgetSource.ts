// The approved budget an account is measured against: the budget in force (approved by STAR, or
// registered where the pool needs no approval) on the account's date, from the budget domain.
import type { Ore } from '@shared/domain/money'
import { approvedBudgetLines } from '../budget/approved'
import type { Db } from '../time/common'

export async function approvedBudgetByLine(db: Db, projectId: number, asOf?: string): Promise<Map<number, Ore>> {
  const lines = await approvedBudgetLines(db, projectId, asOf)
  return new Map(lines.map((l) => [l.budgetLineId, l.amountOre]))
}
