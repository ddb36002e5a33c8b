// Opens a Puljestyr database: creates it on first use, refuses a database that a newer or a
// different version of the app wrote, and runs this version's pending migrations. The target is a
// SQLite file (local, the default) or a postgres:// connection string (the team database).
import path from 'node:path'
import { Migrator, type Kysely } from 'kysely'
import type pg from 'pg'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { migrationNames } from './migrations/names'
import type { Database } from './schema'
import {
  appliedMigrationNames,
  busyAsDomainError,
  checkedBefore,
  fileStamp,
  kyselyFor,
  openSqliteFile,
  quickCheck,
  rememberChecked,
  type SqliteHandle
} from './sqlite'
import {
  appliedMigrationNamesPostgres,
  isPostgresTarget,
  kyselyForPostgres,
  openPostgresPool,
  postgresSchemaPlugin,
  redactPostgresUrl,
  sessionUser
} from './postgres'
import { currentOsUser } from '../context'
import { verifyRecord } from '../audit/verifyRecord'
import { quickCheckRecord, recordCarry } from './recordCarry'

interface OpenDatabaseBase {
  db: Kysely<Database>
  /** The file's full path, or the connection string without its password. */
  file: string
  /**
   * Who is recorded as having made each change: the operating-system user on a local file, the
   * role that logged in (session_user) on the team database, where the database, not the app, knows
   * who someone is (and migration 0014 refuses an audit entry that names anyone else).
   */
  user: string
  close(): Promise<void>
}
export interface OpenSqliteDatabase extends OpenDatabaseBase {
  kind: 'sqlite'
  handle: SqliteHandle
}
export interface OpenPostgresDatabase extends OpenDatabaseBase {
  kind: 'postgres'
  pool: pg.Pool
}
export type OpenDatabase = OpenSqliteDatabase | OpenPostgresDatabase

/** Checks the applied migrations against this version's list. Pure, so it can be tested. */
export function checkMigrationPrefix(applied: string[], known: string[], file: string): void {
  for (let i = 0; i < applied.length; i++) {
    if (i >= known.length) throw new DomainError('database', da.core.errors.newerDatabase(file))
    if (applied[i] !== known[i]) {
      if (!known.includes(applied[i]!) && applied.slice(i).every((n) => n > known[known.length - 1]!)) {
        throw new DomainError('database', da.core.errors.newerDatabase(file))
      }
      throw new DomainError('database', da.core.errors.foreignDatabase(file))
    }
  }
}

/** Opens a SQLite file or, for `postgres://…`, the PostgreSQL database it names. */
export async function openDatabase(target: string): Promise<OpenDatabase> {
  return isPostgresTarget(target) ? openPostgresDatabase(target) : openSqliteDatabase(target)
}

async function openSqliteDatabase(file: string): Promise<OpenSqliteDatabase> {
  const resolved = path.resolve(file)
  // Taken before opening: opening in WAL mode adds an empty log beside the file.
  const stamp = fileStamp(resolved)
  let handle: SqliteHandle
  try {
    handle = openSqliteFile(resolved)
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DomainError('database', da.audit.errors.quickCheck(resolved, (e as Error).message))
    const busy = busyAsDomainError(e, resolved)
    if (busy !== e) throw busy
    throw new DomainError('database', da.audit.errors.cannotOpen(resolved, (e as Error).message))
  }
  let applied: string[]
  try {
    // A damaged file is refused before anything reads or writes it (issue #13), unless it passed
    // the check before and has not changed since (#14: quick_check reads the whole file).
    if (!checkedBefore(resolved, stamp)) {
      const quick = quickCheck(handle)
      if (quick !== 'ok') throw new DomainError('database', da.audit.errors.quickCheck(resolved, quick))
      rememberChecked(resolved, stamp)
    }
    applied = appliedMigrationNames(handle)
    checkMigrationPrefix(applied, migrationNames, resolved)
  } catch (e) {
    handle.close()
    if ((e as { code?: string }).code === 'SQLITE_CORRUPT' || (e as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new DomainError('database', da.audit.errors.quickCheck(resolved, (e as Error).message))
    }
    throw busyAsDomainError(e, resolved)
  }
  // What is known about the file (it passed quick_check, verify's report) follows the app's own commits.
  const carry = recordCarry(handle, resolved, [quickCheckRecord(resolved), verifyRecord(resolved)])
  const db = kyselyFor(handle, carry)
  try {
    // Up to date: no migrator, whose introspection of every table costs a CLI command more than its work (#14).
    if (applied.length < migrationNames.length) await migrate(db, resolved)
  } catch (e) {
    await db.destroy()
    throw e
  }
  // kysely's destroy closes the handle only if kysely ever used it (its driver starts on the first
  // query): a worker that has only opened the file must still let go of it (a restore waits for that).
  const close = () =>
    carry.close(async () => {
      await db.destroy()
      if (handle.open) handle.close()
    })
  return { kind: 'sqlite', db, handle, file: resolved, user: currentOsUser(), close }
}

async function openPostgresDatabase(url: string): Promise<OpenPostgresDatabase> {
  const shown = redactPostgresUrl(url)
  const pool = openPostgresPool(url)
  const db = kyselyForPostgres(pool)
  let user: string
  try {
    let applied: string[]
    try {
      user = await sessionUser(db)
      applied = await appliedMigrationNamesPostgres(db)
    } catch (e) {
      throw new DomainError('database', da.audit.errors.cannotOpen(shown, (e as Error).message))
    }
    checkMigrationPrefix(applied, migrationNames, shown)
    // Up to date: no migrator, which would lock its table, so a read-only role (revisor) can open it.
    if (applied.length < migrationNames.length) await migrate(db.withPlugin(postgresSchemaPlugin), shown)
  } catch (e) {
    await db.destroy()
    throw e
  }
  return { kind: 'postgres', db, pool, file: shown, user, close: () => db.destroy() }
}

async function migrate(db: Kysely<Database>, shown: string): Promise<void> {
  const { migrations } = await import('./migrations')
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const result = await migrator.migrateToLatest()
  if (result.error) {
    const busy = busyAsDomainError(result.error, shown)
    if (busy !== result.error) throw busy
    throw new DomainError('database', da.audit.errors.cannotMigrate(shown, String((result.error as Error).message ?? result.error)))
  }
}

/**
 * Runs `fn` on one consistent snapshot of the database, for reading only (a copy's source): a
 * deferred read transaction on the SQLite file, a read-only REPEATABLE READ transaction on the team
 * database (neither waits for a writer nor holds one up).
 */
export async function inReadSnapshot<T>(opened: OpenDatabase, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (opened.kind === 'postgres') return opened.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn)
  opened.handle.prepare('begin').run()
  try {
    return await fn(opened.db)
  } finally {
    if (opened.handle.inTransaction) opened.handle.prepare('rollback').run()
  }
}
