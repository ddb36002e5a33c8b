// The quarterly pack: the project leader's text per quarter, and every pack made (PDF, figures as
// JSON, SHA-256 of the PDF), kept for ever so that `puljestyr report --verify` can recognise it.
// Never edit this file once it has landed: add a new numbered migration instead.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quarterly_text')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('risks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_steps', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decisions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('quarterly_text_unique', ['project_id', 'quarter'])
    .execute()

  await db.schema
    .createTable('quarterly_pack')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('publication', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('made_by', 'text', (c) => c.notNull())
    .addColumn('made_at', 'text', (c) => c.notNull())
    .addColumn('figures_json', 'text', (c) => c.notNull())
    .addColumn('pdf', 'blob', (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('quarterly_pack_project').on('quarterly_pack').columns(['project_id', 'quarter']).execute()
  await db.schema.createIndex('quarterly_pack_sha256').on('quarterly_pack').column('pdf_sha256').execute()
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
