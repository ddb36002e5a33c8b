// Several people at once on the team database (issue #15, DIALECT=postgres only): six separate
// processes, each with the built services (tests/support/apiWriter.cjs), write to one PostgreSQL
// database at the same moment: two managers approve the same month, two people import the same
// file of hours, two others post to the ledger. Afterwards every figure equals the same work done
// one call at a time, nothing is posted twice, the chain verifies, and each loser of a race was
// told in Danish who came first.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '@shared/api/define'
import { testDialect } from '../../support/dialect'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { cellsFor, createFixture, type Fixture } from '../time/helpers'

const WRITER = path.resolve(__dirname, '../../support/apiWriter.cjs')
type Call = [string, Record<string, unknown>]

/** Starts every writer, lets them all go at once when each has opened the database, and collects their results. */
async function runTogether(database: string, writers: Call[][]): Promise<ApiResult<unknown>[][]> {
  const children = writers.map((calls) => spawn(process.execPath, [WRITER, database, JSON.stringify(calls)], { stdio: ['pipe', 'pipe', 'pipe'] }))
  const outputs = children.map(
    (child) =>
      new Promise<{ ready: Promise<void>; done: Promise<string> }>((resolveStarted) => {
        let out = ''
        let err = ''
        let markReady: () => void = () => {}
        const ready = new Promise<void>((r) => (markReady = r))
        const done = new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString()
            if (out.startsWith('ready\n')) markReady()
          })
          child.stderr.on('data', (d: Buffer) => (err += d.toString()))
          child.on('exit', (code) => (code === 0 ? resolve(out.slice('ready\n'.length)) : reject(new Error(`writer exited with ${code}: ${err}`))))
        })
        resolveStarted({ ready, done })
      })
  )
  const started = await Promise.all(outputs)
  await Promise.all(started.map((s) => s.ready))
  for (const child of children) child.stdin.end('go\n')
  return Promise.all(started.map(async (s) => JSON.parse(await s.done) as ApiResult<unknown>[]))
}

describe.runIf(testDialect() === 'postgres')('several people writing to the team database at once', () => {
  let together: TestRuntime
  let serial: TestRuntime
  let f: Fixture
  let writers: Call[][]

  /** The same project in both databases: January's hours signed, ready for approval. */
  async function prepare(rt: TestRuntime): Promise<Fixture> {
    const fixture = await createFixture(rt)
    const activity = (await rt.call('time.settings.get', { projectId: fixture.projectId })).activities[0]!
    for (const monday of ['2020-01-06', '2020-01-13', '2020-01-20', '2020-01-27']) {
      const days = Object.fromEntries([0, 1, 2, 3, 4].map((d) => [`2020-01-${String(Number(monday.slice(8)) + d).padStart(2, '0')}`, 300]))
      await rt.call('time.week.save', { projectId: fixture.projectId, staffId: fixture.jonas, weekStart: monday, cells: cellsFor(activity.id, days) })
    }
    await rt.call('time.month.sign', { projectId: fixture.projectId, staffId: fixture.jonas, month: '2020-01', signerName: 'Jonas Holm' })
    return fixture
  }

  beforeAll(async () => {
    together = await createTestRuntime({ now: '2020-02-20T09:00:00.000Z' })
    serial = await createTestRuntime({ now: '2020-02-20T09:00:00.000Z' })
    f = await prepare(together)
    const g = await prepare(serial)
    expect(g).toEqual(f) // the same ids in both, so the same calls fit both
    const activityName = (await together.call('time.settings.get', { projectId: f.projectId })).activities[0]!.name
    const hours = `Medarbejder;Dato;Aktivitet;Timer\n${['03.02.2020', '04.02.2020', '05.02.2020'].map((d) => `Jonas Holm;${d};${activityName};6,5`).join('\n')}\n`
    const importFile = { projectId: f.projectId, fileName: 'timer-februar.csv', contentBase64: Buffer.from(hours, 'utf8').toString('base64') }
    const approve = (approverName: string): Call => [
      'time.month.approve',
      { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName, approverRole: 'Afdelingsleder' }
    ]
    const post = (who: string, n: number): Call => [
      'ledger.create',
      {
        projectId: f.projectId,
        date: '2021-03-01',
        budgetLineId: f.lines.audit2021!,
        amountOre: 10000 * n,
        documentRef: `${who}-${n}`,
        description: 'Revision'
      }
    ]
    writers = [
      [approve('Bente Hjorth')],
      [approve('Karin Berg')],
      [['time.import.hours', importFile]],
      [['time.import.hours', importFile]],
      [1, 2, 3, 4, 5].map((n) => post('A', n)),
      [1, 2, 3, 4, 5].map((n) => post('B', n))
    ]
  }, 120_000)

  afterAll(async () => {
    await together.close()
    await serial.close()
  })

  it('each race has one winner, the loser is told who came first, and every figure equals the serial result', async () => {
    const [approvalA, approvalB, importA, importB, postsA, postsB] = await runTogether(together.file, writers)

    // Two managers, one month: one approval, and the other is told by whom.
    const approvals = [approvalA![0]!, approvalB![0]!]
    expect(approvals.filter((r) => r.ok)).toHaveLength(1)
    const lost = approvals.find((r) => !r.ok)!
    const winner = approvals[0]!.ok ? 'Bente Hjorth' : 'Karin Berg'
    expect(!lost.ok && lost.error.code).toBe('conflict')
    expect(!lost.ok && lost.error.message).toMatch(
      new RegExp(`^Jonas Holms januar 2020 er netop godkendt af ${winner} \\(bruger postgres\\) .*, så den godkendes ikke igen\\.`)
    )

    // One file, imported twice at once: imported once; the other is told it was (the product's answer to a file imported before).
    const imports = [importA![0]!, importB![0]!].map((r) => (r.ok ? (r.data as { imported: number; alreadyImported: boolean }) : null))
    expect(imports.map((r) => r && [r.imported, r.alreadyImported]).sort()).toEqual([
      [0, true],
      [3, false]
    ])

    // Postings by two people at once: all ten stored.
    expect([...postsA!, ...postsB!].every((r) => r.ok)).toBe(true)

    // The same work one call at a time on the other database.
    for (const calls of [writers[0]!, writers[2]!, writers[4]!, writers[5]!]) {
      for (const [method, input] of calls) expect((await serial.registry.call(method as never, input)).ok).toBe(true)
    }
    const figures = async (rt: TestRuntime) => {
      const ledger = await rt.call('ledger.list', { projectId: f.projectId })
      return {
        ledger: [ledger.count, ledger.totalOre, ledger.totalMinutes, ledger.byLine],
        salary: ledger.postings.filter((p) => p.source === 'timesheet').map((p) => [p.date, p.minutes, p.amountOre]),
        months: (await rt.call('time.months', { projectId: f.projectId, year: 2020 })).map((m) => [m.staffName, m.month, m.status, m.minutes]),
        spending: (await rt.call('budget.spending', { projectId: f.projectId, asOf: '2021-12-31' })).totals
      }
    }
    const result = await figures(together)
    expect(result).toEqual(await figures(serial))
    // January's salary posted once, not twice.
    expect(result.salary).toEqual([['2020-01-31', 6000, 30000 * 100]])
    expect((await together.call('audit.verify', {})).findings).toEqual([])
  }, 180_000)
})
