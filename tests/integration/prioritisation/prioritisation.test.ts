import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { poolIdByKey } from '../../../services/pools/pools'
import { shippedResultsRules } from '@shared/domain/participants/poolRules'
import { addParticipants, smallProject } from '../participants/helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

describe('the Pareto list', () => {
  it('ranks the effort group by score, marks the top 20 %, and follows pins and exclusions (audited)', async () => {
    const { projectId } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 10)
    await addParticipants(rt, projectId, 1, { intakeGroup: 2 }, 11)
    const rows = ids.map((participantId, i) =>
      i === 0
        ? { participantId, activities: ['paidHours' as const], paidHoursMinutes: 600, cvUpdatedOn: '2020-03-01', jobPlan: true, jobGoal: 'Lager' }
        : i === 1
          ? { participantId, activities: ['workPlacement' as const], jobPlan: true }
          : { participantId, passive: true, passiveReason: 'Sygdom eller helbred' }
    )
    await rt.call('participants.month.save', { projectId, month: '2020-03', rows })
    let list = await rt.call('prioritisation.list', { projectId, month: '2020-03' })
    expect(list.entries).toHaveLength(10)
    expect(list.entries[0]!.pseudonym).toBe('Borger 001')
    // Lookback 3 months (Jan–Mar), one month with paid hours: 1/3 × 30 + 1/3 × 25 + 1/3 × 10 + CV 10 + plan 5 + goal 5.
    expect(list.entries[0]!.score).toBe(41.7)
    expect(list.entries[0]!.parts.find((p) => p.key === 'paidHours')).toEqual({ key: 'paidHours', value: 1 / 3, weight: 30, points: 10 })
    expect(list.entries.filter((e) => e.focus).map((e) => e.pseudonym)).toEqual(['Borger 001', 'Borger 002'])
    // The eight passive ones tie at 0 and share rank 3.
    expect(list.entries[2]!.rank).toBe(3)
    expect(list.entries[9]!.rank).toBe(3)

    await rt.call('prioritisation.set', { projectId, participantId: ids[5]!, kind: 'pin', reason: 'Starter i løntimer i april' })
    await rt.call('prioritisation.set', { projectId, participantId: ids[1]!, kind: 'exclude', reason: 'Indlagt' })
    list = await rt.call('prioritisation.list', { projectId, month: '2020-03' })
    expect(list.entries).toHaveLength(9)
    expect(list.excluded).toEqual([{ participantId: ids[1]!, pseudonym: 'Borger 002', reason: 'Indlagt' }])
    const pinned = list.entries.find((e) => e.participantId === ids[5])!
    expect(pinned.focus).toBe(true)
    expect(pinned.pinReason).toBe('Starter i løntimer i april')
    const e = await rt.callError('prioritisation.set', { projectId, participantId: ids[5]!, kind: 'none', reason: '' })
    expect(e.field).toBe('reason')
    await rt.call('prioritisation.set', { projectId, participantId: ids[5]!, kind: 'none', reason: 'Aftalen faldt bort' })
    const trail = await rt.call('audit.list', { projectId, entity: 'participant_priority' })
    expect(trail.map((t) => [t.action, t.reason])).toEqual([
      ['delete', 'Aftalen faldt bort'],
      ['create', 'Indlagt'],
      ['create', 'Starter i løntimer i april']
    ])
  })

  it('ranks the causes of passivity 80/20 and lists what is behind each bar', async () => {
    const { projectId, brokers } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 6, { jobBrokerId: brokers[0]! })
    const reasons = ['Sygdom eller helbred', 'Sygdom eller helbred', 'Sygdom eller helbred', 'Misbrug', 'Barsel']
    await rt.call('participants.month.save', {
      projectId,
      month: '2020-02',
      rows: [
        ...reasons.map((r, i) => ({ participantId: ids[i]!, passive: true, passiveReason: r })),
        { participantId: ids[5]!, activities: ['paidHours' as const], paidHoursMinutes: 90 }
      ]
    })
    const p = await rt.call('prioritisation.categories', { projectId, dimension: 'passiveReason', fromMonth: '2020-01', toMonth: '2020-03' })
    expect(p.total).toBe(5)
    expect(p.bars.map((b) => [b.category, b.value, Math.round(b.cumulativeShare * 100)])).toEqual([
      ['Sygdom eller helbred', 3, 60],
      ['Barsel', 1, 80],
      ['Misbrug', 1, 100]
    ])
    expect(p.bars[0]!.items.map((i) => i.label)).toEqual(['Borger 001, februar 2020', 'Borger 002, februar 2020', 'Borger 003, februar 2020'])
    const hours = await rt.call('prioritisation.categories', { projectId, dimension: 'paidHoursByBroker' })
    expect(hours.unit).toBe('minutes')
    expect(hours.bars).toEqual([expect.objectContaining({ category: 'Anna Berg', value: 90 })])
  })
})

describe('progression and the pool’s results rules', () => {
  it('saves answers on the pool’s scale, reminds when a follow-up is due, and shows the change per theme', async () => {
    const { projectId } = await smallProject(rt)
    const [a, b] = await addParticipants(rt, projectId, 2)
    let summary = await rt.call('participants.progression.summary', { projectId })
    expect(summary.exampleWording).toBe(true)
    expect(summary.reminders.map((r) => [r.pseudonym, r.kind])).toEqual([
      ['Borger 001', 'intakeMissing'],
      ['Borger 002', 'intakeMissing']
    ])
    const e = await rt.callError('participants.progression.save', {
      projectId,
      participantId: a!,
      occasion: 'intake',
      answeredOn: '2020-01-20',
      answers: { selfEfficacy1: 7 }
    })
    expect(e.message).toBe('Feltet «Svar»: hvert svar skal være et helt tal fra 1 til 5.')
    const early = await rt.callError('participants.progression.save', {
      projectId,
      participantId: a!,
      occasion: 'intake',
      answeredOn: '2020-01-02',
      answers: { selfEfficacy1: 2 }
    })
    expect(early.message).toBe('Feltet «Besvaret den» kan ikke ligge før startafklaringen.')
    await rt.call('participants.progression.save', {
      projectId,
      participantId: a!,
      occasion: 'intake',
      answeredOn: '2020-01-20',
      answers: { selfEfficacy1: 2, selfEfficacy2: 2 }
    })
    await rt.call('participants.progression.save', {
      projectId,
      participantId: b!,
      occasion: 'intake',
      answeredOn: '2020-01-20',
      answers: { selfEfficacy1: 3, selfEfficacy2: 3 }
    })
    rt.setNow('2021-01-10T10:00:00.000Z')
    summary = await rt.call('participants.progression.summary', { projectId })
    expect(summary.reminders.map((r) => [r.pseudonym, r.kind, r.dueOn])).toEqual([
      ['Borger 001', 'followUpSoon', '2021-01-20'],
      ['Borger 002', 'followUpSoon', '2021-01-20']
    ])
    await rt.call('participants.progression.save', {
      projectId,
      participantId: a!,
      occasion: 'followUp',
      answeredOn: '2021-01-05',
      answers: { selfEfficacy1: 4, selfEfficacy2: 3 }
    })
    summary = await rt.call('participants.progression.summary', { projectId })
    expect(summary.reminders.map((r) => r.pseudonym)).toEqual(['Borger 002'])
    const self = summary.themes.find((t) => t.key === 'selfEfficacy')!
    expect(self).toEqual({ key: 'selfEfficacy', label: 'Tro på egne evner', participants: 1, intakeMean: 2, latestMean: 3.5, change: 1.5 })
    const list = await rt.call('participants.list', { projectId })
    expect(list.find((p) => p.id === b)!.reminder).toEqual({ kind: 'followUpSoon', dueOn: '2021-01-20' })
  })

  it('lets a user replace the example wording and the scale, audited; a project sets its own targets', async () => {
    const { projectId } = await smallProject(rt)
    const poolId = await poolIdByKey(rt.ctx.db, 'FSM2')
    const view = await rt.call('participants.rules.get', { poolId })
    expect(view.shipped).toBe(true)
    expect(view.rules.effortGroupExit).toEqual(['movedAway', 'death', 'statePension'])
    const rules = structuredClone(view.rules)
    rules.progression.exampleWording = false
    rules.progression.themes[0]!.questions[0]!.text = 'Jeg tror på, at jeg kan passe et job.'
    rules.progression.scaleMax = 10
    const saved = await rt.call('participants.rules.save', { poolId, rules, reason: 'Kommunens egen formulering' })
    expect(saved.shipped).toBe(false)
    expect((await rt.call('participants.progression.summary', { projectId })).scaleMax).toBe(10)
    const trail = await rt.call('audit.list', { entity: 'grant_pool_rules' })
    expect(trail[0]!.reason).toBe('Kommunens egen formulering')
    expect((await rt.call('participants.rules.reset', { poolId })).rules).toEqual(shippedResultsRules('FSM2'))

    const targets = await rt.call('participants.targets.save', { projectId, targets: { caseloadMax: 25, passiveShareMax: 0.15 } })
    expect(targets.targets.caseloadMax).toBe(25)
    expect(targets.targets.paidHoursShare).toBe(0.15)
    expect((await rt.call('participants.kpi.monthly', { projectId })).targets.passiveShareMax).toBe(0.15)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
