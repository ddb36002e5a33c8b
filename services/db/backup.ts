// Backups and restore (issue #13). A backup is SQLite's online backup, checked with
// integrity_check; on the team database PostgreSQL's pg_dump (#15). A restore checks the copy (integrity and verify), refuses while another
// connection has the target open, keeps the replaced file aside, and removes the target's -wal and
// -shm: a stale -wal left by a crash would otherwise be replayed onto the restored copy.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DomainError } from '@shared/errors'
import { backupTexts } from '@shared/texts/da/audit'
import { verifyDatabaseFile } from '../audit/verify'
import { integrityCheck, isBusyError, type SqliteHandle } from './sqlite'
import { findPostgresProgram, redactPostgresUrl } from './postgres'

export async function backupDatabase(handle: SqliteHandle, outFile: string, options: { force?: boolean } = {}): Promise<void> {
  const out = path.resolve(outFile)
  if (fs.existsSync(out) && !options.force) throw new DomainError('conflict', backupTexts.outExists(out), { field: 'out' })
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const tmp = `${out}.tmp-${process.pid}`
  await handle.backup(tmp)
  // One self-contained file (no -wal beside it, whoever opens it later), then SQLite's own check.
  const check = new BetterSqlite3(tmp)
  let result: string
  try {
    check.pragma('journal_mode = DELETE')
    result = integrityCheck(check)
  } finally {
    check.close()
  }
  if (result !== 'ok') {
    fs.rmSync(tmp, { force: true })
    throw new DomainError('database', backupTexts.backupDamaged(out, result))
  }
  fs.renameSync(tmp, out)
}

/**
 * The team database's backup: PostgreSQL's own pg_dump in its custom format (what pg_restore
 * reads), checked by letting pg_restore list the archive. Without pg_dump on this machine the
 * error says exactly what to run instead.
 */
export function backupPostgresDatabase(url: string, outFile: string, options: { force?: boolean } = {}): void {
  const out = path.resolve(outFile)
  if (fs.existsSync(out) && !options.force) throw new DomainError('conflict', backupTexts.outExists(out), { field: 'out' })
  const pgDump = findPostgresProgram('pg_dump')
  if (!pgDump) throw new DomainError('not_found', backupTexts.pgDumpMissing(`pg_dump -Fc -d '${redactPostgresUrl(url)}' -f '${out}'`))
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const tmp = `${out}.tmp-${process.pid}`
  try {
    const dump = spawnSync(pgDump, ['--format=custom', `--dbname=${url}`, `--file=${tmp}`], { encoding: 'utf8' })
    if (dump.status !== 0) throw new DomainError('database', backupTexts.pgDumpFailed((dump.stderr || dump.error?.message || '').trim()))
    const pgRestore = findPostgresProgram('pg_restore')
    if (pgRestore) {
      const list = spawnSync(pgRestore, ['--list', tmp], { encoding: 'utf8' })
      if (list.status !== 0) throw new DomainError('database', backupTexts.pgDumpFailed((list.stderr || '').trim()))
    }
    fs.renameSync(tmp, out)
  } finally {
    fs.rmSync(tmp, { force: true })
  }
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-')
}

function sqliteFailure(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code
  return typeof code === 'string' && code.startsWith('SQLITE_')
}

/** The checks a restore makes of its copy: SQLite's integrity_check, then the whole `verify`. */
export async function checkRestoreCopy(fromFile: string): Promise<void> {
  const from = path.resolve(fromFile)
  if (!fs.existsSync(from)) throw new DomainError('not_found', backupTexts.copyMissing(from), { field: 'from' })
  let copy: SqliteHandle
  try {
    copy = new BetterSqlite3(from, { readonly: true, fileMustExist: true })
  } catch (e) {
    throw new DomainError('database', backupTexts.copyDamaged(from, (e as Error).message))
  }
  try {
    const integrity = integrityCheck(copy)
    if (integrity !== 'ok') throw new DomainError('database', backupTexts.copyDamaged(from, integrity))
  } catch (e) {
    throw sqliteFailure(e) ? new DomainError('database', backupTexts.copyDamaged(from, (e as Error).message)) : e
  } finally {
    copy.close()
  }
  let report: Awaited<ReturnType<typeof verifyDatabaseFile>>
  try {
    report = await verifyDatabaseFile(from)
  } catch (e) {
    // A file damaged where integrity_check(20) did not look, or not a Puljestyr database at all.
    throw sqliteFailure(e) ? new DomainError('database', backupTexts.copyDamaged(from, (e as Error).message)) : e
  }
  if (!report.ok) throw new DomainError('database', backupTexts.copyNotVerified(from, report.findings[0]?.message ?? ''))
}

export async function restoreDatabase(
  fromFile: string,
  targetFile: string,
  now: Date = new Date(),
  options: { copyChecked?: boolean } = {}
): Promise<{ asideFile: string | null }> {
  const from = path.resolve(fromFile)
  const target = path.resolve(targetFile)
  // The app's own restore has checked the copy already, while it still ran on the old file.
  if (!options.copyChecked) await checkRestoreCopy(from)
  // A consistent copy of the copy, written next to the target (same disk, so the rename is atomic).
  const staged = `${target}.gendannes-${process.pid}`
  const copy = new BetterSqlite3(from, { readonly: true, fileMustExist: true })
  try {
    await copy.backup(staged)
  } finally {
    copy.close()
  }

  let asideFile: string | null = null
  if (fs.existsSync(target)) {
    const current = new BetterSqlite3(target, { fileMustExist: true })
    try {
      current.pragma('busy_timeout = 0')
      try {
        // A running Puljestyr keeps its connection open between writes, and its next write would go
        // into the replaced file and be lost. SQLite leaves WAL mode only when no other connection has
        // the file open, so that refuses an idle app too, not only one that writes right now.
        if (current.pragma('journal_mode', { simple: true }) === 'wal') current.pragma('journal_mode = DELETE')
        current.exec('begin immediate')
        current.exec('rollback')
      } catch (e) {
        if (isBusyError(e)) throw new DomainError('database', backupTexts.targetBusy(target))
        throw e
      }
      // The replaced file is kept aside whole (its -wal included, through the online backup).
      asideFile = target.replace(/(\.db)?$/, backupTexts.asideSuffix(stamp(now)))
      await current.backup(asideFile)
    } catch (e) {
      fs.rmSync(staged, { force: true })
      throw e
    } finally {
      current.close()
    }
  }
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true })
  fs.renameSync(staged, target)
  return { asideFile }
}
