// What is known about a SQLite file (it passed quick_check; verify's report) follows the app's own
// commits (services/db/recordCarry.ts): the export after a change in the app does not read the whole
// file again (#14), and yet a change by anything else, before or between the app's, is still found.
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { createRuntime, type Runtime } from '../../../server/runtime'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { testDialect } from '../../support/dialect'
import { carriedVerifyReport, rowCheckedTables, verifyDatabaseFile, verifyDatabaseFileOnce } from '../../../services/audit/verify'
import { fileRecordPath, fileStamp, readRecord } from '../../../services/db/sqlite'
import { openDatabase } from '../../../services/db/open'

const onPostgres = testDialect() === 'postgres'
let rt: TestRuntime
let pristine: string
beforeAll(async () => {
  if (onPostgres) return
  rt = await createTestRuntime()
  await rt.call('demo.open', {})
  await rt.database.close()
  pristine = rt.file
}, 120_000)
afterAll(() => {
  if (rt) fs.rmSync(rt.dir, { recursive: true, force: true })
})

/** The app on a fresh copy of the demo. */
async function appOnCopy(name: string): Promise<{ app: Runtime; file: string; post: (n: number) => Promise<void> }> {
  const file = path.join(rt.dir, `${name}.db`)
  fs.copyFileSync(pristine, file)
  const app = await createRuntime({
    databaseFile: file,
    now: () => new Date('2020-06-15T10:00:00.000Z'),
    log: () => {},
    dailyBackups: false,
    settingsDir: rt.dir,
    chromiumPath: null
  })
  const call = async (method: string, input: unknown) => {
    const r = await app.registry.call(method as never, input as never)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.data as never
  }
  const projectId = ((await call('projects.list', {})) as { id: number }[])[0]!.id
  const line = ((await call('ledger.budgetLines', { projectId })) as { id: number; year: number }[]).find((l) => l.year === 2021)! // after the signed interim accounts
  const post = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await call('ledger.create', {
        projectId,
        date: '2021-06-15',
        budgetLineId: line.id,
        amountOre: 10_000 + i,
        documentRef: `Bilag ${i}`,
        description: 'Kontorartikler'
      })
    }
  }
  return { app, file, post }
}

function kept(file: string): { stamp: string; report: Awaited<ReturnType<typeof verifyDatabaseFile>> } | null {
  return JSON.parse(readRecord(fileRecordPath(file, '.verify.json')) ?? 'null')
}

describe.skipIf(onPostgres)("what is known about a file follows the app's own changes", () => {
  it("after a change in the app, the kept report is the file's as it is now, and is what verifying the whole file gives", async () => {
    const { app, file, post } = await appOnCopy('carried')
    try {
      const before = await verifyDatabaseFileOnce(file)
      expect(before.ok).toBe(true)
      await post(1)
      // Carried: kept for the file as the change left it, so the export asks nothing of the whole file.
      expect(kept(file)?.stamp).toBe(fileStamp(file))
      expect(readRecord(fileRecordPath(file, ''))).toBe(fileStamp(file))
      const whole = await verifyDatabaseFile(file)
      expect(whole.ok).toBe(true)
      expect(whole.entriesChecked).toBeGreaterThan(before.entriesChecked)
      expect(whole.rowsChecked).toBe(before.rowsChecked + 1)
      expect(kept(file)?.report).toEqual(whole)
      expect(await verifyDatabaseFileOnce(file)).toEqual(whole)
    } finally {
      await app.close()
    }
    // Closing copies the log into the file; what is kept follows it into the next session.
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
    expect(kept(file)?.stamp).toBe(fileStamp(file))
    expect(kept(file)?.report).toEqual(await verifyDatabaseFile(file))
  })

  it('a log grown long is copied into the file after a commit, and what is kept follows', async () => {
    const { app, file, post } = await appOnCopy('checkpointed')
    try {
      await verifyDatabaseFileOnce(file)
      await post(150)
      // SQLite's own checkpoint would have run inside a commit, where nothing can follow it.
      expect(fs.statSync(`${file}-wal`).size).toBeLessThan(32 + 1050 * (24 + 4096)) // 1.000 frames and a commit at the most
      expect(kept(file)?.stamp).toBe(fileStamp(file))
      expect(kept(file)?.report).toEqual(await verifyDatabaseFile(file))
    } finally {
      await app.close()
    }
  })

  it('a second session that only reads (a CLI command beside the open app) leaves the file as it found it, and what is kept holds', async () => {
    const { app, file, post } = await appOnCopy('reader')
    try {
      await post(1) // the log holds the app's frames
      await verifyDatabaseFileOnce(file)
      const stamp = fileStamp(file)
      const reader = await openDatabase(file)
      await reader.db.selectFrom('posting').select('id').limit(5).execute()
      await reader.close()
      expect(fileStamp(file)).toBe(stamp)
      expect(kept(file)?.stamp).toBe(stamp)
    } finally {
      await app.close()
    }
  })

  it('a log that a reader keeps from being emptied is still copied into the file, and what is kept follows', async () => {
    const { app, file, post } = await appOnCopy('checkpoint-with-reader')
    const reader = new BetterSqlite3(file, { readonly: true })
    try {
      await verifyDatabaseFileOnce(file)
      await post(50)
      reader.exec('begin')
      reader.prepare('select count(*) from posting').get() // a read snapshot held open, part-way into the log
      const fileBefore = fs.statSync(file).mtimeMs
      await post(100)
      expect(fs.statSync(file).mtimeMs).not.toBe(fileBefore) // pages were copied into the file
      expect(kept(file)?.stamp).toBe(fileStamp(file))
      reader.exec('commit')
      expect(kept(file)?.report).toEqual(await verifyDatabaseFile(file))
    } finally {
      reader.close()
      await app.close()
    }
  })

  it("a row changed by another program before the app's next change is still found: nothing is carried over it", async () => {
    const { app, file, post } = await appOnCopy('other-first')
    try {
      expect((await verifyDatabaseFileOnce(file)).ok).toBe(true)
      const raw = new BetterSqlite3(file)
      raw.prepare('update posting set amount_ore = amount_ore + 100 where id = (select min(id) from posting)').run()
      raw.close()
      await post(1)
      expect(kept(file)?.stamp).not.toBe(fileStamp(file))
      const report = await verifyDatabaseFileOnce(file)
      expect(report.ok).toBe(false)
      expect(report.findings.map((f) => [f.kind, f.entity, f.column])).toContainEqual(['row_changed', 'posting', 'amount_ore'])
    } finally {
      await app.close()
    }
  })

  it("a row changed by another program between two of the app's changes is still found", async () => {
    const { app, file, post } = await appOnCopy('other-between')
    try {
      expect((await verifyDatabaseFileOnce(file)).ok).toBe(true)
      await post(1)
      expect(kept(file)?.stamp).toBe(fileStamp(file))
      const raw = new BetterSqlite3(file)
      raw.prepare("update project set title = title || ' (ændret)' where id = (select min(id) from project)").run()
      raw.close()
      await post(1)
      const report = await verifyDatabaseFileOnce(file)
      expect(report.ok).toBe(false)
      expect(report.findings.map((f) => [f.kind, f.entity, f.column])).toContainEqual(['row_changed', 'project', 'title'])
    } finally {
      await app.close()
    }
  })

  it('a report with findings is not carried: the next verify still names them', async () => {
    const { app, file, post } = await appOnCopy('findings')
    try {
      const raw = new BetterSqlite3(file)
      raw.prepare("update project set title = title || ' (ændret)' where id = (select min(id) from project)").run()
      raw.close()
      expect((await verifyDatabaseFileOnce(file)).ok).toBe(false)
      await post(1)
      expect(kept(file)?.stamp).not.toBe(fileStamp(file))
      expect((await verifyDatabaseFileOnce(file)).findings.map((f) => f.entity)).toContain('project')
    } finally {
      await app.close()
    }
  })

  it("what a commit added is checked before a report is carried over it: the new entries' chain and the rows they name", async () => {
    const { app, file, post } = await appOnCopy('delta')
    const before = await verifyDatabaseFile(file)
    try {
      await post(2)
    } finally {
      await app.close()
    }
    const checked = await rowCheckedTables()
    const carriedOn = (...statements: string[]) => {
      const copy = path.join(rt.dir, `delta-${Math.random().toString(36).slice(2)}.db`)
      fs.copyFileSync(file, copy)
      const raw = new BetterSqlite3(copy)
      try {
        for (const s of statements) raw.prepare(s).run()
        return carriedVerifyReport(raw, before, checked)
      } finally {
        raw.close()
      }
    }
    expect(carriedOn()).toEqual(await verifyDatabaseFile(file))
    // A new posting changed after its entry was written; a new entry's hash forged; the last entry cut off.
    expect(carriedOn('update posting set amount_ore = amount_ore + 1 where id = (select max(id) from posting)')).toBeNull()
    expect(carriedOn("update audit_log set hash = replace(hash, substr(hash, 1, 1), 'x') where id = (select max(id) from audit_log)")).toBeNull()
    expect(carriedOn('delete from audit_log where id = (select max(id) from audit_log)')).toBeNull()
  })
})
