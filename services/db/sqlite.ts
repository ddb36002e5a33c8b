// THE one place for SQLite-specific code: opening the file, pragmas, online backup, integrity.
// Everything else talks to the database through kysely's portable query builder, so that a
// PostgreSQL dialect can be added later for a shared team database.
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'

export type SqliteHandle = BetterSqlite3.Database

export function openSqliteFile(file: string, options: { readonly?: boolean } = {}): SqliteHandle {
  if (!options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const handle = new BetterSqlite3(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  if (!options.readonly) handle.pragma('journal_mode = WAL')
  handle.pragma('foreign_keys = ON')
  handle.pragma('busy_timeout = 5000')
  return handle
}

export function kyselyFor(handle: SqliteHandle): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) })
}

/** SQLite's online backup: a consistent copy while the app may be writing. */
export async function backupSqlite(handle: SqliteHandle, outFile: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true })
  await handle.backup(outFile)
}

export function integrityCheck(handle: SqliteHandle): string {
  return String(handle.pragma('integrity_check', { simple: true }))
}

/** Names of migrations that kysely recorded as applied, in the order they ran. */
export function appliedMigrationNames(handle: SqliteHandle): string[] {
  const exists = handle.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get()
  if (!exists) return []
  return (handle.prepare('select name from kysely_migration order by timestamp, name').all() as { name: string }[]).map((r) => r.name)
}
