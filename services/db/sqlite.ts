// THE one place for SQLite-specific code: opening the file, pragmas, online backup, integrity.
// Everything else talks to the database through kysely's portable query builder, so that a
// PostgreSQL dialect can be added later for a shared team database.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  Migrator,
  sql,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DialectAdapter,
  type DatabaseConnection,
  type Driver
} from 'kysely'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from './schema'
import type { SchemaObject } from './dialect'
import { walkLog } from './walLog'

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
  readonly #hook: CommitHook | null
  /** One entry per open transaction: a savepoint's name, or null for the outermost. */
  readonly #open: (string | null)[] = []
  constructor(handle: SqliteHandle, hook: CommitHook | null) {
    super({ database: withStatementCache(handle) })
    this.#handle = handle
    this.#hook = hook
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
    this.#hook?.begun()
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const name = this.#open.pop()
    if (name) return void (await connection.executeQuery(CompiledQuery.raw(`release ${name}`)))
    this.#hook?.committing()
    await connection.executeQuery(CompiledQuery.raw('commit'))
    await this.#hook?.committed()
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const name = this.#open.pop()
    if (!name) this.#hook?.rolledBack()
    if (name) {
      await connection.executeQuery(CompiledQuery.raw(`rollback to ${name}`))
      await connection.executeQuery(CompiledQuery.raw(`release ${name}`))
    } else await connection.executeQuery(CompiledQuery.raw('rollback'))
  }
}

/** Statements kept per connection: the services' queries are a few hundred distinct texts. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * The handle as kysely's driver sees it, with its prepared statements kept and reused: the driver
 * prepares every query anew, and preparing cost a fifth of a typical call's database time (#14). A
 * statement still busy (a query being iterated) is not handed out twice: a new one is prepared.
 */
function withStatementCache(handle: SqliteHandle): { prepare(sql: string): BetterSqlite3.Statement; close(): void } {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    prepare(sql) {
      const kept = cache.get(sql)
      if (kept && !kept.busy) return kept
      const statement = handle.prepare(sql)
      if (!kept) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!)
        cache.set(sql, statement)
      }
      return statement
    },
    close: () => handle.close()
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
  readonly #hook: CommitHook | null
  constructor(handle: SqliteHandle, hook: CommitHook | null) {
    super({ database: handle })
    this.#handle = handle
    this.#hook = hook
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#handle, this.#hook)
  }
  override createAdapter(): DialectAdapter {
    return new HandleSqliteAdapter(this.#handle)
  }
}

/** SQLite's adapter, carrying the connection's handle so that a bulk write can find it (below). */
class HandleSqliteAdapter extends SqliteAdapter {
  readonly handle: SqliteHandle
  constructor(handle: SqliteHandle) {
    super()
    this.handle = handle
  }

  /**
   * SQLite runs DDL inside transactions, so kysely's Migrator may run all pending migrations as one
   * (its SQLite adapter says no, and then runs them without any): a process killed half-way through
   * leaves the file as it was, never some tables of a migration without its record, which the next
   * start would fail to create again.
   */
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

const insertStatements = new WeakMap<SqliteHandle, Map<string, BetterSqlite3.Statement>>()

/**
 * For bulk writes (an import of many rows): a prepared INSERT of `rows` rows of `columns` into
 * `table` on the connection under `db` (a kysely instance or transaction), run inside the caller's
 * transaction with the rows' values one after another (`rows` × `columns` values) and giving the last
 * new row's id (the rows of one INSERT get ascending ids in the order of their values). Null when
 * `db` is not SQLite. A prepared statement kept and run again costs a fraction of building, compiling
 * and binding an INSERT each time; one of several rows saves most of a statement's cost per row (#14).
 * `literals`: columns with the same value in every row, written into the statement as SQL literals
 * (see sqlLiteral) instead of bound for each row; `values` then holds the other columns' values only.
 * Such a statement is the caller's alone (not kept for others).
 */
export function preparedSqliteInsert(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: table and columns are given by the caller
  db: Kysely<any>,
  table: string,
  columns: readonly string[],
  rows = 1,
  literals: Readonly<Record<string, string>> = {}
): ((values: unknown[]) => number) | null {
  const adapter = db.getExecutor().adapter
  if (!(adapter instanceof HandleSqliteAdapter)) return null
  const handle = adapter.handle
  const tuple = `(${columns.map((c) => (Object.hasOwn(literals, c) ? literals[c] : '?')).join(', ')})`
  const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`
  let statement: BetterSqlite3.Statement | undefined
  if (Object.keys(literals).length > 0) statement = handle.prepare(text)
  else {
    let cache = insertStatements.get(handle)
    if (!cache) insertStatements.set(handle, (cache = new Map()))
    statement = cache.get(text)
    if (!statement) cache.set(text, (statement = handle.prepare(text)))
  }
  const prepared = statement
  return (values) => Number(prepared.run(values).lastInsertRowid)
}

/**
 * A value as an SQL literal that stores what binding it stores: null, a safe integer, or a text
 * without NUL or surrogates (quotes doubled). Null for any other value (bind it instead).
 */
export function sqlLiteral(value: unknown): string | null {
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null
  // eslint-disable-next-line no-control-regex -- NUL ends SQLite's reading of a statement's text
  if (typeof value === 'string') return /[\u0000\ud800-\udfff]/.test(value) ? null : `'${value.replaceAll("'", "''")}'`
  return null
}

/**
 * What is told of a connection's outermost transactions (recordCarry.ts): begun (the write lock held),
 * about to commit (the lock still held), committed. Never throws: it may only learn, not refuse.
 */
export interface CommitHook {
  begun(): void
  committing(): void
  committed(): Promise<void>
  rolledBack(): void
}

export function kyselyFor(handle: SqliteHandle, hook: CommitHook | null = null): Kysely<Database> {
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect(handle, hook) })
}

/**
 * What a file looks like from outside before it is opened: device, inode, size, modification and
 * change time of the file, and what a write-ahead log beside it holds (walLog.ts walkLog; not the log's own
 * times, which SQLite's bookkeeping moves, such as giving a log it creates the file's owner, nor its
 * inode, new each session). A session that only reads leaves all of them as they were; a write, a
 * restore or a copy changes them. The change time (ctime) is what a user cannot set back: an edit
 * whose modification time is put back afterwards (`touch -r`) still moves it, so nothing remembered
 * about the file before the edit is taken for it after.
 */
export function fileStamp(file: string): string | null {
  try {
    return `${mainFileStamp(file)}|${walkLog(`${file}-wal`)!.content}`
  } catch {
    // No stamp: nothing remembered is taken for the file (it is checked again).
    return null
  }
}

/** The part of a stamp that is the file's own: device, inode, size, modification and change time (throws where it cannot be read). */
export function mainFileStamp(file: string): string {
  const st = fs.statSync(file, { bigint: true })
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`
}

/**
 * The folder of the records kept about files (stampRecord, verify's reports): in the user's temporary
 * folder, so a reboot forgets them. Null where it cannot be trusted: on a shared machine another user
 * could have made it first (the temporary folder is everyone's) and put in a record that vouches for a
 * file the checks never saw; so it must be a real folder (not a link), the user's own, that no one
 * else may write to.
 */
function recordFolder(): string | null {
  const uid = typeof process.getuid === 'function' ? process.getuid() : null
  const dir = path.join(os.tmpdir(), `puljestyr-${uid ?? 'u'}-checked`)
  try {
    fs.mkdirSync(dir, { mode: 0o700 })
  } catch {
    // there already, or cannot be made: judged below
  }
  try {
    const st = fs.lstatSync(dir)
    if (!st.isDirectory()) return null
    // Where the system has no users and modes (Windows), the temporary folder is the user's own.
    if (uid !== null && (st.uid !== uid || (st.mode & 0o022) !== 0)) return null
    return dir
  } catch {
    return null
  }
}

/**
 * Where something remembered about a file as a stamp describes it is kept (`suffix` says what), or
 * null where no record can be trusted (recordFolder). Two files sharing a record only means a check too many.
 */
export function fileRecordPath(file: string, suffix: string): string | null {
  const dir = recordFolder()
  if (dir === null) return null
  // The record's name: the path hashed (FNV-1a) and the file's own name.
  const full = path.resolve(file)
  let pathHash = 0x811c9dc5
  for (let i = 0; i < full.length; i++) pathHash = Math.imul(pathHash ^ full.charCodeAt(i), 0x01000193) >>> 0
  return path.join(dir, `${pathHash.toString(16).padStart(8, '0')}-${path.basename(full).replace(/[^\w.-]/g, '_')}${suffix}`)
}

/** A record's text, or null when there is none that can be trusted (a link, or another user's file). */
export function readRecord(record: string | null): string | null {
  if (record === null) return null
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : null
    const st = fs.lstatSync(record)
    if (!st.isFile() || (uid !== null && st.uid !== uid)) return null
    return fs.readFileSync(record, 'utf8')
  } catch {
    return null
  }
}

/** Keeps a record (readable by the user only); where it cannot be written, the next ask checks again. */
export function writeRecord(record: string | null, text: string): void {
  if (record === null) return
  // Written beside and renamed over the old one, so a reader never sees half of it and a link in its place is replaced, not followed.
  const part = `${record}.${process.pid}.tmp`
  try {
    fs.writeFileSync(part, text, { mode: 0o600, flag: 'wx' })
    fs.renameSync(part, record)
  } catch {
    // nowhere to keep it
    fs.rmSync(part, { force: true })
  }
}

/** Where verify's report of `file` is kept (services/audit/verify.ts, verifyDatabaseFileOnce). */
export function verifyRecordPath(file: string): string | null {
  return fileRecordPath(file, '.verify.json')
}

function stampRecord(file: string): string | null {
  return fileRecordPath(file, '')
}

/**
 * True when `file` passed quick_check before and is unchanged since (same stamp): reading all of a
 * large file again on every open made each CLI command on a jobcenter's database cost seconds (#14).
 */
export function checkedBefore(file: string, stamp: string | null): boolean {
  return stamp !== null && readRecord(stampRecord(file)) === stamp
}

/** Remembers that `file`, as `stamp` describes it, passed quick_check. */
export function rememberChecked(file: string, stamp: string | null): void {
  if (stamp !== null) writeRecord(stampRecord(file), stamp)
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

/**
 * SQLite's integrity_check of a file in a worker thread with its own read-only connection, so that
 * it reads the file beside other work (verify's check of the chain) instead of after it (#14).
 */
export function integrityCheckInWorker(file: string): Promise<string> {
  let driver: string
  try {
    driver = createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve('better-sqlite3')
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)))
  }
  return new Promise<string>((resolve, reject) => {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads')
       const Database = require(workerData.driver)
       const db = new Database(workerData.file, { readonly: true, fileMustExist: true })
       try {
         parentPort.postMessage(db.pragma('integrity_check(20)', { simple: false }).map((r) => Object.values(r)[0]).join('; '))
       } finally {
         db.close()
       }`,
      { eval: true, workerData: { file, driver } }
    )
    worker.once('message', (result: string) => resolve(result))
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`integrity_check ended with ${code}`))))
  })
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
    // Loaded here, not with this module: every command opens a database, few verify or copy.
    const { migrations } = await import('./migrations')
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

/**
 * An SQL expression (over audit_log) for what an entry's hash is taken of, as bytes: the previous
 * hash, a newline and the payload as canonical JSON (json_object with `payloadColumns` in sorted
 * order, as services/audit/audit.ts writes it), so that verify need not read each entry's fields
 * into JavaScript (#14). null unless the trail has exactly these columns and id, prev_hash, hash.
 */
export async function entryHashInputSqlite(db: Kysely<Database>, payloadColumns: readonly string[]): Promise<string | null> {
  const columns = (await sql<{ name: string }>`select name from pragma_table_info('audit_log')`.execute(db)).rows.map((r) => r.name)
  if ([...columns].sort().join(',') !== [...payloadColumns, 'id', 'prev_hash', 'hash'].sort().join(',')) return null
  const fields = [...payloadColumns].sort().map((c) => `'${c.replace(/'/g, "''")}', "${c.replace(/"/g, '""')}"`)
  return `cast(prev_hash || char(10) || json_object(${fields.join(', ')}) as blob)`
}

/**
 * A row of `table` (as `t`) written by SQLite as canonicalJson writes it: json_object with the columns
 * in sorted order. Null for a table with blobs (their snapshot is their size and hash). Where SQLite
 * writes a value otherwise (a real number with .0), verify's own comparison decides.
 */
export async function rowJsonSqlite(db: Kysely<Database>, table: string): Promise<string | null> {
  const columns = (await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${table})`.execute(db)).rows
  if (columns.length === 0 || columns.some((c) => /blob/i.test(c.type))) return null
  return `json_object(${columns
    .map((c) => c.name)
    .sort()
    .map((c) => `'${c.replace(/'/g, "''")}', t."${c.replace(/"/g, '""')}"`)
    .join(', ')})`
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
