import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../services/db/open'
import { migrationNames } from '../../../services/db/migrations'
import { backupSqlite } from '../../../services/db/sqlite'

/** A file path always opens SQLite (a postgres:// string would open the team database). */
async function openSqlite(file: string) {
  const db = await openDatabase(file)
  if (db.kind !== 'sqlite') throw new Error('expected SQLite')
  return db
}

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-db-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the database', () => {
  it('is created on first open with every migration, WAL mode and foreign keys on', async () => {
    const file = path.join(dir, 'sub', 'new.db')
    const db = await openSqlite(file)
    expect(db.handle.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.handle.pragma('foreign_keys', { simple: true })).toBe(1)
    const applied = (db.handle.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name)
    expect(applied).toEqual(migrationNames)
    const pools = db.handle.prepare('select key from grant_pool order by id').all()
    expect(pools).toEqual([{ key: 'FSM2' }, { key: 'FSM1' }, { key: 'HRF' }])
    await db.close()
  })

  it('lets go of the file when closed, even if nothing was read through it (a restore waits for every connection)', async () => {
    const file = path.join(dir, 'idle.db')
    await (await openSqlite(file)).close()
    const idle = await openSqlite(file)
    await idle.close()
    expect(idle.handle.open).toBe(false)
    // No other connection is left: SQLite leaves WAL mode only for the file's one connection.
    const only = new BetterSqlite3(file)
    only.pragma('busy_timeout = 0')
    expect(only.pragma('journal_mode = DELETE', { simple: true })).toBe('delete')
    only.close()
  })

  it('refuses a database written by a newer version, with a clear message, and leaves it unchanged', async () => {
    const file = path.join(dir, 'newer.db')
    const db = await openDatabase(file)
    await db.close()
    const raw = new BetterSqlite3(file)
    raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999_from_the_future', new Date().toISOString())
    raw.close()
    const before = fs.readFileSync(file)
    await expect(openDatabase(file)).rejects.toThrow(/skrevet af en nyere version af Puljestyr/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a database whose applied migrations are not a prefix of ours', async () => {
    const file = path.join(dir, 'foreign.db')
    const db = await openDatabase(file)
    await db.close()
    const raw = new BetterSqlite3(file)
    raw.prepare('update kysely_migration set name = ? where name = ?').run('0001_other', '0001_core')
    raw.close()
    await expect(openDatabase(file)).rejects.toThrow(/ikke kender/)
  })

  it('backs up with SQLite online backup to a file that opens', async () => {
    const file = path.join(dir, 'live.db')
    const db = await openSqlite(file)
    db.handle
      .prepare(
        "insert into project (pool_id, municipality, title, period_start, period_end, created_at, updated_at) values (1, 'X', 'Y', '2020-01-01', '2020-12-31', 'now', 'now')"
      )
      .run()
    const out = path.join(dir, 'backup', 'copy.db')
    await backupSqlite(db.handle, out)
    await db.close()
    const copy = await openSqlite(out)
    expect(copy.handle.prepare('select title from project').all()).toEqual([{ title: 'Y' }])
    await copy.close()
  })
})
