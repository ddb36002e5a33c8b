// Automatic daily backups and restoring one from the settings page (issue #13), through the registry
// of a running app, as the desktop app and browser mode use it.
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { testDialect } from '../../support/dialect'

const project = (title: string) => ({
  poolId: 3,
  municipality: 'Hedensted Kommune',
  title,
  caseNumber: '',
  responsible: 'Allan Munkholm',
  periodStart: '2018-01-01',
  periodEnd: '2019-12-31',
  amountAppliedOre: 118750000,
  grantAmountOre: 118750000,
  grantByYear: [
    { year: 2018, amountOre: 60000000 },
    { year: 2019, amountOre: 58750000 }
  ]
})

let rt: TestRuntime | null = null
afterEach(async () => {
  await rt?.close()
  rt = null
})

async function start(now = '2020-06-15T10:00:00.000Z'): Promise<TestRuntime> {
  rt = await createTestRuntime({ now, dailyBackups: true })
  return rt
}

const folderOf = (r: TestRuntime) => path.join(r.dir, 'sikkerhedskopier')
const titles = async (r: TestRuntime) => (await r.call('projects.list', {})).map((p) => p.title)

function projectTitlesIn(file: string): string[] {
  const h = new BetterSqlite3(file, { readonly: true })
  try {
    return (h.prepare('select title from project order by id').all() as { title: string }[]).map((r) => r.title)
  } finally {
    h.close()
  }
}

// Daily backups are copies of the SQLite file; the team database is backed up with pg_dump (postgres.test.ts).
describe.skipIf(testDialect() !== 'sqlite')('automatic daily backups', () => {
  it('are made on start and on the first call of a new day, checked, one per day', async () => {
    const r = await start()
    let list = await r.call('app.backups.list', {})
    expect(list).toMatchObject({ enabled: true, keep: 14, folder: folderOf(r), lastError: null })
    expect(list.items.map((i) => i.name)).toEqual(['puljestyr-2020-06-15.db'])
    expect(list.items[0]!.sizeBytes).toBe(fs.statSync(path.join(folderOf(r), 'puljestyr-2020-06-15.db')).size)

    await r.call('projects.create', project('Før midnat'))
    expect((await r.call('app.backups.list', {})).items).toHaveLength(1) // the same day: no second backup

    r.setNow('2020-06-16T09:00:00.000Z')
    list = await r.call('app.backups.list', {})
    expect(list.items.map((i) => i.date)).toEqual(['2020-06-16', '2020-06-15'])
    // The new day's backup holds what was written the day before; yesterday's does not.
    expect(projectTitlesIn(path.join(folderOf(r), 'puljestyr-2020-06-16.db'))).toEqual(['Før midnat'])
    expect(projectTitlesIn(path.join(folderOf(r), 'puljestyr-2020-06-15.db'))).toEqual([])
    // Checked before it got its name: no temporary file is left, and SQLite finds the copy whole.
    expect(fs.readdirSync(folderOf(r)).sort()).toEqual(['puljestyr-2020-06-15.db', 'puljestyr-2020-06-16.db'])
    const h = new BetterSqlite3(path.join(folderOf(r), 'puljestyr-2020-06-16.db'), { readonly: true })
    expect(h.pragma('integrity_check', { simple: true })).toBe('ok')
    h.close()
  })

  it('keep the last 14 days, or as many as the settings say', async () => {
    const r = await start('2020-06-01T10:00:00.000Z')
    for (let day = 2; day <= 20; day++) {
      r.setNow(`2020-06-${String(day).padStart(2, '0')}T10:00:00.000Z`)
      await r.call('projects.list', {})
    }
    let list = await r.call('app.backups.list', {})
    expect(list.items).toHaveLength(14)
    expect(list.items[0]!.date).toBe('2020-06-20')
    expect(list.items.at(-1)!.date).toBe('2020-06-07')

    list = await r.call('app.backups.settings.save', { keep: 3 })
    expect(list.keep).toBe(3)
    expect(list.items.map((i) => i.date)).toEqual(['2020-06-20', '2020-06-19', '2020-06-18'])
    const refused = await r.callError('app.backups.settings.save', { keep: 0 })
    expect(refused).toMatchObject({ code: 'validation', field: 'keep' })
    expect(refused.message).toContain('Antal dage, der gemmes')
    // Other files in the folder are never touched by the pruning.
    fs.writeFileSync(path.join(folderOf(r), 'min-egen-kopi.db'), 'x')
    r.setNow('2020-06-21T10:00:00.000Z')
    await r.call('projects.list', {})
    expect(fs.existsSync(path.join(folderOf(r), 'min-egen-kopi.db'))).toBe(true)
    expect((await r.call('app.backups.list', {})).items).toHaveLength(3)
  })
})

// A restore swaps the SQLite file under the running app; the team database is restored with pg_restore.
describe.skipIf(testDialect() !== 'sqlite')('restoring a daily backup in the running app', () => {
  it('replaces the database with the checked copy, keeps the replaced file aside and goes on working', async () => {
    const r = await start()
    await r.call('projects.create', project('Gemt i går'))
    r.setNow('2020-06-16T09:00:00.000Z')
    await r.call('projects.create', project('Skrevet efter kopien'))
    expect(await titles(r)).toEqual(['Gemt i går', 'Skrevet efter kopien'])

    const restored = await r.call('app.backups.restore', { name: 'puljestyr-2020-06-16.db' })
    expect(restored.date).toBe('2020-06-16')
    expect(await titles(r)).toEqual(['Gemt i går'])
    // The replaced file is kept aside, whole.
    expect(restored.asideFile).toMatch(/puljestyr\.før-gendannelse-.*\.db$/)
    expect(projectTitlesIn(restored.asideFile!)).toEqual(['Gemt i går', 'Skrevet efter kopien'])
    // The restored database is the running app's database: writes go on, and verify holds.
    await r.call('projects.create', project('Efter gendannelsen'))
    expect((await titles(r)).sort()).toEqual(['Efter gendannelsen', 'Gemt i går'])
    expect((await r.call('audit.verify', {})).ok).toBe(true)
    expect(projectTitlesIn(r.file)).toEqual(['Gemt i går', 'Efter gendannelsen'])
  })

  it('refuses a damaged or tampered copy and leaves the database as it was', async () => {
    const r = await start()
    await r.call('projects.create', project('Bliver'))
    const copy = path.join(folderOf(r), 'puljestyr-2020-06-15.db')

    // A row changed in the copy behind the app's back: verify finds it.
    const h = new BetterSqlite3(copy)
    h.pragma('journal_mode = DELETE')
    h.exec("update grant_pool set name = 'Ændret uden om programmet' where id = 1")
    h.close()
    const tampered = await r.callError('app.backups.restore', { name: 'puljestyr-2020-06-15.db' })
    expect(tampered.code).toBe('database')
    expect(tampered.message).toContain('gendannes ikke: revisionssporet passer ikke')

    // Bytes overwritten: SQLite's own check refuses it.
    const bytes = fs.readFileSync(copy)
    bytes.fill(0x41, 100, bytes.length)
    fs.writeFileSync(copy, bytes)
    const damaged = await r.callError('app.backups.restore', { name: 'puljestyr-2020-06-15.db' })
    expect(damaged.code).toBe('database')
    expect(damaged.message).toMatch(/gendannes ikke/)

    expect(await titles(r)).toEqual(['Bliver'])
    expect(fs.readdirSync(r.dir).filter((n) => n.includes('før-gendannelse'))).toEqual([])
  })

  it('reads only the backup folder: a path or an unknown name is refused', async () => {
    const r = await start()
    const traversal = await r.callError('app.backups.restore', { name: '../puljestyr-2020-06-15.db' })
    expect(traversal).toMatchObject({ code: 'validation', field: 'name' })
    expect(traversal.message).toContain('Sikkerhedskopi')
    const unknown = await r.callError('app.backups.restore', { name: 'puljestyr-1999-01-01.db' })
    expect(unknown).toMatchObject({ code: 'not_found', message: 'Sikkerhedskopien «puljestyr-1999-01-01.db» findes ikke i mappen med sikkerhedskopier.' })
  })

  it('holds other calls back while the file is swapped, so none meets a closed database', async () => {
    const r = await start()
    await r.call('projects.create', project('Før'))
    const calls: Promise<{ ok: boolean }>[] = []
    const restore = r.registry.call('app.backups.restore', { name: 'puljestyr-2020-06-15.db' })
    for (let i = 0; i < 40; i++) {
      calls.push(r.registry.call('projects.list', {}))
      await new Promise((res) => setTimeout(res, 2))
    }
    expect((await restore).ok).toBe(true)
    const results = await Promise.all(calls)
    expect(results.filter((x) => !x.ok)).toEqual([])
  })

  it('is not offered where the host makes no daily backups (one-shot CLI commands)', async () => {
    rt = await createTestRuntime()
    expect(await rt.call('app.backups.list', {})).toMatchObject({ enabled: false, items: [] })
    const refused = await rt.callError('app.backups.restore', { name: 'puljestyr-2020-06-15.db' })
    expect(refused.message).toContain('kan kun ske i skrivebordsprogrammet eller i browsertilstand')
  })
})
