// SIGKILL loops (issue #13): the built `puljestyr serve` is killed at random moments while it imports
// hours files and approves and unlocks weeks, and `puljestyr demo` while it creates the demo. After
// every kill the file must be whole (integrity_check), the audit trail and every table must verify,
// and each import must be all or nothing. STRESS_KILLS sets the number of kills per loop (default 50).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyDatabaseFile } from '../../services/audit/verify'
import { createTestRuntime, type TestRuntime } from '../support/runtime'
import { createFixture, type Fixture } from '../integration/time/helpers'

const cli = path.resolve(__dirname, '../../bin/puljestyr.cjs')
const KILLS = Number(process.env.STRESS_KILLS ?? 50)
const DEMO_KILLS = Number(process.env.STRESS_DEMO_KILLS ?? Math.max(5, Math.round(KILLS / 5)))

let rt: TestRuntime
let f: Fixture
let dbFile: string
beforeAll(async () => {
  if (!fs.existsSync(path.resolve(__dirname, '../../out/node/cli.cjs'))) throw new Error('Kør «npm run build» før stresstestene.')
  rt = await createTestRuntime({ now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
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

function request(url: URL, pathName: string, options: { method?: string; cookie?: string; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: pathName,
        method: options.method ?? 'GET',
        headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.body ? { 'content-type': 'application/json' } : {}) }
      },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

/** The address's one-time token traded for the session cookie, as a browser does. */
async function signIn(url: URL): Promise<string> {
  const r = await request(url, `/?token=${url.searchParams.get('token')}`)
  return r.headers['set-cookie']![0]!.split(';')[0]!
}

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

describe('SIGKILL during imports and approvals', () => {
  it(`leaves the database whole, verified and each import all or nothing (${KILLS} kills)`, async () => {
    let kills = 0
    let week = 0
    const attempted: { fileName: string; dates: string[] }[] = []
    while (kills < KILLS) {
      const { child, url } = await startServe(dbFile)
      const cookie = await signIn(url)
      const api = (method: string, input: unknown) => request(url, `/api/${method}`, { method: 'POST', cookie, body: JSON.stringify(input) }).catch(() => null)
      let stop = false
      const writer = (async () => {
        while (!stop) {
          const n = week++
          const file = hoursFile(n)
          attempted.push(file)
          await api('time.import.hours', { projectId: f.projectId, fileName: file.fileName, contentBase64: file.contentBase64 })
          const ref = { projectId: f.projectId, staffId: f.jonas, weekStart: mondayOf(n) }
          await api('time.week.approve', { ...ref, approverName: 'Bente Hjorth', approverRole: 'Leder' })
          if (n % 2 === 0) await api('time.week.unlock', { ...ref, reason: 'Stresstest', actorName: 'Bente Hjorth' })
        }
      })()
      await sleep(between(5, 400))
      stop = true
      if (await killNow(child)) kills++
      await writer

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
      } finally {
        h.close()
      }
    }
    expect(kills).toBe(KILLS)
    // The loop did write: files were imported and weeks approved between the kills.
    const h = new BetterSqlite3(dbFile, { readonly: true })
    const imported = (h.prepare("select count(*) as n from import_batch where kind = 'hours'").get() as { n: number }).n
    h.close()
    expect(imported).toBeGreaterThan(0)
  })
})

describe('SIGKILL while the demo is created', () => {
  it(`leaves no half demo: the next run makes the whole one (${DEMO_KILLS} kills)`, async () => {
    const file = path.join(rt.dir, 'demo.db')
    let kills = 0
    while (kills < DEMO_KILLS) {
      fs.rmSync(file, { force: true })
      for (const s of ['-wal', '-shm']) fs.rmSync(file + s, { force: true })
      const child = spawn(process.execPath, [cli, 'demo', '--db', file], { stdio: 'ignore' })
      await sleep(between(400, 4000))
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
