// Tables of the participants domain: participants under a pseudonym (never a CPR number), their
// group changes, monthly statuses (the KPIs' source), progression answers, the Pareto list's pins
// and exclusions, and a project's own targets. (0002–0005 landed empty, so they stay as they are.)
// Never edit this file once it has landed: add a new numbered migration instead.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('participant')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('intake_date', 'text', (c) => c.notNull())
    .addColumn('intake_group', 'integer', (c) => c.notNull())
    .addColumn('job_broker_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('exit_date', 'text')
    .addColumn('exit_reason', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('participant_pseudonym').on('participant').columns(['project_id', 'pseudonym']).unique().execute()
  await db.schema.createIndex('participant_broker').on('participant').column('job_broker_id').execute()

  await db.schema
    .createTable('participant_group_change')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participant.id').onDelete('cascade'))
    .addColumn('change_date', 'text', (c) => c.notNull())
    .addColumn('to_group', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('participant_group_change_participant').on('participant_group_change').columns(['participant_id', 'change_date']).execute()

  await db.schema
    .createTable('participant_status')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participant.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('act_paid_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_hours_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('act_work_placement', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('act_wage_subsidy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('act_flex_job', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('act_education_su', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('act_education_paid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('act_other', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('passive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('passive_reason', 'text')
    .addColumn('cv_updated_on', 'text')
    .addColumn('job_plan', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('job_goal', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('participant_status_month').on('participant_status').columns(['participant_id', 'month']).unique().execute()
  await db.schema.createIndex('participant_status_project').on('participant_status').columns(['project_id', 'month']).execute()

  await db.schema
    .createTable('participant_progression')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participant.id').onDelete('cascade'))
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('participant_progression_participant').on('participant_progression').columns(['participant_id', 'answered_on']).execute()

  await db.schema
    .createTable('participant_priority')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participant.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('participant_priority_participant').on('participant_priority').column('participant_id').unique().execute()

  await db.schema
    .createTable('participant_project_targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('targets_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('participant_project_targets_project').on('participant_project_targets').column('project_id').unique().execute()
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
