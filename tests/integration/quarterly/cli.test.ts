import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatKr } from '@shared/domain/money'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { emptyProject } from './helpers'

// `puljestyr report` prints the same figures as the pack, so a revisor can check them without the app.
const cli = path.resolve(__dirname, '..', '..', '..', 'bin', 'puljestyr.cjs')
let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime()
  projectId = (await rt.call('demo.open', {})).projectId
})
afterAll(async () => {
  await rt.close()
})

const run = (...args: string[]) =>
  execFileSync(process.execPath, [cli, 'report', '--db', rt.file, '--project', String(projectId), ...args], { encoding: 'utf8' })

describe('puljestyr report', () => {
  it('--json gives the figures of the pack for the quarter', async () => {
    const printed = JSON.parse(run('--quarter', '2020-Q3', '--json'))
    const pack = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    expect({ ...printed, madeAt: null }).toEqual({ ...pack, madeAt: null })
    expect(printed.economy.totals.spentInQuarterOre).toBeGreaterThan(0)
  })

  it('prints the traffic lights, the economy and steering against the previous quarter as text', async () => {
    const out = run('--quarter', '2020-Q3')
    const pack = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    for (const l of pack.lights) expect(out).toContain(`${l.label}\t${l.rule}`)
    const t = pack.economy.totals
    expect(out).toContain(`I alt\t${formatKr(t.budgetOre)}\t${formatKr(t.spentInQuarterOre)}\t${formatKr(t.spentToDateOre)}\t${formatKr(t.remainingOre)}`)
    expect(out).toContain(`Passive sager i kvartalet: ${pack.passivity.total}\t(Forrige kvartal: ${pack.passivity.previousTotal})`)
    for (const e of pack.focusList!.entries) expect(out).toContain(`${e.rank}\t${e.pseudonym}\t`)
    expect(out).toContain('Åbne ved kvartalets udgang: 3\t(Forrige kvartal: 3)')
    expect(out).toContain('Over frist ved kvartalets udgang: 0\t(Forrige kvartal: 1)')
  })

  it('refuses a malformed quarter with one Danish line naming the field and the rule', () => {
    for (const quarter of ['2020-Q5', '3. kvt']) {
      const r = spawnSync(process.execPath, [cli, 'report', '--db', rt.file, '--project', String(projectId), '--quarter', quarter], { encoding: 'utf8' })
      expect(r.status, quarter).not.toBe(0)
      expect(r.stderr.trim()).toBe('puljestyr: Feltet «Kvartal» skal skrives som år og kvartal, fx 2020-Q3 (kvartal 1–4).')
      expect(r.stdout).toBe('')
    }
  })

  it('prints what is missing for a project without budget or participants, and stores no pack where none can be made', async () => {
    const project = await emptyProject(rt)
    const out = execFileSync(process.execPath, [cli, 'report', '--db', rt.file, '--project', String(project.id), '--quarter', '2024-Q1'], { encoding: 'utf8' })
    expect(out).toContain('GRÅ\tForbrug mod tid\tIntet godkendt budget endnu')
    expect(out).toContain('Der er intet godkendt budget i kraft.')
    expect(out).toContain('Der er endnu ingen månedsstatus for deltagerne til og med kvartalet')
    expect(out).toContain('Ingen budgetændringer eller flytninger mellem år i kvartalet.')
    expect(out).toContain('Projektet har endnu ingen styregruppe eller implementeringsgruppe')
    // This runtime has no Chromium: making the pack is refused in Danish, and nothing is stored.
    const before = (await rt.call('audit.list', { projectId: project.id })).length
    const e = await rt.callError('quarterly.make', { projectId: project.id, quarter: '2024-Q1', publication: false })
    expect(e.message).toMatch(/^Kvartalsrapporten kan ikke laves som PDF her/)
    expect(await rt.call('quarterly.packs.list', { projectId: project.id })).toEqual([])
    expect((await rt.call('audit.list', { projectId: project.id })).length).toBe(before)
  })

  it('refuses a quarter outside the period with one Danish line', () => {
    const r = spawnSync(process.execPath, [cli, 'report', '--db', rt.file, '--project', String(projectId), '--quarter', '2023-Q1'], { encoding: 'utf8' })
    expect(r.status).not.toBe(0)
    expect(r.stderr.trim()).toBe('puljestyr: 1. kvartal 2023 ligger uden for projektperioden 01.12.2019–31.12.2021.')
  })
})
