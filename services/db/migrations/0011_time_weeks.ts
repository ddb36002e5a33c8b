// Week approvals of the time domain: a manager approves one staff member's ISO week (name and role as
// entered, the OS user and the time), which locks the week's days; the salary postings the approval
// made are linked to it, so that unlocking the week reverses exactly those.
// Never edit this file once it has landed: add a new numbered migration instead.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('time_week')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    // The Monday of the ISO week (YYYY-MM-DD), with the ISO year and week number for display.
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('iso_year', 'integer', (c) => c.notNull())
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('approved_by_name', 'text')
    .addColumn('approved_by_role', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_os_user', 'text')
    .addColumn('unlock_reason', 'text')
    .addColumn('unlocked_by_name', 'text')
    .addColumn('unlocked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('time_week_unique', ['staff_id', 'week_start'])
    .execute()
  await db.schema.createIndex('time_week_project').on('time_week').columns(['project_id', 'week_start']).execute()

  await db.schema
    .createTable('time_week_posting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('week_id', 'integer', (c) => c.notNull().references('time_week.id'))
    .addColumn('posting_id', 'integer', (c) => c.notNull().unique().references('posting.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('time_week_posting_week').on('time_week_posting').column('week_id').execute()
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
