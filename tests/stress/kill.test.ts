// SIGKILL loops (issue #13): the built `puljestyr serve` is killed at random moments while it imports
// hours files, approves and unlocks weeks, saves a week of hours and signs and withdraws an interim
// account, all at once (its two service workers take them in turn); and `puljestyr demo` while it
// creates the demo. After every kill the file must be whole (integrity_check), the audit trail and
// every table must verify, each import and each saved week must be all or nothing and each account
// whole. STRESS_KILLS sets the number of kills during each kind of work (default 50: the loop goes on
// until as many kills found each writer with a request in flight).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyDatabaseFile } from '../../services/audit/verify'
import { createTestRuntime, type TestRuntime } from '../support/runtime'
import { createFixture, type Fixture } from '../integration/time/helpers'
import { httpRequest, signIn } from '../support/http'

const cli = path.resolve(__dirname, '../../bin/puljestyr.cjs')
const KILLS = Number(process.env.STRESS_KILLS ?? 50)
const DEMO_KILLS = Number(process.env.STRESS_DEMO_KILLS ?? KILLS)

let rt: TestRuntime
let f: Fixture
let dbFile: string
/** A third staff member whose one week is saved again and again (no imports or approvals touch her). */
let lise: number
let activityId: number
const LISE_WEEK = ['2020-03-02', '2020-03-03', '2020-03-04', '2020-03-05', '2020-03-06']
beforeAll(async () => {
  if (!fs.existsSync(path.resolve(__dirname, '../../out/node/cli.cjs'))) throw new Error('Kør «npm run build» før stresstestene.')
  rt = await createTestRuntime({ now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
  const staff = { name: 'Lise Bech', functionKey: 'jobBroker', title: 'Jobformidler', weeklyMinutes: 2220, projectShareBp: 5000, employedFrom: '2019-12-01' }
  lise = (await rt.call('staff.create', { projectId: f.projectId, ...staff, note: '' })).id
  activityId = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
  // December 2019 (before the imported weeks) can be signed as an interim account at once.
  expect((await rt.call('accounts.preview', account())).blockers).toEqual([])
  dbFile = rt.file
  await rt.database.close()
})
afterAll(() => {
  fs.rmSync(rt.dir, { recursive: true, force: true })
})

/** A random whole number in [lo, hi]. */
const between = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function startServe(file: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', file], { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)
      if (m) resolve({ child, url: new URL(m[1]!) })
    })
    child.on('exit', (code) => reject(new Error(`serve ended with ${code} before printing its address`)))
  })
}

const account = () => ({ projectId: f.projectId, kind: 'interim' as const, periodFrom: '2019-12-01', periodTo: '2019-12-31' })

async function killNow(child: ChildProcess): Promise<boolean> {
  if (child.exitCode !== null) return false
  child.kill('SIGKILL')
  await new Promise((r) => child.once('exit', r))
  return true
}

function integrity(file: string): string {
  const h = new BetterSqlite3(file)
  try {
    return h.pragma('integrity_check', { simple: true }) as string
  } finally {
    h.close()
  }
}

const signature = { signedByName: 'Bente Hjorth', signedByTitle: 'Chef', signedOn: '2020-02-10', statementText: 'Ledelsespåtegning: regnskabet er rigtigt.' }

const mondayOf = (n: number) => new Date(Date.UTC(2020, 0, 6 + 7 * n)).toISOString().slice(0, 10)
const danishDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

/** An hours file for Jonas's week `n`: five days of two activities, ten rows. */
function hoursFile(n: number): { fileName: string; contentBase64: string; dates: string[] } {
  const monday = mondayOf(n)
  const dates = [0, 1, 2, 3, 4].map((d) => addDays(monday, d))
  const rows = dates.flatMap((d) => [`Jonas Holm;${danishDate(d)};Borgerrettet indsats;5`, `Jonas Holm;${danishDate(d)};Administration og dokumentation;2,4`])
  const text = ['Medarbejder;Dato;Aktivitet;Timer', ...rows, ''].join('\n')
  return { fileName: `timer-uge-${n}.csv`, contentBase64: Buffer.from(text, 'utf8').toString('base64'), dates }
}

describe('SIGKILL during imports, approvals and account signatures', () => {
  it(`leaves the database whole, verified, each import and saved week all or nothing and each account whole (${KILLS} kills during each)`, async () => {
    let week = 0
    let signatures = 0
    let weekSaves = 0
    /** How long after sign-in a new server's first week save was answered (the first round that saw one). */
    let firstSaveMs: number | null = null
    const killsDuring = { imports: 0, weeks: 0, accounts: 0 }
    const attempted: { fileName: string; dates: string[] }[] = []
    while (Object.values(killsDuring).some((n) => n < KILLS)) {
      const { child, url } = await startServe(dbFile)
      const cookie = await signIn(url.href)
      const roundStart = Date.now()
      const port = Number(url.port)
      const inFlight = { imports: 0, weeks: 0, accounts: 0 }
      const api = async (writer: keyof typeof inFlight, method: string, input: unknown) => {
        inFlight[writer]++
        try {
          const body = JSON.stringify(input)
          const r = await httpRequest(port, { path: `/api/${method}`, method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body })
          return JSON.parse(r.body) as { ok: boolean; data?: unknown }
        } catch {
          return null
        } finally {
          inFlight[writer]--
        }
      }
      let stop = false
      // Three writers at once: the pool runs them in its two workers, each with its own connection.
      const imports = (async () => {
        while (!stop) {
          const n = week++
          const file = hoursFile(n)
          attempted.push(file)
          await api('imports', 'time.import.hours', { projectId: f.projectId, fileName: file.fileName, contentBase64: file.contentBase64 })
          const ref = { projectId: f.projectId, staffId: f.jonas, weekStart: mondayOf(n) }
          await api('imports', 'time.week.approve', { ...ref, approverName: 'Bente Hjorth', approverRole: 'Leder' })
          if (n % 2 === 0) await api('imports', 'time.week.unlock', { ...ref, reason: 'Stresstest', actorName: 'Bente Hjorth' })
        }
      })()
      // A whole week of one activity saved with the same hours each day: a half-saved week would show two values.
      const weeks = (async () => {
        while (!stop) {
          const minutes = 60 * between(1, 7)
          const cells = LISE_WEEK.map((date) => ({ date, activityId, minutes }))
          const saved = await api('weeks', 'time.week.save', { projectId: f.projectId, staffId: lise, weekStart: LISE_WEEK[0], cells })
          if (saved?.ok) weekSaves++
          if (saved?.ok && firstSaveMs === null) firstSaveMs = Date.now() - roundStart
        }
      })()
      const accounts = (async () => {
        while (!stop) {
          const signed = await api('accounts', 'accounts.sign', { ...account(), ...signature })
          if (signed?.ok) signatures++
          // Withdraw what is signed (this one, or one signed just before an earlier kill).
          const list = await api('accounts', 'accounts.list', { projectId: f.projectId })
          for (const a of (list?.data ?? []) as { id: number; status: string }[]) {
            if (a.status === 'signed')
              await api('accounts', 'accounts.withdraw', { projectId: f.projectId, accountId: a.id, reason: 'Stresstest', actorName: 'Bente Hjorth' })
          }
        }
      })()
      // Each writer's first call in a new server loads its code and waits for the others' transactions
      // (the first signature ends after about 0,3 s; the first week save, queued behind both, after
      // 0,6 to 2 s on a loaded machine): the window reaches one and a half times the time the first
      // save took, so kills land before, during and after saves, and 3 s until one has been seen.
      await sleep(between(5, firstSaveMs === null ? 3000 : Math.max(700, Math.round(firstSaveMs * 1.5))))
      const during = { ...inFlight }
      stop = true
      if (await killNow(child)) {
        for (const writer of Object.keys(killsDuring) as (keyof typeof killsDuring)[]) if (during[writer] > 0) killsDuring[writer]++
      }
      await Promise.all([imports, weeks, accounts])

      expect(integrity(dbFile)).toBe('ok')
      const report = await verifyDatabaseFile(dbFile)
      expect(report.findings.map((x) => x.message)).toEqual([])
      const h = new BetterSqlite3(dbFile, { readonly: true })
      try {
        for (const file of attempted.slice(-3)) {
          const batch = h.prepare("select rows_imported from import_batch where file_name = ? and kind = 'hours'").get(file.fileName) as
            | { rows_imported: number }
            | undefined
          const rows = (
            h
              .prepare(`select count(*) as n from time_entry where staff_id = ? and entry_date in (${file.dates.map(() => '?').join(',')})`)
              .get(f.jonas, ...file.dates) as { n: number }
          ).n
          // All or nothing: the file's batch and its ten rows, or neither.
          expect({ file: file.fileName, rows }).toEqual({ file: file.fileName, rows: batch ? 10 : 0 })
          if (batch) expect(batch.rows_imported).toBe(10)
        }
        // The saved week is whole: none of its days yet, or all five with the hours of one save.
        const days = h
          .prepare(`select minutes from time_entry where staff_id = ? and activity_id = ? and entry_date in (${LISE_WEEK.map(() => '?').join(',')})`)
          .all(lise, activityId, ...LISE_WEEK) as { minutes: number }[]
        if (days.length > 0) expect({ days: days.length, values: new Set(days.map((d) => d.minutes)).size }).toEqual({ days: 5, values: 1 })
        // Each account is whole: signed with the figures it was signed with, or withdrawn with a reason;
        // never two signed for the period, and every one has its signature in the trail.
        const rows = h.prepare('select id, status, figures_json, total_cost_ore, withdrawn_reason, withdrawn_at from account').all() as {
          id: number
          status: string
          figures_json: string
          total_cost_ore: number
          withdrawn_reason: string | null
          withdrawn_at: string | null
        }[]
        expect(rows.filter((r) => r.status === 'signed').length).toBeLessThanOrEqual(1)
        for (const r of rows) {
          expect((JSON.parse(r.figures_json) as { totals: { actualOre: number } }).totals.actualOre).toBe(r.total_cost_ore)
          if (r.status === 'withdrawn') expect(r.withdrawn_reason !== null && r.withdrawn_at !== null).toBe(true)
          else expect(r.status).toBe('signed')
        }
        const signedInTrail = (h.prepare("select count(*) as n from audit_log where entity = 'account' and action = 'sign'").get() as { n: number }).n
        expect(signedInTrail).toBe(rows.length)
      } finally {
        h.close()
      }
    }
    for (const n of Object.values(killsDuring)) expect(n).toBeGreaterThanOrEqual(KILLS)
    // The loop did write: files were imported and weeks approved between the kills.
    const h = new BetterSqlite3(dbFile, { readonly: true })
    const imported = (h.prepare("select count(*) as n from import_batch where kind = 'hours'").get() as { n: number }).n
    h.close()
    expect(imported).toBeGreaterThan(0)
    expect(signatures).toBeGreaterThan(0)
    expect(weekSaves).toBeGreaterThan(0)
  })
})

describe('SIGKILL while the demo is created', () => {
  it(`leaves no half demo: the next run makes the whole one (${DEMO_KILLS} kills)`, async () => {
    const file = path.join(rt.dir, 'demo.db')
    const fresh = () => {
      fs.rmSync(file, { force: true })
      for (const s of ['-wal', '-shm']) fs.rmSync(file + s, { force: true })
    }
    // One whole run first: how long the demo takes on this machine, so that every kill lands while
    // `puljestyr demo` runs (from its start to just before it ends) instead of after it.
    fresh()
    const started = Date.now()
    await new Promise((r) => spawn(process.execPath, [cli, 'demo', '--db', file], { stdio: 'ignore' }).once('exit', r))
    const wholeRunMs = Date.now() - started
    let kills = 0
    while (kills < DEMO_KILLS) {
      fresh()
      const child = spawn(process.execPath, [cli, 'demo', '--db', file], { stdio: 'ignore' })
      await sleep(between(50, Math.max(100, Math.round(wholeRunMs * 0.95))))
      if (await killNow(child)) kills++
      if (!fs.existsSync(file)) continue
      expect(integrity(file)).toBe('ok')
      const h = new BetterSqlite3(file, { readonly: true })
      let projects = 0
      let participants = 0
      try {
        const hasTables = h.prepare("select 1 from sqlite_master where name = 'project'").get()
        if (hasTables) {
          projects = (h.prepare('select count(*) as n from project').get() as { n: number }).n
          participants = (h.prepare('select count(*) as n from participant').get() as { n: number }).n
        }
      } finally {
        h.close()
      }
      // Nothing, or the whole demo (168 participants): never a project without the rest.
      expect(projects === 0 ? participants : 168).toBe(participants)
      if (projects > 0) expect((await verifyDatabaseFile(file)).ok).toBe(true)
    }
    expect(kills).toBe(DEMO_KILLS)
  })
})
