// THE contract the time-and-ledger domain builds on: the lines of the budget in force (approved by
// STAR, or registered where the pool needs no approval) on a date. Only an approved revision changes
// the budget that spending is measured against (docs/domain.md rule 3 «Budget revisions»).
import type { Kysely } from 'kysely'
import { toIsoDate } from '@shared/domain/dates'
import type { VersionLine } from '@shared/domain/budget/revisions'
import type { Database } from '../db/schema'
import { versionInForce, versionLines } from './versions'

/** A line of the budget in force: the same shape as a line of any budget version. */
type ApprovedBudgetLine = VersionLine

/** The lines of the budget in force on `asOf` (ISO date; default today). Empty before any approval. */
export async function approvedBudgetLines(db: Kysely<Database>, projectId: number, asOf?: string): Promise<ApprovedBudgetLine[]> {
  const version = await versionInForce(db, projectId, asOf ?? toIsoDate(new Date()))
  if (!version) return []
  return versionLines(db, version.id)
}
