// `puljestyr copy` (issue #15): the demo file into the database under test (the team database with
// DIALECT=postgres, else another file) and back into a file, verified: the audit chain and every
// figure equal before and after, or nothing is written.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRuntime, type Runtime } from '../../../server/runtime'
import { copyDatabase } from '../../../services/core/copy/copy'
import { mapRow, tableGraph } from '../../../services/core/copy/tables'
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract'
import { createTestDatabase, executeOutsideApp, testDialect } from '../../support/dialect'
import { unchangedProject } from './helpers'

const NOW = new Date('2022-02-01T09:00:00.000Z')
let dir: string
let demoFile: string
let demoHead: { entry: number; hash: string }
/** The whole demo copied into the database under test (first test); the later tests go on from it. */
let teamTarget: string
let copiedProjectId: number

async function onDatabase<T>(
  target: string,
  fn: (call: <N extends MethodName>(m: N, i: ApiInput<N>) => Promise<ApiOutput<N>>, rt: Runtime) => Promise<T>
): Promise<T> {
  const rt = await createRuntime({ databaseFile: target, now: () => NOW, chromiumPath: null, log: () => {} })
  const call = async <N extends MethodName>(method: N, input: ApiInput<N>) => {
    const r = await rt.registry.call(method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.data as ApiOutput<N>
  }
  try {
    return await fn(call, rt)
  } finally {
    await rt.close()
  }
}

/** A new database of the kind under test, already migrated. */
async function newTarget(name: string): Promise<string> {
  return testDialect() === 'postgres' ? createTestDatabase() : path.join(dir, `${name}.db`)
}

/** The figures a revisor compares, read through the API: spending, ledger, hours, KPIs, accounts. */
async function keyFigures(target: string, projectId: number) {
  return onDatabase(target, async (call) => {
    const spending = await call('budget.spending', { projectId, asOf: '2021-12-31' })
    const ledger = await call('ledger.list', { projectId, limit: 0 })
    const months = await call('time.months', { projectId })
    const kpi = await call('participants.kpi.monthly', { projectId })
    const accounts = await call('accounts.list', { projectId })
    return {
      spent: spending.totals,
      lines: spending.lines.map((l) => [l.year, l.title, l.budgetOre, l.spentOre]),
      ledger: [ledger.count, ledger.totalOre, ledger.totalMinutes, ledger.byLine.map((b) => [b.year, b.title, b.amountOre, b.minutes])],
      months: months.map((m) => [m.staffName, m.month, m.status, m.minutes, m.normMinutes]),
      kpi: withoutIds(kpi),
      accounts: accounts.map((a) => [a.kind, a.status, a.periodFrom, a.periodTo, a.figures?.totals])
    }
  })
}

/** A value without the keys that name rows (ids move in a copy; figures do not). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !/(^id|Id)$/.test(k))
        .map(([k, v]) => [k, withoutIds(v)])
    )
  return value
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-copy-'))
  demoFile = path.join(dir, 'herning.db')
  demoHead = await onDatabase(demoFile, async (call) => {
    await call('demo.open', {})
    return (await call('audit.head', {}))!
  })
}, 120_000)

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('puljestyr copy', () => {
  it('the whole demo file into an empty database: the same chain (a printed anchor still holds), every figure, and an entry naming the source', async () => {
    teamTarget = await newTarget('team')
    const r = await copyDatabase({ from: demoFile, to: teamTarget, now: () => NOW })
    expect(r.mode).toBe('whole')
    expect(r.projects).toEqual([{ sourceId: 1, targetId: 1, title: 'Flere skal med 2' }])
    expect(r.entries).toBe(demoHead.entry)
    await onDatabase(teamTarget, async (call) => {
      const report = await call('audit.verify', { anchor: demoHead })
      expect(report.findings).toEqual([])
      expect(report.head!.entry).toBe(demoHead.entry + 1)
      const [last] = await call('audit.list', { limit: 1 })
      expect(last).toMatchObject({
        entity: 'database',
        action: 'copy',
        reason: `Kopieret fra ${demoFile} (revisionssporet til og med post nr. ${demoHead.entry}, kontrolsum ${demoHead.hash}).`
      })
    })
    expect(await keyFigures(teamTarget, 1)).toEqual(await keyFigures(demoFile, 1))
  }, 120_000)

  it('the same project again is refused in Danish, and the target is unchanged', async () => {
    const head = await onDatabase(teamTarget, (call) => call('audit.head', {}))
    await expect(copyDatabase({ from: demoFile, to: teamTarget, projectId: 1 })).rejects.toThrow(
      'Måldatabasen har allerede projektet «Flere skal med 2» (Herning Kommune, 01.12.2019–31.12.2021) som nr. 1. Intet er kopieret.'
    )
    expect(await onDatabase(teamTarget, (call) => call('audit.head', {}))).toEqual(head)
  }, 60_000)

  it('one project into a database that has a chain already: ids after the target’s, its history appended to the target’s chain, verify passes, every figure the same', async () => {
    // Another jobcenter's file holding a project of its own (the demo, renamed).
    const vest = path.join(dir, 'vest.db')
    fs.copyFileSync(demoFile, vest)
    const vestHead = await onDatabase(vest, async (call) => {
      await call('projects.update', { ...unchangedProject(await call('projects.get', { projectId: 1 })), title: 'Flere skal med 2 – Vest' })
      return (await call('audit.head', {}))!
    })
    const r = await copyDatabase({ from: vest, to: teamTarget, projectId: 1, now: () => NOW })
    expect(r.mode).toBe('rechained')
    // Every entry of the project, its rename included (the pools' entries stay in the source).
    expect(r.entries).toBe(vestHead.entry)
    copiedProjectId = r.projects[0]!.targetId
    expect(copiedProjectId).toBe(2)
    await onDatabase(teamTarget, async (call) => {
      expect((await call('audit.verify', {})).findings).toEqual([])
      const trail = await call('audit.list', { projectId: copiedProjectId, limit: 5000 })
      expect(trail[0]).toMatchObject({
        entity: 'database',
        action: 'copy',
        reason: expect.stringContaining(`Kopieret fra ${vest} (revisionssporet til og med post nr. ${vestHead.entry}`)
      })
      const approval = trail.find((e) => e.entity === 'time_month' && e.action === 'approve')!
      expect(approval.actorName).toBeTruthy()
      // The stored account figures name the target's budget lines, not the source's.
      const lines = await call('ledger.budgetLines', { projectId: copiedProjectId })
      const signed = (await call('accounts.list', { projectId: copiedProjectId })).find((a) => a.status === 'signed')!
      for (const l of signed.figures!.lines) expect(lines.find((x) => x.id === l.budgetLineId)).toMatchObject({ title: l.title, year: l.year })
      expect(Math.min(...lines.map((l) => l.id))).toBeGreaterThan(11) // the demo's 11 lines keep theirs
    })
    expect(await keyFigures(teamTarget, copiedProjectId)).toEqual(await keyFigures(vest, 1))
  }, 120_000)

  it('and back into a new file with `puljestyr copy --project`: verified, the same figures', async () => {
    const back = path.join(dir, 'arkiv.db')
    const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
    const out = execFileSync(process.execPath, [cli, 'copy', '--from', teamTarget, '--to', back, '--project', String(copiedProjectId)], { encoding: 'utf8' })
    expect(out).toContain(`Ét projekt kopieret til ${back} med egne postnumre i målets revisionsspor.`)
    // A new file has no ids of its own yet: the project keeps its numbers.
    expect(out).toContain(`«Flere skal med 2 – Vest»: nr. ${copiedProjectId} i kilden er nr. ${copiedProjectId} i målet.`)
    expect(out).toMatch(/Skrevet: 6\.\d{3} rækker og 6\.\d{3} poster i revisionssporet\./)
    expect(out).toContain('Målet er kontrolleret: revisionssporet holder, og alle projektets tal er de samme som i kilden.')
    await onDatabase(back, async (call) => {
      expect((await call('audit.verify', {})).ok).toBe(true)
      expect((await call('projects.list', {})).map((p) => p.title)).toEqual(['Flere skal med 2 – Vest'])
    })
    expect(await keyFigures(back, copiedProjectId)).toEqual(await keyFigures(teamTarget, copiedProjectId))
  }, 120_000)

  it('the ids inside a quarterly pack’s stored figures move with their rows (every key the copy knows; an unknown one stops it)', async () => {
    const figures = await onDatabase(demoFile, (call) => call('quarterly.get', { projectId: 1, quarter: '2020-Q3' }))
    const graph = await tableGraph()
    const ids = { id: (table: string, id: number) => (table === 'grant_pool' ? id : id + 1000) }
    const row = { id: 1, project_id: 1, quarter: '2020-Q3', figures_json: JSON.stringify(figures) }
    const moved = mapRow(graph.byName.get('quarterly_pack')!, row, ids)
    expect(moved).toMatchObject({ id: 1001, project_id: 1001 })
    // Every number under a key naming a row is 1000 more; everything else is as it was.
    const before = idValues(figures)
    const after = idValues(JSON.parse(moved.figures_json as string))
    expect(before.length).toBeGreaterThan(50)
    expect(after).toEqual(before.map(([path, n]) => [path, n + 1000]))
    expect(() => mapRow(graph.byName.get('quarterly_pack')!, { ...row, figures_json: JSON.stringify({ lines: [{ widgetId: 3 }] }) }, ids)).toThrow(
      'Kopien kender ikke henvisningen «widgetId» i quarterly_pack.figures_json. Intet er kopieret.'
    )
  })

  it('a failure half-way (a table the target refuses) leaves the target as it was', async () => {
    const target = await newTarget('halvvejs')
    if (testDialect() === 'postgres') {
      await executeOutsideApp(
        target,
        `create function stop_copy() returns trigger language plpgsql as $$ begin raise exception 'stop'; end $$;
         create trigger stop_copy before insert on meeting for each row execute function stop_copy();`
      )
    } else {
      await onDatabase(target, async () => {}) // creates and migrates the file
      await executeOutsideApp(target, `create trigger stop_copy before insert on meeting begin select raise(abort, 'stop'); end`)
    }
    await expect(copyDatabase({ from: demoFile, to: target })).rejects.toThrow(/^Kopien blev afbrudt under tabellen meeting; intet er skrevet i måldatabasen\./)
    await executeOutsideApp(target, testDialect() === 'postgres' ? 'drop trigger stop_copy on meeting; drop function stop_copy()' : 'drop trigger stop_copy')
    await onDatabase(target, async (call) => {
      expect(await call('projects.list', {})).toEqual([])
      expect(await call('audit.head', {})).toBeNull()
      expect((await call('audit.verify', {})).ok).toBe(true)
    })
  }, 120_000)
})

/** Every number under a key that names a row («…Id», or «id» in a list), with where it is. */
function idValues(value: unknown, at = ''): [string, number][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => idValues(v, `${at}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]): [string, number][] =>
    (k === 'id' || /Id$/.test(k)) && typeof v === 'number' ? [[`${at}.${k}`, v]] : idValues(v, `${at}.${k}`)
  )
}
