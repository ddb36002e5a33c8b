// `verify` against the tampering a revisor fears (issue #13): each case edits the SQLite file
// behind the app's back and must be caught.
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { openDatabase } from '../../../services/db/open'

let rt: TestRuntime
let pristine: string
beforeAll(async () => {
  rt = await createTestRuntime()
  await rt.call('demo.open', {})
  await rt.database.close()
  pristine = path.join(rt.dir, 'pristine.db')
  fs.copyFileSync(rt.file, pristine)
}, 120_000)
afterAll(async () => {
  fs.rmSync(rt.dir, { recursive: true, force: true })
})

/** A fresh copy of the demo, edited with raw SQL, then verified through the API. */
async function tamperAndVerify(...statements: string[]) {
  const file = path.join(rt.dir, `case-${Math.random().toString(36).slice(2)}.db`)
  fs.copyFileSync(pristine, file)
  const raw = new BetterSqlite3(file)
  for (const s of statements) raw.exec(s)
  raw.close()
  const { verifyDatabaseFile } = await import('../../../services/audit/verify')
  return verifyDatabaseFile(file)
}

describe('verify catches what a revisor fears', () => {
  it('passes the untouched demo, with integrity ok and the chain head', async () => {
    const r = await tamperAndVerify()
    expect(r.findings).toEqual([])
    expect(r.ok).toBe(true)
    expect(r.integrity).toBe('ok')
    expect(r.head?.entry).toBe(r.entriesChecked)
  })

  it('`delete from audit_log` plus a change is not «intakt»: every row is unaudited', async () => {
    const r = await tamperAndVerify('delete from audit_log', "update project set title = 'Andet'")
    expect(r.ok).toBe(false)
    expect(r.findings.some((f) => f.kind === 'row_unaudited')).toBe(true)
    expect(r.findings.some((f) => f.kind === 'chain_broken' && f.message.includes('de sidste poster er slettet'))).toBe(true)
    expect(r.findingsTotal).toBeGreaterThan(1000)
  })

  it('a cut-off tail of the trail is caught by SQLite’s sequence', async () => {
    const r = await tamperAndVerify('delete from audit_log where id > (select max(id) - 5 from audit_log)')
    expect(r.findings.some((f) => f.kind === 'chain_broken' && f.message.includes('de sidste poster er slettet'))).toBe(true)
  })

  it('names table, row, column, old and new value of a changed row', async () => {
    const r = await tamperAndVerify('update project_grant_year set amount_ore = 1 where year = 2021')
    const f = r.findings.find((x) => x.kind === 'row_changed')!
    expect(f.entity).toBe('project_grant_year')
    expect(f.column).toBe('amount_ore')
    expect(f.after).toBe('1')
    expect(f.before).toBe('74505300')
    expect(f.message).toContain('kolonnen amount_ore var 74505300, er nu 1')
  })

  it('covers the pools that migration 0001 seeds (no audit entries, compared with the seed)', async () => {
    const r = await tamperAndVerify("update grant_pool set finance_act = '§ 99' where key = 'FSM2'")
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'row_unaudited', entity: 'grant_pool' })])
  })

  it.each(['grant_pool_rules', 'time_settings', 'time_week', 'salary_line_choice', 'quarterly_pack'])(
    'a row written straight into %s is caught',
    async (table) => {
      const raw = new BetterSqlite3(pristine, { readonly: true })
      const cols = raw.prepare(`pragma table_info(${table})`).all() as { name: string; notnull: number; dflt_value: unknown }[]
      raw.close()
      // Fill every required column, whatever this version's schema of the table is.
      const required = cols.filter((c) => c.notnull && c.dflt_value === null && c.name !== 'id')
      const insert = `insert into ${table} (${required.map((c) => c.name).join(', ')}) values (${required.map(() => "'1'").join(', ')})`
      const r = await tamperAndVerify('pragma foreign_keys = off', insert)
      expect(r.findings.map((f) => [f.kind, f.entity])).toContainEqual(['row_unaudited', table])
    }
  )

  it('a trigger added to the file is a schema difference', async () => {
    const r = await tamperAndVerify('create trigger sneaky after insert on time_entry begin update time_entry set minutes = 0 where id = new.id; end')
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'schema', entityId: 'sneaky' })])
    expect(r.findings[0]!.message).toContain('triggeren «sneaky»')
  })

  it('a dropped index and a changed view are schema differences', async () => {
    const r = await tamperAndVerify('drop index audit_log_project', 'create view v as select 1')
    expect(r.findings.map((f) => f.entityId).sort()).toEqual(['audit_log_project', 'v'])
  })

  it('an anchor from a printout catches a re-forged chain', async () => {
    const clean = await tamperAndVerify()
    const head = clean.head!
    // Re-forge: change an entry and recompute every hash after it, as anyone with the file can.
    const file = path.join(rt.dir, 'forged.db')
    fs.copyFileSync(pristine, file)
    const { hashEntry, GENESIS_HASH } = await import('../../../services/audit/audit')
    const raw = new BetterSqlite3(file)
    raw.prepare("update audit_log set os_user = 'forger' where id = 1").run()
    let prev = GENESIS_HASH
    const rows = raw.prepare('select * from audit_log order by id').all() as Record<string, unknown>[]
    const upd = raw.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?')
    raw.transaction(() => {
      for (const row of rows) {
        const { id, prev_hash: _p, hash: _h, ...payload } = row
        const hash = hashEntry(prev, payload as never)
        upd.run(prev, hash, id)
        prev = hash
      }
    })()
    raw.close()
    const { verifyDatabaseFile } = await import('../../../services/audit/verify')
    expect((await verifyDatabaseFile(file)).ok).toBe(true) // the forgery passes without an anchor…
    const anchored = await verifyDatabaseFile(file, { anchor: head })
    expect(anchored.ok).toBe(false) // …but not against the printed head
    expect(anchored.findings[0]!.message).toContain(`post nr. ${head.entry} havde kontrolsummen`)
    expect((await verifyDatabaseFile(pristine, { anchor: head })).ok).toBe(true)
  })
})

describe('quick_check on open', () => {
  it('refuses a damaged file with a Danish message', async () => {
    const file = path.join(rt.dir, 'damaged.db')
    fs.copyFileSync(pristine, file)
    const buf = fs.readFileSync(file)
    // Overwrite pages in the middle of the file (not the header), as a disk fault would.
    buf.fill(0x5a, Math.floor(buf.length / 2), Math.floor(buf.length / 2) + 8192)
    fs.writeFileSync(file, buf)
    await expect(openDatabase(file)).rejects.toThrow(/er beskadiget/)
  })

  it('is not repeated on a file that passed it and has not changed since; a changed file is checked again', async () => {
    const { checkedBefore, fileStamp } = await import('../../../services/db/sqlite')
    const file = path.join(rt.dir, 'checked.db')
    fs.copyFileSync(pristine, file)
    expect(checkedBefore(file, fileStamp(file))).toBe(false)
    await (await openDatabase(file)).close()
    expect(checkedBefore(file, fileStamp(file))).toBe(true)
    const buf = fs.readFileSync(file)
    buf.fill(0x5a, Math.floor(buf.length / 2), Math.floor(buf.length / 2) + 8192)
    fs.writeFileSync(file, buf)
    expect(checkedBefore(file, fileStamp(file))).toBe(false)
    await expect(openDatabase(file)).rejects.toThrow(/er beskadiget/)
  })
})
