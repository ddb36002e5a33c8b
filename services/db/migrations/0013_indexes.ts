// Indexes for the queries that grow with the data (issue #14): the ledger's "reversed by" join, its
// filters by staff and budget line, the pseudonym and case-number lookups of a new participant.
// Never edit this file once it has landed: add a new numbered migration instead.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // ledger.list joins each posting to the posting that reverses it.
  await db.schema.createIndex('posting_reverses').on('posting').column('reverses_posting_id').execute()
  // The ledger filtered by staff member or budget line, in the ledger's order.
  await db.schema.createIndex('posting_project_staff').on('posting').columns(['project_id', 'staff_id', 'posting_date']).execute()
  await db.schema.createIndex('posting_project_line').on('posting').columns(['project_id', 'budget_line_id', 'posting_date']).execute()
  // A pseudonym is unique per project regardless of case: the lookup compares lower(pseudonym).
  await sql`CREATE INDEX participant_pseudonym_lower ON participant (project_id, lower(pseudonym))`.execute(db)
  await db.schema.createIndex('participant_case_number').on('participant').columns(['project_id', 'case_number']).execute()
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
