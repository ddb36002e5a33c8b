import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

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

describe('puljestyr meetings', () => {
  it('prints groups, members, meetings with attendance, items, decisions, action items and the cadence as JSON', () => {
    const out = execFileSync(process.execPath, [cli, 'meetings', '--db', rt.file, '--project', String(projectId), '--json'], { encoding: 'utf8' })
    const data = JSON.parse(out)
    expect(data.groups.map((g: { name: string }) => g.name)).toEqual(['Styregruppe', 'Implementeringsgruppe vedr. step up-indsatsen'])
    expect(data.groups[0].members[0]).toMatchObject({ name: 'Bente Hjorth', role: 'chair' })
    expect(data.meetings).toHaveLength(15)
    const first = data.meetings[0]
    expect(first).toMatchObject({ date: '2020-02-20', status: 'approved' })
    expect(first.attendance.length).toBeGreaterThan(0)
    const march = data.meetings.find((m: { date: string }) => m.date === '2020-03-05')
    const kpi = march.items.find((i: { title: string }) => i.title.startsWith('Mål- og produktionsstyring'))
    expect(kpi).toMatchObject({ number: 6, decisionChoice: 'endorsed' })
    expect(kpi.actions[0]).toMatchObject({ owner: 'Mette Kjær', status: 'done' })
    expect(data.cadence[1].periods.find((p: { label: string }) => p.label === '3. kvt. 2021').status).toBe('missed')
  })

  it('exits non-zero with one Danish line for a project that does not exist', () => {
    const r = spawnSync(process.execPath, [cli, 'meetings', '--db', rt.file, '--project', '999', '--json'], { encoding: 'utf8' })
    expect(r.status).not.toBe(0)
    expect(r.stderr.trim()).toBe('puljestyr: Projekt 999 findes ikke.')
  })
})
