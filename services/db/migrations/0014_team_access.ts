// The team database's access rules (issue #15), on PostgreSQL only; on a SQLite file, which one
// person keeps, it does nothing.
// - project_access: which login role may write which project (project_id null: every project and the
//   grant pools' shared rules). IT keeps it with plain SQL (README, «Fællesdatabase på PostgreSQL»);
//   the app's roles may read it, never write it. Who may write at all is the GRANTs' business
//   (resources/sql/team-roles.sql): a revisor or controller has none, whatever this table says.
// - Row-level security on every table a project owns: everyone may read (the GRANTs decide who reads
//   at all); writing a row needs access to its project. Tables without a project_id find it through
//   their parent. The table owner (IT, `migrate`, `copy`) is not bound by the policies.
// - A new project gives the role that created it access to it (a trigger), so a project leader can
//   start a project and go on writing it.
// - An audit entry must name the role that logged in (session_user), unless the owner writes it
//   (a copy keeps the original users): the trail's «who» is the database's, not a typed name.
// Functions are created in the current schema by name, so that `verify` can build this same schema
// in a temporary schema and compare (services/db/postgres.ts, expectedSchemaPostgres).
// Never edit this file once it has landed: add a new numbered migration instead.
import { sql, type Kysely } from 'kysely'
import { databaseKind } from '../dialect'

/** Tables with a project_id column. */
const OWN_PROJECT_ID = [
  'project_grant_year',
  'staff',
  'budget_line',
  'posting',
  'budget_version',
  'budget_instalment',
  'time_settings',
  'time_activity',
  'time_entry',
  'time_month',
  'salary_line_choice',
  'import_batch',
  'import_row',
  'account',
  'meeting_group',
  'meeting_member',
  'meeting',
  'meeting_item',
  'meeting_attachment',
  'meeting_action',
  'participant',
  'participant_status',
  'participant_project_targets',
  'time_week',
  'time_week_posting',
  'quarterly_text',
  'quarterly_pack'
] as const

/** Tables whose project is their parent's: [table, column, parent table]. */
const PARENT_PROJECT = [
  ['staff_rate', 'staff_id', 'staff'],
  ['budget_line_figures', 'version_id', 'budget_version'],
  ['meeting_attendance', 'meeting_id', 'meeting'],
  ['meeting_item_absence', 'item_id', 'meeting_item'],
  ['meeting_follow_up', 'meeting_id', 'meeting'],
  ['meeting_addendum', 'meeting_id', 'meeting'],
  ['participant_group_change', 'participant_id', 'participant'],
  ['participant_progression', 'participant_id', 'participant'],
  ['participant_priority', 'participant_id', 'participant']
] as const

/** The grant pools: shared by every project of the pool, so only a role with access to every project writes them. */
const SHARED = ['grant_pool', 'grant_pool_rules'] as const

/** Every table covered (tests/unit/… checks that no table of the schema is left out). */
export const TEAM_ACCESS_TABLES: readonly string[] = ['project', ...OWN_PROJECT_ID, ...PARENT_PROJECT.map(([t]) => t), ...SHARED]

export async function up(db: Kysely<unknown>): Promise<void> {
  if (databaseKind(db) !== 'postgres') return
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s
  const s = sql.id(schema)
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  await run(sql`create table ${s}.project_access (
    project_id bigint references ${s}.project(id) on delete cascade,
    role_name text not null,
    constraint project_access_unique unique nulls not distinct (role_name, project_id)
  )`)

  await run(sql`create function ${s}.puljestyr_may_write(p bigint) returns boolean language sql stable as $$
    select exists (select 1 from ${s}.project_access a where a.role_name = session_user and (a.project_id is null or a.project_id = p))
  $$`)

  const protect = async (table: string, projectOf: ReturnType<typeof sql>) => {
    const t = sql.id(schema, table)
    await run(sql`alter table ${t} enable row level security`)
    await run(sql`create policy puljestyr_read on ${t} for select using (true)`)
    await run(
      sql`create policy puljestyr_write on ${t} for all using (${s}.puljestyr_may_write(${projectOf})) with check (${s}.puljestyr_may_write(${projectOf}))`
    )
  }
  for (const table of OWN_PROJECT_ID) await protect(table, sql.ref('project_id'))
  for (const [table, column, parent] of PARENT_PROJECT) {
    await protect(table, sql`(select p.project_id from ${sql.id(schema, parent)} p where p.id = ${sql.ref(column)})`)
  }
  for (const table of SHARED) await protect(table, sql`null`)

  // A project: anyone with the GRANT may start one; changing or deleting it needs access to it.
  const project = sql.id(schema, 'project')
  await run(sql`alter table ${project} enable row level security`)
  await run(sql`create policy puljestyr_read on ${project} for select using (true)`)
  await run(sql`create policy puljestyr_create on ${project} for insert with check (true)`)
  await run(sql`create policy puljestyr_update on ${project} for update using (${s}.puljestyr_may_write(id)) with check (${s}.puljestyr_may_write(id))`)
  await run(sql`create policy puljestyr_delete on ${project} for delete using (${s}.puljestyr_may_write(id))`)
  // Runs as the owner (SECURITY DEFINER): the creator may not write project_access themselves.
  await run(sql`create function ${s}.puljestyr_grant_creator() returns trigger language plpgsql security definer set search_path = pg_catalog as $$
    begin
      insert into ${s}.project_access (project_id, role_name) values (new.id, session_user) on conflict do nothing;
      return new;
    end
  $$`)
  await run(sql`create trigger puljestyr_grant_creator after insert on ${project} for each row execute function ${s}.puljestyr_grant_creator()`)

  await run(sql`create function ${s}.puljestyr_audit_actor() returns trigger language plpgsql as $$
    begin
      if new.os_user is distinct from session_user
         and not pg_has_role(session_user, (select c.relowner from pg_catalog.pg_class c where c.oid = tg_relid), 'member') then
        raise exception 'puljestyr_audit_actor: the entry names %, but % is logged in', new.os_user, session_user using errcode = '42501';
      end if;
      return new;
    end
  $$`)
  await run(
    sql`create trigger puljestyr_audit_actor before insert on ${sql.id(schema, 'audit_log')} for each row execute function ${s}.puljestyr_audit_actor()`
  )
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
