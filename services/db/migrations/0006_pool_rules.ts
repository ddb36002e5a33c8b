// The rules of each grant pool, one row per pool and domain section ('budget', 'meetings',
// 'results'). A pool without a row for a section uses the rules shipped with the app for its key
// (shared/domain/<domain>/poolRules.ts); a user's edit writes the row, through the audit trail.
// Never edit this file once it has landed: add a new numbered migration instead.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('grant_pool_rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('grant_pool.id').onDelete('cascade'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('rules_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('grant_pool_rules_unique', ['pool_id', 'section'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
