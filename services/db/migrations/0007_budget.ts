// Tables of the budget domain: budget versions (original and revisions), the figures of each budget
// line in each version, and the status of the project's instalments. (0002–0005 landed empty.)
// Never edit this file once it has landed: add a new numbered migration instead.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('budget_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('base_version_id', 'integer', (c) => c.references('budget_version.id'))
    .addColumn('sent_date', 'text')
    .addColumn('effective_date', 'text')
    .addColumn('decided_date', 'text')
    .addColumn('star_reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_by_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('budget_version_number', ['project_id', 'number'])
    .execute()
  await db.schema.createIndex('budget_version_project').on('budget_version').columns(['project_id', 'status']).execute()

  await db.schema
    .createTable('budget_line_figures')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('budget_version.id').onDelete('cascade'))
    .addColumn('budget_line_id', 'integer', (c) => c.notNull().references('budget_line.id'))
    .addColumn('staff_count', 'integer')
    .addColumn('hourly_rate_ore', 'integer')
    .addColumn('minutes', 'integer')
    .addColumn('amount_ore', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('budget_line_figures_unique', ['version_id', 'budget_line_id'])
    .execute()
  await db.schema.createIndex('budget_line_figures_line').on('budget_line_figures').column('budget_line_id').execute()

  await db.schema
    .createTable('budget_instalment')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('no', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('expected_date', 'text')
    .addColumn('applied_date', 'text')
    .addColumn('applied_amount_ore', 'integer')
    .addColumn('received_date', 'text')
    .addColumn('received_amount_ore', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('budget_instalment_unique', ['project_id', 'no'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
