// THE one place for PostgreSQL-specific code (the team database): the pool with type parsers that
// give numbers back as numbers, one writer at a time, the translation of the migrations' SQLite
// column types, the applied-migrations check, and what `verify` and `copy` ask of the database
// (its schema, the schema this version's migrations create, the identity sequences). Services never
// import this file: they see kysely only.
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type KyselyPlugin,
  type OperationNode,
  type PostgresDialectConfig,
  type RootOperationNode,
  type TransactionSettings
} from 'kysely'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { DomainError } from '@shared/errors'
import { unitMessages } from '@shared/texts/da/common'
import type { Database } from './schema'
import { migrationNames, migrations } from './migrations'
import type { SchemaObject } from './dialect'

const OID = { int8: 20, numeric: 1700 } as const

/** bigint (count, ids) and numeric (sum of bigint) as JS numbers: money is integer øre, far below 2^53. */
function parseWholeNumber(text: string): number {
  const n = Number(text)
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new DomainError('database', unitMessages.numberTooBig(text))
  return n
}

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8 || oid === OID.numeric) return parseWholeNumber
    return pg.types.getTypeParser(oid, format ?? 'text')
  }
} as pg.CustomTypesConfig

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target)
}

/** The connection string without its password, for messages and the app's "database" line. */
export function redactPostgresUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}

/** How long a writer waits for another writer before the user is told the database is busy. */
export const LOCK_TIMEOUT_MS = 30_000

export function openPostgresPool(url: string, options: { max?: number } = {}): pg.Pool {
  // lock_timeout: a writer queued behind a long one (a demo, a copy) gets the Danish «optaget»
  // message (services/db/dialect.ts) instead of waiting for ever.
  return new pg.Pool({ connectionString: url, types: typeParsers, max: options.max ?? 10, options: `-c lock_timeout=${LOCK_TIMEOUT_MS}` })
}

/** Any fixed number: the key of the transaction lock that makes writers take turns. */
const WRITER_LOCK = 0x70756c6a // 'pulj'

/**
 * One writer at a time, as on SQLite (`begin immediate`): every transaction that may write takes
 * the writer lock first, so everything it reads is what the previous writer committed. Without it,
 * two managers approving the same month would both read «signed» and both post the salary (READ
 * COMMITTED sees the other's commit only after its own checks), and two appends to the audit chain
 * would read the same last hash. Read-only transactions (`verify`, a copy's source) skip it.
 * The lock is held until commit or rollback (pg_advisory_xact_lock).
 */
class WriterLockPostgresDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings)
    if (settings.accessMode !== 'read only') await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITER_LOCK})`))
  }
}

class TeamPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig
  constructor(config: PostgresDialectConfig) {
    super(config)
    this.#config = config
  }
  override createDriver(): Driver {
    return new WriterLockPostgresDriver(this.#config)
  }
}

export function kyselyForPostgres(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new TeamPostgresDialect({ pool }) })
}

/**
 * A PostgreSQL client program (pg_dump, pg_restore): in PG_BIN when set (and only there), else the
 * newest /usr/lib/postgresql/<n>/bin (Debian), else on the PATH. null when not installed.
 */
export function findPostgresProgram(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const exe = process.platform === 'win32' ? `${name}.exe` : name
  const dirs: string[] = []
  if (env.PG_BIN) dirs.push(env.PG_BIN)
  else {
    const debian = '/usr/lib/postgresql'
    if (fs.existsSync(debian)) for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, v, 'bin'))
    for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir)
  }
  return dirs.map((d) => path.join(d, exe)).find((file) => fs.existsSync(file)) ?? null
}

/**
 * One connection to try a connection string (the settings' «Test forbindelsen»): who logs in, which
 * database and server, and the migrations applied there. PostgreSQL's or the network's error as it is.
 */
export async function probePostgres(url: string, timeoutMs: number): Promise<{ user: string; database: string; server: string; applied: string[] }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    const who = await client.query<{ user: string; database: string; server: string }>(
      `select session_user as "user", current_database() as "database", current_setting('server_version') as "server"`
    )
    const hasSchema = (await client.query<{ t: string | null }>(`select to_regclass('kysely_migration')::text as t`)).rows[0]?.t
    const applied = hasSchema
      ? (await client.query<{ name: string }>('select name from kysely_migration order by timestamp, name')).rows.map((r) => r.name)
      : []
    return { ...who.rows[0]!, applied }
  } finally {
    await client.end().catch(() => {})
  }
}

/** The role this connection logged in as: who did what on the team database (the audit trail's user). */
export async function sessionUser(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ u: string }>`select session_user as u`.execute(db)
  return r.rows[0]!.u
}

/** Names of migrations that kysely recorded as applied, in the order they ran. */
export async function appliedMigrationNamesPostgres(db: Kysely<Database>): Promise<string[]> {
  const exists = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db)
  if (!exists.rows[0]?.t) return []
  const rows = await sql<{ name: string }>`select name from kysely_migration order by timestamp, name`.execute(db)
  return rows.rows.map((r) => r.name)
}

/**
 * The migrations are written once, in SQLite's types. On PostgreSQL: every integer is a bigint (øre
 * sums and ids never overflow, and the type parser above returns them as numbers), an
 * autoincrement key is an identity column (by default, so that `copy` can keep ids), and a blob is
 * bytea. Applied only to the migrator's connection, so no service query is rewritten.
 */
export const postgresSchemaPlugin: KyselyPlugin = {
  transformQuery({ node }) {
    if (node.kind !== 'CreateTableNode') return node
    const table = node as RootOperationNode & { columns: readonly ColumnDefinition[] }
    return Object.freeze({ ...table, columns: Object.freeze(table.columns.map(translateColumn)) }) as RootOperationNode
  },
  async transformResult({ result }) {
    return result
  }
}

interface ColumnDefinition extends OperationNode {
  dataType: OperationNode & { dataType?: string }
  autoIncrement?: boolean
  generated?: OperationNode
}

const TYPES: Record<string, string> = { integer: 'bigint', blob: 'bytea' }

function translateColumn(column: ColumnDefinition): ColumnDefinition {
  const dataType = column.dataType.kind === 'DataTypeNode' ? column.dataType.dataType : undefined
  const translated = dataType ? TYPES[dataType] : undefined
  const out: ColumnDefinition = { ...column }
  if (translated) out.dataType = Object.freeze({ kind: 'DataTypeNode' as const, dataType: translated })
  if (column.autoIncrement) {
    out.autoIncrement = false
    out.generated = Object.freeze({ kind: 'GeneratedNode' as const, byDefault: true, identity: true })
  }
  return Object.freeze(out)
}

// --- What `verify` asks of PostgreSQL ------------------------------------------------------------

/** kysely's own bookkeeping: not made by the migrations' `up`, checked through the list of applied names instead. */
const KYSELY_TABLES = new Set(['kysely_migration', 'kysely_migration_lock'])

/**
 * The schema of `schema` (default: the connection's current schema) as comparable text: tables with
 * their columns, constraints and row-level security, indexes, views, triggers, functions, rules and
 * policies, each with its definition as PostgreSQL prints it and the schema's name taken out.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the catalogs are read
export async function readSchemaPostgres(db: Kysely<any>, schema?: string): Promise<SchemaObject[]> {
  const ns = schema ?? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s
  const strip = (text: string | null) => (text === null ? null : text.split(`"${ns}".`).join('').split(`${ns}.`).join('').split('pg_temp.').join(''))
  const out: SchemaObject[] = []
  const tables = await sql<{ name: string; kind: string; oid: number; rls: boolean; force: boolean }>`
    select c.relname as name, c.relkind as kind, c.oid::int8 as oid, c.relrowsecurity as rls, c.relforcerowsecurity as force
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${ns} and c.relkind in ('r', 'p', 'v', 'm', 'f')`.execute(db)
  for (const t of tables.rows) {
    if (KYSELY_TABLES.has(t.name)) continue
    if (t.kind === 'v' || t.kind === 'm') {
      const def = await sql<{ d: string }>`select pg_get_viewdef(${t.oid}::oid) as d`.execute(db)
      out.push({ type: 'view', name: t.name, sql: strip(def.rows[0]!.d) })
      continue
    }
    const columns = await sql<{ d: string }>`
      select a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end
             || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
             || case a.attidentity when 'd' then ' identity by default' when 'a' then ' identity always' else '' end
             || case when a.attgenerated <> '' then ' generated' else '' end as d
      from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where a.attrelid = ${t.oid}::oid and a.attnum > 0 and not a.attisdropped order by a.attnum`.execute(db)
    const constraints = await sql<{ d: string }>`
      select conname || ' ' || pg_get_constraintdef(oid) as d from pg_constraint where conrelid = ${t.oid}::oid order by conname`.execute(db)
    const parts = [...columns.rows.map((r) => r.d), ...constraints.rows.map((r) => r.d)]
    if (t.rls) parts.push('row level security')
    if (t.force) parts.push('force row level security')
    out.push({ type: 'table', name: t.name, sql: strip(parts.join(',\n')) })
  }
  const others = await sql<SchemaObject>`
    select 'index' as type, i.relname as name, pg_get_indexdef(i.oid) as sql
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${ns} and c.relname not like 'kysely_migration%'
    union all
    select 'trigger', t.tgname || ' on ' || c.relname, pg_get_triggerdef(t.oid)
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${ns} and not t.tgisinternal
    union all
    select 'function', p.proname, pg_get_functiondef(p.oid)
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = ${ns}
    union all
    select 'rule', r.rulename || ' on ' || c.relname, pg_get_ruledef(r.oid)
      from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${ns} and r.rulename <> '_RETURN'
    union all
    select 'policy', p.polname || ' on ' || c.relname,
           p.polcmd::text || ' ' || p.polpermissive::text || ' ' || coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' / ' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${ns}`.execute(db)
  for (const o of others.rows) out.push({ type: o.type, name: o.name, sql: strip(o.sql) })
  return out
}

let expectedPostgres: Promise<SchemaObject[]> | null = null

/**
 * The schema this version's migrations create on PostgreSQL, described as readSchemaPostgres
 * describes a database: every migration's `up` run in the connection's temporary schema inside a
 * transaction that is rolled back, so nothing is left behind and a role that may only read (a
 * revisor may create temporary tables, as every role may by default) can check too. Once per process.
 */
export function expectedSchemaPostgres(db: Kysely<Database>): Promise<SchemaObject[]> {
  return (expectedPostgres ??= db
    .connection()
    .execute(async (conn) => {
      // A plain `begin` on one connection: not db.transaction(), which would queue behind the writer lock.
      await sql`begin`.execute(conn)
      try {
        await sql`set local search_path = pg_temp`.execute(conn)
        const migrating = conn.withPlugin(postgresSchemaPlugin)
        for (const name of migrationNames) await migrations[name]!.up(migrating)
        const ns = (await sql<{ s: string }>`select nspname as s from pg_namespace where oid = pg_my_temp_schema()`.execute(conn)).rows[0]!.s
        return await readSchemaPostgres(conn, ns)
      } finally {
        await sql`rollback`.execute(conn)
      }
    })
    .catch((e: unknown) => {
      expectedPostgres = null
      throw e
    }))
}

/**
 * PostgreSQL's own check of its files: data pages whose checksum failed since the server started
 * (only where the cluster has data checksums, `initdb --data-checksums`). "ok" or the count.
 */
export async function integrityPostgres(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ n: number | null }>`select checksum_failures as n from pg_stat_database where datname = current_database()`.execute(db)
  const n = r.rows[0]?.n ?? 0
  return n === 0 ? 'ok' : `${n}`
}

/** After rows were written with their ids (a copy): each identity sequence continues after the highest id. */
export async function advanceIdSequences(db: Kysely<Database>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest((select max(id) from ${sql.table(table)}), 1), (select count(*) > 0 from ${sql.table(table)}))`.execute(
      db
    )
  }
}

/** The highest id a table's sequence has handed out (0 if none): a copy's new ids start after it. */
export async function highestIdPostgres(db: Kysely<Database>, table: string): Promise<number> {
  const seq = await sql<{ s: string | null }>`select pg_get_serial_sequence(${table}, 'id') as s`.execute(db)
  const name = seq.rows[0]?.s
  const max = (await sql<{ m: number | null }>`select max(id) as m from ${sql.table(table)}`.execute(db)).rows[0]?.m ?? 0
  if (!name) return max
  const r = await sql<{ v: number; called: boolean }>`select last_value as v, is_called as called from ${sql.raw(name)}`.execute(db)
  const last = r.rows[0]!.called ? r.rows[0]!.v : r.rows[0]!.v - 1
  return Math.max(max, last)
}
