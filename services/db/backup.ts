// Backups and restore (issue #13). A backup is SQLite's online backup, checked with
// integrity_check. A restore checks the copy (integrity and verify), refuses while another
// connection writes the target, keeps the replaced file aside, and removes the target's -wal and
// -shm: a stale -wal left by a crash would otherwise be replayed onto the restored copy.
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DomainError } from '@shared/errors'
import { backupTexts } from '@shared/texts/da/audit'
import { verifyDatabaseFile } from '../audit/verify'
import { integrityCheck, isBusyError, type SqliteHandle } from './sqlite'

export async function backupDatabase(handle: SqliteHandle, outFile: string, options: { force?: boolean } = {}): Promise<void> {
  const out = path.resolve(outFile)
  if (fs.existsSync(out) && !options.force) throw new DomainError('conflict', backupTexts.outExists(out), { field: 'out' })
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const tmp = `${out}.tmp-${process.pid}`
  await handle.backup(tmp)
  const check = new BetterSqlite3(tmp, { readonly: true })
  const result = integrityCheck(check)
  check.close()
  if (result !== 'ok') {
    fs.rmSync(tmp, { force: true })
    throw new DomainError('database', backupTexts.backupDamaged(out, result))
  }
  fs.renameSync(tmp, out)
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-')
}

export async function restoreDatabase(fromFile: string, targetFile: string, now: Date = new Date()): Promise<{ asideFile: string | null }> {
  const from = path.resolve(fromFile)
  const target = path.resolve(targetFile)
  if (!fs.existsSync(from)) throw new DomainError('not_found', backupTexts.copyMissing(from), { field: 'from' })
  const copy = new BetterSqlite3(from, { readonly: true, fileMustExist: true })
  try {
    const integrity = integrityCheck(copy)
    if (integrity !== 'ok') throw new DomainError('database', backupTexts.copyDamaged(from, integrity))
  } catch (e) {
    copy.close()
    throw (e as { code?: string }).code === 'SQLITE_NOTADB' ? new DomainError('database', backupTexts.copyDamaged(from, (e as Error).message)) : e
  }
  const report = await verifyDatabaseFile(from)
  if (!report.ok) {
    copy.close()
    throw new DomainError('database', backupTexts.copyNotVerified(from, report.findings[0]?.message ?? ''))
  }
  // A consistent copy of the copy, written next to the target (same disk, so the rename is atomic).
  const staged = `${target}.gendannes-${process.pid}`
  await copy.backup(staged)
  copy.close()

  let asideFile: string | null = null
  if (fs.existsSync(target)) {
    const current = new BetterSqlite3(target, { fileMustExist: true })
    try {
      current.pragma('busy_timeout = 0')
      try {
        current.exec('begin immediate')
        current.exec('rollback')
      } catch (e) {
        if (isBusyError(e)) throw new DomainError('database', backupTexts.targetBusy(target))
        throw e
      }
      // The replaced file is kept aside whole (its -wal included, through the online backup).
      asideFile = target.replace(/(\.db)?$/, `.før-gendannelse-${stamp(now)}.db`)
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
