// The trace of the pack's counts and means (issue #11): the meetings behind «Møder holdt i
// kvartalet» and the pairs of answers behind a progression mean give the pack's figures, by the
// same rules (countsAsHeld, progressionPairs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countsAsHeld, isOpenAt, isOverdueAt } from '@shared/domain/meetings/agenda'
import { awaitsApproval } from '@shared/domain/time/hours'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2021-08-10T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
}, 120_000)
afterAll(async () => {
  await rt.close()
})

describe('tracing the pack’s counts and means', () => {
  it('each progression mean is the mean of the listed pairs of answers, one pair per participant', async () => {
    const r = await rt.call('quarterly.get', { projectId, quarter: '2020-Q4', publication: false })
    expect(r.progression.length).toBeGreaterThan(0)
    for (const theme of r.progression) {
      const m = await rt.call('participants.progression.members', { projectId, themeKey: theme.key })
      expect(m.label).toBe(theme.label)
      expect(m.members).toHaveLength(theme.participants)
      expect(new Set(m.members.map((p) => p.participantId)).size).toBe(m.members.length)
      const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null)
      expect(mean(m.members.map((p) => p.intakeScore))).toBeCloseTo(theme.intakeMean!, 9)
      expect(mean(m.members.map((p) => p.latestScore))).toBeCloseTo(theme.latestMean!, 9)
      for (const p of m.members) expect(p.latestOn >= p.intakeOn).toBe(true)
    }
  })

  it('the meetings held are the quarter’s meetings that count as held', async () => {
    for (const quarter of ['2020-Q2', '2020-Q3', '2021-Q1']) {
      const r = await rt.call('quarterly.get', { projectId, quarter, publication: false })
      const inQuarter = (await rt.call('meetings.list', { projectId })).filter((m) => m.date >= r.quarter.from && m.date <= r.quarter.to)
      expect(inQuarter.filter((m) => countsAsHeld(m.status)).length).toBe(r.steering.meetingsHeld)
      expect(r.steering.groups.flatMap((g) => g.meetings).length).toBe(inQuarter.length)
    }
  })

  it('each job broker’s caseload is the participants listed for them, by the same rule as the count', async () => {
    const r = await rt.call('quarterly.get', { projectId, quarter: '2021-Q2', publication: false })
    const latest = r.results.months.find((m) => m.month === r.results.latestMonth)!
    expect(latest.caseload.length).toBeGreaterThan(1)
    for (const c of latest.caseload) {
      const m = await rt.call('participants.caseload.members', { projectId, month: latest.month, jobBrokerId: c.staffId })
      expect(m.members, c.name).toHaveLength(c.count)
      expect(m.jobBrokerName).toBe(c.name)
      for (const p of m.members) expect(p.exitDate === null || p.exitDate >= `${latest.month}-01`).toBe(true)
    }
  })

  it('the action items, the months and the passive cases behind the pack’s counts give its figures', async () => {
    for (const quarter of ['2020-Q2', '2020-Q3']) {
      const r = await rt.call('quarterly.get', { projectId, quarter, publication: false })
      const actions = await rt.call('meetings.actions.list', { projectId })
      expect(actions.filter((a) => isOpenAt(a, r.quarter.to)).length).toBe(r.steering.openActions.length)
      expect(actions.filter((a) => isOverdueAt(a, r.quarter.to)).length).toBe(r.steering.overdueCount)
      const months = await rt.call('time.months', { projectId })
      expect(months.filter((m) => awaitsApproval(m, r.quarter.to.slice(0, 7))).length).toBe(r.unapprovedMonths.length)
      const pareto = await rt.call('prioritisation.categories', {
        projectId,
        dimension: 'passiveReason',
        fromMonth: r.quarter.from.slice(0, 7),
        toMonth: r.quarter.to.slice(0, 7)
      })
      expect(pareto.bars.flatMap((b) => b.items).reduce((sum, i) => sum + i.value, 0)).toBe(r.passivity.total)
      for (const row of r.passivity.rows) expect(pareto.bars.find((b) => b.category === row.label)!.items.length, row.label).toBe(row.value)
    }
  })

  it('an unknown theme gets a Danish message naming it', async () => {
    const e = await rt.callError('participants.progression.members', { projectId, themeKey: 'findes-ikke' })
    expect(e.message).toBe('Temaet «findes-ikke» findes ikke blandt puljens progressionsspørgsmål.')
  })
})
