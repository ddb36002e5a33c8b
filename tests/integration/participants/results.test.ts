import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { measureResultRule } from '../../../services/participants/results'
import { addParticipants, smallProject } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2021-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

const FSM2_KPI = 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth'

describe('measureResultRule: the contract with the budget’s instalments', () => {
  it('is null before any status, then measures 15 % and 20 % in one month (FSM2)', async () => {
    const { projectId } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 10)
    expect(await measureResultRule(rt.ctx, projectId, { kpi: FSM2_KPI, atLeast: 0.15 })).toBeNull()
    // March 2020: 1 of 10 in paid hours. April: 2 of 10 (paid hours + SU education); wage subsidy does not count.
    await rt.call('participants.month.save', {
      projectId,
      month: '2020-03',
      rows: [{ participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 600 }]
    })
    await rt.call('participants.month.save', {
      projectId,
      month: '2020-04',
      rows: [
        { participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 600 },
        { participantId: ids[1]!, activities: ['educationSu'] },
        { participantId: ids[2]!, activities: ['wageSubsidy'] },
        { participantId: ids[3]!, activities: ['flexJob'] }
      ]
    })
    const r15 = await measureResultRule(rt.ctx, projectId, { kpi: FSM2_KPI, atLeast: 0.15 })
    expect(r15).toEqual({
      kpi: FSM2_KPI,
      bestShare: 0.2,
      bestMonth: '2020-04',
      met: true,
      detail: 'Opfyldt: 20,0 % (2 af 10) i april 2020; kravet er mindst 15 % i én måned.'
    })
    const r10 = await measureResultRule(rt.ctx, projectId, { kpi: FSM2_KPI, atLeast: 0.1 })
    expect(r10!.detail).toBe('Opfyldt: 20,0 % (2 af 10) i april 2020; kravet er mindst 10 % i én måned og blev nået første gang i marts 2020.')
    const r25 = await measureResultRule(rt.ctx, projectId, { kpi: FSM2_KPI, atLeast: 0.25 })
    expect(r25!.met).toBe(false)
    expect(r25!.detail).toBe('Ikke opfyldt: den bedste måned er april 2020 med 20,0 %; kravet er mindst 25 % i én måned.')
  })

  it('FSM1: 40 % firm-based three months in a row, with different people each month', async () => {
    const { projectId } = await smallProject(rt, 'FSM1')
    const ids = await addParticipants(rt, projectId, 5)
    const month = (m: string, a: number, b: number) =>
      rt.call('participants.month.save', {
        projectId,
        month: m,
        rows: [
          { participantId: ids[a]!, activities: ['workPlacement'] },
          { participantId: ids[b]!, activities: ['wageSubsidy'] }
        ]
      })
    await month('2020-11', 0, 1)
    await month('2020-12', 2, 3)
    const rule = { kpi: 'shareOfEffortGroupInFirmBasedActivity', atLeast: 0.4, consecutiveMonths: 3 }
    expect((await measureResultRule(rt.ctx, projectId, rule))!.met).toBe(false)
    await month('2021-01', 4, 0)
    const r = await measureResultRule(rt.ctx, projectId, rule)
    expect(r!.met).toBe(true)
    expect(r!.detail).toBe('Mindst 40 % 3 måneder i træk: opfyldt i november og december 2020 og januar 2021.')
    const report = await rt.call('participants.kpi.monthly', { projectId })
    expect(report.conditions).toHaveLength(1)
    expect(report.conditions[0]!.met).toBe(true)
    expect(report.conditions[0]!.metMonths).toEqual(['2020-11', '2020-12', '2021-01'])
  })

  it('a participant moved away leaves the denominator from the next month', async () => {
    const { projectId } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 4)
    await rt.call('participants.update', {
      projectId,
      participantId: ids[3]!,
      pseudonym: 'Borger 004',
      intakeDate: '2020-01-15',
      intakeGroup: 1,
      exitDate: '2020-02-10',
      exitReason: 'movedAway'
    })
    await rt.call('participants.month.save', {
      projectId,
      month: '2020-03',
      rows: [{ participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 60 }]
    })
    const report = await rt.call('participants.kpi.monthly', { projectId })
    const feb = report.months.find((m) => m.month === '2020-02')!
    const mar = report.months.find((m) => m.month === '2020-03')!
    expect(feb.effortGroup).toBe(4)
    expect(mar.effortGroup).toBe(3)
    expect(mar.shares[FSM2_KPI]).toBeCloseTo(1 / 3)
  })
})

describe('puljestyr kpi --json', () => {
  it('prints the monthly KPIs and which result conditions are met', async () => {
    const { projectId } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 5)
    await rt.call('participants.month.save', {
      projectId,
      month: '2020-02',
      rows: [{ participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 300 }]
    })
    // The CLI opens the same database file (SQLite in WAL mode) while the test's runtime holds it.
    const cli = path.resolve(__dirname, '..', '..', '..', 'bin', 'puljestyr.cjs')
    expect(fs.existsSync(cli)).toBe(true)
    const r = spawnSync(process.execPath, [cli, 'kpi', '--db', rt.file, '--project', String(projectId), '--json'], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.poolKey).toBe('FSM2')
    const feb = out.months.find((m: { month: string }) => m.month === '2020-02')
    expect(feb.effortGroup).toBe(5)
    expect(feb.counts[FSM2_KPI]).toBe(1)
    expect(out.conditions.map((c: { atLeast: number; met: boolean }) => [c.atLeast, c.met])).toEqual([
      [0.15, true],
      [0.2, true]
    ])
    const bad = spawnSync(process.execPath, [cli, 'kpi', '--db', rt.file, '--project', '999'], { encoding: 'utf8' })
    expect(bad.status).not.toBe(0)
    expect(bad.stderr.trim()).toBe('puljestyr: Projekt 999 findes ikke.')
  })
})
