// `puljestyr backup` and `puljestyr restore` (issue #13), spawning the built CLI.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { testDialect } from '../../support/dialect'

const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })

let rt: TestRuntime
let demo: string
const onSqlite = testDialect() === 'sqlite'
beforeAll(async () => {
  if (!onSqlite) return
  rt = await createTestRuntime()
  await rt.call('demo.open', {})
  await rt.database.close()
  demo = rt.file
}, 120_000)
afterAll(() => {
  if (onSqlite) fs.rmSync(rt.dir, { recursive: true, force: true })
})

function tables(file: string): Record<string, unknown[]> {
  const h = new BetterSqlite3(file, { readonly: true })
  const out: Record<string, unknown[]> = {}
  for (const { name } of h.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]) {
    out[name] = h.prepare(`select * from "${name}" order by rowid`).all()
  }
  h.close()
  return out
}

// SQLite's file, lock and -wal handling; the team database has its own (issue #15).
describe.skipIf(testDialect() !== 'sqlite')('backup and restore', () => {
  it('backup refuses to overwrite without --force', () => {
    const out = path.join(rt.dir, 'kopi.db')
    expect(run('backup', '--db', demo, '--out', out).status).toBe(0)
    const again = run('backup', '--db', demo, '--out', out)
    expect(again.status).not.toBe(0)
    expect(again.stderr).toContain('findes allerede')
    const forced = run('backup', '--db', demo, '--out', out, '--force')
    expect(forced.status).toBe(0)
    expect(forced.stdout).toContain('integritetskontrol: ok')
  }, 60_000)

  it('a restore over a file with a stale -wal gives the copy, table by table, and keeps the old file aside', () => {
    const copy = path.join(rt.dir, 'kopi2.db')
    expect(run('backup', '--db', demo, '--out', copy).status).toBe(0)
    // The target: the demo with a later change, left with a -wal as after a crash.
    const target = path.join(rt.dir, 'target.db')
    fs.copyFileSync(demo, target)
    const w = new BetterSqlite3(target)
    w.pragma('journal_mode = WAL')
    w.pragma('wal_autocheckpoint = 0')
    w.exec("update project set title = 'Efter kopien'")
    fs.copyFileSync(`${target}-wal`, path.join(rt.dir, 'stale-wal'))
    fs.copyFileSync(`${target}-shm`, path.join(rt.dir, 'stale-shm'))
    w.close()
    fs.copyFileSync(path.join(rt.dir, 'stale-wal'), `${target}-wal`)
    fs.copyFileSync(path.join(rt.dir, 'stale-shm'), `${target}-shm`)

    const r = run('restore', '--from', copy, '--db', target)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(tables(target)).toEqual(tables(copy))
    const verify = run('verify', '--db', target)
    expect(verify.status).toBe(0)
    const aside = fs.readdirSync(rt.dir).find((f) => f.startsWith('target.før-gendannelse-'))!
    expect(r.stdout).toContain(aside)
    const old = new BetterSqlite3(path.join(rt.dir, aside), { readonly: true })
    expect((old.prepare('select title from project').get() as { title: string }).title).toBe('Efter kopien')
    old.close()
  }, 120_000)

  it('refuses a copy that fails verify, and a target another process is writing or has open', () => {
    const bad = path.join(rt.dir, 'bad.db')
    fs.copyFileSync(demo, bad)
    const h = new BetterSqlite3(bad)
    h.exec("update project set title = 'Snyd'")
    h.close()
    const target = path.join(rt.dir, 'target2.db')
    fs.copyFileSync(demo, target)
    const refused = run('restore', '--from', bad, '--db', target)
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain('revisionssporet passer ikke')

    const good = path.join(rt.dir, 'good.db')
    fs.copyFileSync(demo, good)
    const writer = new BetterSqlite3(target)
    writer.exec('begin immediate')
    try {
      const busy = run('restore', '--from', good, '--db', target)
      expect(busy.status).not.toBe(0)
      expect(busy.stderr).toContain('er optaget af')
    } finally {
      writer.exec('rollback')
      writer.close()
    }
    // A running app between two writes: its connection is open but idle. Replacing the file under it
    // would send its next write into the replaced file, so that is refused too.
    const idle = new BetterSqlite3(target)
    idle.pragma('journal_mode = WAL')
    idle.prepare('select count(*) from project').get()
    try {
      const open = run('restore', '--from', good, '--db', target)
      expect(open.status).not.toBe(0)
      expect(open.stderr).toContain('som har den åben')
    } finally {
      idle.close()
    }
    expect(run('restore', '--from', good, '--db', target).status).toBe(0)
  }, 120_000)
})
