// The team database (DIALECT=postgres only): several writers at once keep one unbroken audit chain,
// a newer schema is refused as on SQLite, `migrate` creates the schema, `backup` runs pg_dump and a
// restored copy verifies. (Roles: teamRoles.test.ts; copy: copy.test.ts.)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrationNames } from '../../../services/db/migrations'
import { openDatabase } from '../../../services/db/open'
import { findPostgresProgram } from '../../../services/db/postgres'
import { createRuntime, type Runtime } from '../../../server/runtime'
import { createTestDatabase, executeOutsideApp, testDialect } from '../../support/dialect'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { projectInput } from './helpers'

const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')

const project = (n: number) => projectInput(`Projekt ${n}`)

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
      const out = execFileSync(process.execPath, [cli, 'migrate', '--db', url], { encoding: 'utf8' })
      expect(out).toContain(`er på skemaversion ${migrationNames[migrationNames.length - 1]} (${migrationNames.length} migreringer)`)
      const projects = execFileSync(process.execPath, [cli, 'projects', '--db', url], { encoding: 'utf8' })
      expect(projects.trim()).toBe('Ingen projekter.')
    })
  })

  it('`puljestyr backup --db postgres://…` runs pg_dump; the copy restored with pg_restore into a new database verifies', async () => {
    await rt.call('projects.create', { ...project(1), grantAmountOre: 223507400, grantByYear: [{ year: 2020, amountOre: 223507400 }] })
    await rt.call('projects.create', project(2))
    const dump = path.join(rt.dir, 'team.dump')
    const out = execFileSync(process.execPath, [cli, 'backup', '--db', rt.file, '--out', dump], { encoding: 'utf8' })
    expect(out).toContain(`Sikkerhedskopi af fællesdatabasen gemt i ${dump} (pg_dump; pg_restore kan læse den).`)
    // As the README says: a new database, pg_restore, then verify.
    const restored = await createTestDatabase({ empty: true })
    execFileSync(findPostgresProgram('pg_restore')!, ['--dbname', restored, dump])
    const verify = execFileSync(process.execPath, [cli, 'verify', '--db', restored], { encoding: 'utf8' })
    expect(verify).toContain('Revisionssporet er intakt.')
    const projects = JSON.parse(execFileSync(process.execPath, [cli, 'projects', '--db', restored, '--json'], { encoding: 'utf8' })) as {
      title: string
      grantAmountOre: number
    }[]
    expect(projects.map((p) => [p.title, p.grantAmountOre])).toEqual([
      ['Projekt 1', 223507400],
      ['Projekt 2', 100000]
    ])
  }, 120_000)

  it('without pg_dump on the machine, `backup` says exactly what to run and writes nothing', () => {
    const dump = path.join(rt.dir, 'ingen.dump')
    let stderr = ''
    let status = 0
    try {
      execFileSync(process.execPath, [cli, 'backup', '--db', rt.file, '--out', dump], {
        encoding: 'utf8',
        env: { ...process.env, PG_BIN: rt.dir },
        stdio: 'pipe'
      })
    } catch (e) {
      ;({ stderr, status } = e as { stderr: string; status: number })
    }
    expect(status).toBe(1)
    expect(stderr).toContain("pg_dump (PostgreSQL's klientprogrammer) findes ikke på denne maskine, så der er ikke taget nogen kopi.")
    expect(stderr).toContain(`kør selv: pg_dump -Fc -d '${rt.file}' -f '${dump}'`)
    expect(fs.existsSync(dump)).toBe(false)
  })
})
