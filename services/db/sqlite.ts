// THE one place for SQLite-specific code: opening the file, pragmas, online backup, integrity.
// Everything else talks to the database through kysely's portable query builder, so that a
// PostgreSQL dialect can be added later for a shared team database.
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CompiledQuery, Kysely, Migrator, sql, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from './schema'
import { migrations } from './migrations'
import type { SchemaObject } from './dialect'

/** How long a writer waits for another writer (another process) before giving up. */
export const BUSY_TIMEOUT_MS = 5000

export type SqliteHandle = BetterSqlite3.Database

export function openSqliteFile(file: string, options: { readonly?: boolean } = {}): SqliteHandle {
  if (!options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const handle = new BetterSqlite3(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  if (!options.readonly) handle.pragma('journal_mode = WAL')
  handle.pragma('foreign_keys = ON')
  handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  return handle
}

/** True for SQLite's "database is locked / busy" errors. */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'))
}

/** Turns SQLite's busy error into the Danish DomainError; other errors pass unchanged. */
export function busyAsDomainError(e: unknown, file: string): unknown {
  return isBusyError(e) ? new DomainError('database', da.audit.errors.busy(file)) : e
}

// kysely's SQLite driver starts a transaction with a plain (deferred) `begin`: the write lock is
// then taken at the first write, where SQLite cannot wait for it (a deferred reader that wants to
// write gets SQLITE_BUSY at once, whatever busy_timeout says). `begin immediate` takes the write
// lock up front, so the busy timeout applies and two writers queue instead of failing.
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #handle: SqliteHandle
  /** One entry per open transaction: a savepoint's name, or null for the outermost. */
  readonly #open: (string | null)[] = []
  constructor(handle: SqliteHandle) {
    super({ database: handle })
    this.#handle = handle
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Inside an outer transaction (e.g. the demo, made as one): a savepoint, so the inner
    // transaction's rollback undoes only its own part and its commit commits nothing yet.
    if (this.#handle.inTransaction) {
      const name = `nested_${this.#open.length}`
      await connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`))
      this.#open.push(name)
      return
    }
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    } catch (e) {
      throw busyAsDomainError(e, this.#handle.name)
    }
    this.#open.push(null)
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const name = this.#open.pop()
    await connection.executeQuery(CompiledQuery.raw(name ? `release ${name}` : 'commit'))
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const name = this.#open.pop()
    if (name) {
      await connection.executeQuery(CompiledQuery.raw(`rollback to ${name}`))
      await connection.executeQuery(CompiledQuery.raw(`release ${name}`))
    } else await connection.executeQuery(CompiledQuery.raw('rollback'))
  }
}

/** Runs `fn` in one write transaction on the raw handle; kysely transactions inside become savepoints. */
export async function inOneWriteTransaction<T>(handle: SqliteHandle, fn: () => Promise<T>): Promise<T> {
  try {
    handle.exec('begin immediate')
  } catch (e) {
    throw busyAsDomainError(e, handle.name)
  }
  try {
    const result = await fn()
    handle.exec('commit')
    return result
  } catch (e) {
    if (handle.inTransaction) handle.exec('rollback')
    throw e
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #handle: SqliteHandle
  constructor(handle: SqliteHandle) {
    super({ database: handle })
    this.#handle = handle
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#handle)
  }
}

export function kyselyFor(handle: SqliteHandle): Kysely<Database> {
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect(handle) })
}

/** SQLite's quick_check: "ok" or the first problems found. */
export function quickCheck(handle: SqliteHandle): string {
  return (handle.pragma('quick_check(10)', { simple: false }) as Record<string, string>[]).map((r) => Object.values(r)[0]).join('; ')
}

/** SQLite's online backup: a consistent copy while the app may be writing. */
export async function backupSqlite(handle: SqliteHandle, outFile: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true })
  await handle.backup(outFile)
}

/** SQLite's integrity_check: "ok" or the first problems found. */
export function integrityCheck(handle: SqliteHandle): string {
  return (handle.pragma('integrity_check(20)', { simple: false }) as Record<string, string>[]).map((r) => Object.values(r)[0]).join('; ')
}

/** Names of migrations that kysely recorded as applied, in the order they ran. */
export function appliedMigrationNames(handle: SqliteHandle): string[] {
  const exists = handle.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get()
  if (!exists) return []
  return (handle.prepare('select name from kysely_migration order by timestamp, name').all() as { name: string }[]).map((r) => r.name)
}

// --- What `verify` and `copy` ask of SQLite (through kysely, so that a copy's open transaction can be checked) ---

/** The file's schema objects as SQLite keeps them: type, name and the SQL that created them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only sqlite_master is read
export async function readSchemaSqlite(db: Kysely<any>): Promise<SchemaObject[]> {
  const r = await sql<SchemaObject>`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name`.execute(db)
  return r.rows
}

export interface ExpectedSqliteSchema {
  objects: SchemaObject[]
  /** The grant pools migration 0001 seeds, as rows. */
  seedPools: Record<string, unknown>[]
  /** Each table's columns that reference another table's id (the same on both dialects): a copy maps them. */
  foreignKeys: Map<string, { column: string; table: string }[]>
}

let expectedSqlite: Promise<ExpectedSqliteSchema> | null = null

/** What this version's migrations create: run on an empty in-memory database, once per process. */
export function expectedSchemaSqlite(): Promise<ExpectedSqliteSchema> {
  return (expectedSqlite ??= (async () => {
    const handle = new BetterSqlite3(':memory:')
    handle.pragma('foreign_keys = ON')
    const db = kyselyFor(handle)
    try {
      const result = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()
      if (result.error) throw result.error
      const objects = await readSchemaSqlite(db)
      const foreignKeys = new Map<string, { column: string; table: string }[]>()
      for (const o of objects.filter((x) => x.type === 'table')) {
        const keys = handle.prepare(`select "from" as "column", "table" from pragma_foreign_key_list(?)`).all(o.name) as { column: string; table: string }[]
        foreignKeys.set(o.name, keys)
      }
      return { objects, seedPools: handle.prepare('select * from grant_pool order by id').all() as Record<string, unknown>[], foreignKeys }
    } finally {
      await db.destroy()
    }
  })())
}

/**
 * The highest audit entry number SQLite ever handed out (AUTOINCREMENT's counter, which a rollback
 * restores): an entry number above the chain's last means its tail was deleted.
 */
export async function auditCounterSqlite(db: Kysely<Database>): Promise<number | null> {
  const r = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'audit_log'`.execute(db)
  return r.rows[0]?.seq ?? null
}

/** SQLite's integrity_check through kysely: "ok" or the first problems found. */
export async function integritySqlite(db: Kysely<Database>): Promise<string> {
  const r = await sql<Record<string, string>>`pragma integrity_check(20)`.execute(db)
  return r.rows.map((row) => Object.values(row)[0]).join('; ')
}

/** The highest id a table has handed out (AUTOINCREMENT's counter or the largest id): a copy's new ids start after it. */
export async function highestIdSqlite(db: Kysely<Database>, table: string): Promise<number> {
  const seq = (await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table}`.execute(db)).rows[0]?.seq ?? 0
  const max = (await sql<{ m: number | null }>`select max(id) as m from ${sql.table(table)}`.execute(db)).rows[0]?.m ?? 0
  return Math.max(seq, max)
}

/** A read-only kysely on the file: a separate connection whose reads do not wait for, or hold up, a writer. */
export function openSqliteReadOnly(file: string): { handle: SqliteHandle; db: Kysely<Database> } {
  const handle = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  return { handle, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) }) }
}
