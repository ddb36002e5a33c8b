// Reading budget versions and their lines. Every version keeps all its lines (budget_line_figures),
// joined here with the line's stable identity (budget_line: year, category, title).
import type { Kysely, Selectable } from 'kysely'
import type { VersionLine, VersionStatus } from '@shared/domain/budget/revisions'
import { IN_FORCE_STATUSES } from '@shared/domain/budget/revisions'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import type { BudgetVersionTable } from '../db/schema/budget'

type Db = Kysely<Database>
export type VersionRow = Selectable<BudgetVersionTable>

export async function versionLines(db: Db, versionId: number): Promise<VersionLine[]> {
  const rows = await db
    .selectFrom('budget_line_figures as f')
    .innerJoin('budget_line as l', 'l.id', 'f.budget_line_id')
    .select(['l.id', 'l.year', 'l.category_key', 'l.title', 'f.staff_count', 'f.hourly_rate_ore', 'f.minutes', 'f.amount_ore', 'f.note'])
    .where('f.version_id', '=', versionId)
    .orderBy('l.year')
    .orderBy('l.id')
    .execute()
  return rows.map((r) => ({
    budgetLineId: r.id,
    year: r.year,
    categoryKey: r.category_key,
    title: r.title,
    staffCount: r.staff_count,
    hourlyRateOre: r.hourly_rate_ore,
    minutes: r.minutes,
    amountOre: r.amount_ore,
    note: r.note
  }))
}

export async function getVersion(db: Db, versionId: number): Promise<VersionRow> {
  const row = await db.selectFrom('budget_version').selectAll().where('id', '=', versionId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', da.budget.errors.versionNotFound(versionId), { field: 'versionId' })
  return row
}

export async function listVersions(db: Db, projectId: number): Promise<VersionRow[]> {
  return db.selectFrom('budget_version').selectAll().where('project_id', '=', projectId).orderBy('number').execute()
}

/** The version in force on `asOf` (ISO date): the newest approved or registered one that took effect by then. */
export async function versionInForce(db: Db, projectId: number, asOf: string): Promise<VersionRow | undefined> {
  return db
    .selectFrom('budget_version')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('status', 'in', IN_FORCE_STATUSES as VersionStatus[])
    .where('effective_date', '<=', asOf)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The open version (a draft or one sent to STAR), if any: a project has at most one. */
export async function openVersion(db: Db, projectId: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom('budget_version')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('status', 'in', ['draft', 'sent'])
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
}
