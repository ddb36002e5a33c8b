// One writer at a time (issue #13): a second writer waits the busy timeout, then gets a Danish
// «optaget» message (the CLI prints it); the demo is created in one transaction.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { da } from '@shared/texts/da'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { testDialect } from '../../support/dialect'

let rt: TestRuntime
const onSqlite = testDialect() === 'sqlite'
beforeEach(async () => {
  if (onSqlite) rt = await createTestRuntime()
})
afterEach(async () => {
  if (onSqlite) await rt.close()
})

const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')

// SQLite's file, lock and -wal handling; the team database has its own (issue #15).
describe.skipIf(testDialect() !== 'sqlite')('one writer at a time', () => {
  it('a write while another connection holds the write lock waits, then says the database is busy', async () => {
    const other = new BetterSqlite3(rt.file)
    other.exec('begin immediate')
    try {
      const started = Date.now()
      const err = await rt.callError('demo.open', {})
      expect(Date.now() - started).toBeGreaterThanOrEqual(4000) // waited the busy timeout
      expect(err.code).toBe('database')
      expect(err.message).toContain('er optaget af et andet Puljestyr-vindue eller en anden proces')
      expect(err.message).toContain('Prøv igen')
    } finally {
      other.exec('rollback')
      other.close()
    }
    // Once the other writer is done, the same call succeeds.
    expect((await rt.call('demo.open', {})).created).toBe(true)
  }, 60_000)

  it('the CLI prints the real reason, not «Der opstod en uventet fejl»', () => {
    const other = new BetterSqlite3(rt.file)
    other.exec('begin immediate')
    try {
      const r = spawnSync(process.execPath, [cli, 'demo', '--db', rt.file], { encoding: 'utf8' })
      expect(r.status).not.toBe(0)
      expect(r.stderr).toContain('er optaget af')
      expect(r.stderr).not.toContain('uventet')
    } finally {
      other.exec('rollback')
      other.close()
    }
  }, 60_000)

  it('a write lock released within the busy timeout lets the second writer through', async () => {
    // Another process holds the write lock for 1,5 seconds, then commits.
    const child = spawn(process.execPath, [
      '-e',
      `const D=require(${JSON.stringify(createRequire(__filename).resolve('better-sqlite3'))});const d=new D(${JSON.stringify(rt.file)});d.exec('begin immediate');console.log('locked');setTimeout(()=>{d.exec('commit');d.close()},1500)`
    ])
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    expect((await rt.call('demo.open', {})).created).toBe(true)
  }, 60_000)
})

// The demo in one transaction uses SQLite's raw handle (services/demo/demo.ts); on the team database
// each part is its own transaction, and this test's trigger is SQLite's syntax.
describe.skipIf(!onSqlite)('the demo is one transaction', () => {
  it('a failure half-way leaves nothing, and a rerun creates the whole demo', async () => {
    // The meetings part of the demo fails (after project, staff, budget and hours are written).
    const raw = new BetterSqlite3(rt.file)
    raw.exec("create trigger fail_demo before insert on meeting begin select raise(abort, 'simulated crash'); end")
    raw.close()
    await expect(rt.call('demo.open', {})).rejects.toThrow(da.common.unknownError)
    const check = new BetterSqlite3(rt.file, { readonly: true })
    for (const table of ['project', 'staff', 'budget_line', 'time_entry', 'posting', 'audit_log']) {
      expect((check.prepare(`select count(*) n from ${table}`).get() as { n: number }).n, table).toBe(0)
    }
    check.close()
    const fix = new BetterSqlite3(rt.file)
    fix.exec('drop trigger fail_demo')
    fix.close()
    const r = await rt.call('demo.open', {})
    expect(r.created).toBe(true)
    const counts = new BetterSqlite3(rt.file, { readonly: true })
    expect((counts.prepare('select count(*) n from meeting').get() as { n: number }).n).toBe(15)
    expect((counts.prepare('select count(*) n from participant').get() as { n: number }).n).toBe(168)
    counts.close()
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  }, 120_000)
})
