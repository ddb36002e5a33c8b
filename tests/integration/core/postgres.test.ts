// The team database (DIALECT=postgres only): several writers at once keep one unbroken audit chain,
// a newer schema is refused as on SQLite, and `migrate` creates the schema. (Roles: teamRoles.test.ts.)
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrationNames } from '../../../services/db/migrations'
import { openDatabase } from '../../../services/db/open'
import { createRuntime, type Runtime } from '../../../server/runtime'
import { createTestDatabase, executeOutsideApp, testDialect } from '../../support/dialect'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

const project = (n: number) => ({
  poolId: 1,
  municipality: 'Herning Kommune',
  title: `Projekt ${n}`,
  caseNumber: '',
  responsible: '',
  periodStart: '2020-01-01',
  periodEnd: '2020-12-31',
  amountAppliedOre: 100000,
  grantAmountOre: 100000,
  grantByYear: [{ year: 2020, amountOre: 100000 }]
})

describe.runIf(testDialect() === 'postgres')('the team database on PostgreSQL', () => {
  let rt: TestRuntime
  const others: Runtime[] = []
  beforeEach(async () => {
    rt = await createTestRuntime()
  })
  afterEach(async () => {
    for (const o of others.splice(0)) await o.close()
    await rt.close()
  })

  it('four writers at once: every project is stored and the audit chain stays one unbroken chain', async () => {
    for (let i = 0; i < 3; i++) others.push(await createRuntime({ databaseFile: rt.file, chromiumPath: null, log: () => {} }))
    const writers = [rt, ...others]
    const results = await Promise.all(
      writers.flatMap((w, wi) => Array.from({ length: 8 }, (_, k) => w.registry.call('projects.create', project(wi * 100 + k))))
    )
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(await rt.call('projects.list', {})).toHaveLength(32)
    const report = await rt.call('audit.verify', {})
    expect(report.findings).toEqual([])
    expect(report.ok).toBe(true)
    // each project: its row and its one grant year
    expect(report.entriesChecked).toBe(64)
  })

  it('sums and counts come back as numbers (integer øre)', async () => {
    const p = await rt.call('projects.create', { ...project(1), grantAmountOre: 223507400, grantByYear: [{ year: 2020, amountOre: 223507400 }] })
    const got = await rt.call('projects.get', { projectId: p.id })
    expect(got.grantAmountOre).toBe(223507400)
    expect(got.grantSplit.differenceOre).toBe(0)
  })

  it('refuses a database that a newer version migrated, with the same message as for a file', async () => {
    await rt.database.close()
    await executeOutsideApp(rt.file, "insert into kysely_migration (name, timestamp) values ('9999_from_the_future', 'x')")
    await expect(openDatabase(rt.file)).rejects.toThrow(/skrevet af en nyere version af Puljestyr/)
    rt = await createTestRuntime()
  })

  it('`puljestyr migrate --db postgres://…` creates the schema in an empty database, and says which version it is on', () => {
    return createTestDatabase({ empty: true }).then((url) => {
      const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
      const out = execFileSync(process.execPath, [cli, 'migrate', '--db', url], { encoding: 'utf8' })
      expect(out).toContain(`er på skemaversion ${migrationNames[migrationNames.length - 1]} (${migrationNames.length} migreringer)`)
      const projects = execFileSync(process.execPath, [cli, 'projects', '--db', url], { encoding: 'utf8' })
      expect(projects.trim()).toBe('Ingen projekter.')
    })
  })
})
