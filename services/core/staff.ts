// Staff of a project and the hourly rate valid on a date. Creating staff and computing rates from
// salary parts belongs to the budget domain; these reads are shared by every domain.
import type { Kysely } from 'kysely'
import type { StaffMember } from '@shared/api/core'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

export async function listStaff(db: Db, projectId: number): Promise<StaffMember[]> {
  const rows = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    functionKey: r.function_key,
    title: r.title,
    weeklyMinutes: r.weekly_minutes,
    projectShareBp: r.project_share_bp,
    employedFrom: r.employed_from,
    employedTo: r.employed_to,
    note: r.note
  }))
}

/** The rate row valid on `date` (ISO), or undefined when the staff member has none that day. */
export async function rateValidOn(db: Db, staffId: number, date: string) {
  return db
    .selectFrom('staff_rate')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** Sum of postings per budget line (reversals included, so corrections net out). */
export async function spentByBudgetLine(db: Db, projectId: number, options: { from?: string; to?: string } = {}): Promise<Map<number, number>> {
  let q = db
    .selectFrom('posting')
    .select(['budget_line_id', (eb) => eb.fn.sum<number>('amount_ore').as('spent')])
    .where('project_id', '=', projectId)
    .groupBy('budget_line_id')
  if (options.from) q = q.where('posting_date', '>=', options.from)
  if (options.to) q = q.where('posting_date', '<=', options.to)
  const rows = await q.execute()
  return new Map(rows.map((r) => [r.budget_line_id, Number(r.spent)]))
}
