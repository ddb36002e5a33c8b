// The approved budget an account is measured against: the budget domain's approved budget in force
// (services/budget/approved.ts). Until that lands, no line has an approved amount.
import type { Db } from '../time/common'

export async function approvedBudgetByLine(_db: Db, _projectId: number, _asOf?: string): Promise<Map<number, number>> {
  return new Map()
}
