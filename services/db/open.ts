// Opens a Puljestyr database: creates it on first use, refuses a database that a newer or a
// different version of the app wrote, and runs this version's pending migrations.
import path from 'node:path'
import { Migrator, type Kysely } from 'kysely'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { migrations, migrationNames } from './migrations'
import type { Database } from './schema'
import { appliedMigrationNames, busyAsDomainError, kyselyFor, openSqliteFile, quickCheck, type SqliteHandle } from './sqlite'

export interface OpenDatabase {
  db: Kysely<Database>
  handle: SqliteHandle
  file: string
  close(): Promise<void>
}

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

export async function openDatabase(file: string): Promise<OpenDatabase> {
  const resolved = path.resolve(file)
  let handle: SqliteHandle
  try {
    handle = openSqliteFile(resolved)
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DomainError('database', da.audit.errors.quickCheck(resolved, (e as Error).message))
    const busy = busyAsDomainError(e, resolved)
    if (busy !== e) throw busy
    throw new DomainError('database', `Databasen ${resolved} kan ikke åbnes: ${(e as Error).message}`)
  }
  try {
    // A damaged file is refused before anything reads or writes it (issue #13).
    const quick = quickCheck(handle)
    if (quick !== 'ok') throw new DomainError('database', da.audit.errors.quickCheck(resolved, quick))
    checkMigrationPrefix(appliedMigrationNames(handle), migrationNames, resolved)
  } catch (e) {
    handle.close()
    if ((e as { code?: string }).code === 'SQLITE_CORRUPT' || (e as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new DomainError('database', da.audit.errors.quickCheck(resolved, (e as Error).message))
    }
    throw busyAsDomainError(e, resolved)
  }
  const db = kyselyFor(handle)
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const result = await migrator.migrateToLatest()
  if (result.error) {
    await db.destroy()
    const busy = busyAsDomainError(result.error, resolved)
    if (busy !== result.error) throw busy
    throw new DomainError('database', `Databasen ${resolved} kunne ikke opdateres: ${String((result.error as Error).message ?? result.error)}`)
  }
  return {
    db,
    handle,
    file: resolved,
    close: async () => {
      await db.destroy()
    }
  }
}
