// Core tables: grant pools, projects with their grant split, staff, and the audit trail.
// Never edit this file once it has landed: add a new numbered migration instead.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('grant_pool')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('finance_act', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('project')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('grant_pool.id'))
    .addColumn('municipality', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('amount_applied_ore', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('grant_amount_ore', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('project_grant_year')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount_ore', 'integer', (c) => c.notNull())
    .addUniqueConstraint('project_grant_year_unique', ['project_id', 'year'])
    .execute()

  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('function_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('weekly_minutes', 'integer', (c) => c.notNull().defaultTo(2220))
    .addColumn('project_share_bp', 'integer', (c) => c.notNull().defaultTo(10000))
    .addColumn('employed_from', 'text')
    .addColumn('employed_to', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('staff_project').on('staff').column('project_id').execute()

  await db.schema
    .createTable('staff_rate')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('salary_parts_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('annual_salary_ore', 'integer', (c) => c.notNull())
    .addColumn('divisor_minutes', 'integer', (c) => c.notNull())
    .addColumn('hourly_rate_ore', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('staff_rate_staff').on('staff_rate').columns(['staff_id', 'valid_from']).execute()

  await db.schema
    .createTable('budget_line')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('category_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('budget_line_project').on('budget_line').columns(['project_id', 'year']).execute()

  await db.schema
    .createTable('posting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('budget_line_id', 'integer', (c) => c.notNull().references('budget_line.id'))
    .addColumn('posting_date', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('minutes', 'integer')
    .addColumn('hourly_rate_ore', 'integer')
    .addColumn('staff_rate_id', 'integer', (c) => c.references('staff_rate.id'))
    .addColumn('amount_ore', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reverses_posting_id', 'integer', (c) => c.references('posting.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('posting_project').on('posting').columns(['project_id', 'posting_date']).execute()
  await db.schema.createIndex('posting_line').on('posting').column('budget_line_id').execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('os_user', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('project_id', 'integer')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('reason', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute()
  await db.schema.createIndex('audit_log_project').on('audit_log').column('project_id').execute()

  // The three grant pools the product ships with (fixtures: seed-projects.json). Their rules are
  // added by the domains that use them (budget, meetings, participants) in their own migrations.
  const now = new Date().toISOString()
  for (const [key, name, financeAct] of [
    ['FSM2', 'Flere skal med 2', '§ 17.46.64.20'],
    ['FSM1', 'Flere skal med', ''],
    ['HRF', 'Håndholdt ressourceforløb', '§ 17.46.78.30']
  ] as const) {
    await sql`insert into grant_pool (key, name, finance_act, created_at, updated_at) values (${key}, ${name}, ${financeAct}, ${now}, ${now})`.execute(db)
  }
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
