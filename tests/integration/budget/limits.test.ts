// Issue 12: a budget above the grant is never sent to STAR or put in force, and a line larger than
// the whole grant is refused at entry, each with a message that names the excess.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { createFsm2Project } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

const approval = { starReference: 'J.nr. 2020-0042', decisionNote: '', actorName: 'Mette Kjær', actorRole: 'Projektleder' }
const audit = (year: number, amountOre: number, title = 'Revision') => ({ year, categoryKey: 'audit', title, amountOre, note: 'Revisorerklæring' })

describe('a budget above the grant', () => {
  it('is refused at sending and at approval with the excess named, and the detail says why', async () => {
    const projectId = await createFsm2Project(rt) // grant 1.500.000,00 kr., 750.000 kr. a year
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    await rt.call('budget.addLine', { versionId: v1.id, ...audit(2020, 100000000) })
    await rt.call('budget.addLine', { versionId: v1.id, ...audit(2021, 60000000, 'Revision af slutregnskab') })
    const detail = await rt.call('budget.version', { versionId: v1.id })
    const expected = 'Budgettets samlede beløb 1.600.000,00 kr. overstiger tilsagnet 1.500.000,00 kr. med 100.000,00 kr.'
    expect(detail.blockedReasons).toHaveLength(1)
    expect(detail.blockedReasons[0]).toContain(expected)
    const sent = await rt.callError('budget.send', { versionId: v1.id, sentDate: '2020-01-05', reason: 'Ansøgning' })
    expect(sent).toMatchObject({ code: 'rule' })
    expect(sent.message).toContain(expected)
    expect((await rt.callError('budget.approve', { versionId: v1.id, decidedDate: '2020-01-10', ...approval })).message).toContain(expected)
    expect((await rt.call('budget.version', { versionId: v1.id })).version.status).toBe('draft')

    // Within the grant (FSM2 lets a year exceed its split) it goes through.
    const lines = (await rt.call('budget.version', { versionId: v1.id })).lines
    await rt.call('budget.updateLine', { versionId: v1.id, budgetLineId: lines[1]!.budgetLineId, ...audit(2021, 50000000, 'Revision af slutregnskab') })
    expect((await rt.call('budget.version', { versionId: v1.id })).blockedReasons).toEqual([])
    await rt.call('budget.approve', { versionId: v1.id, decidedDate: '2020-01-10', ...approval })
  })

  it('a revision that would raise the total above the grant cannot be sent or put in force', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    await rt.call('budget.addLine', { versionId: v1.id, ...audit(2020, 75000000) })
    await rt.call('budget.approve', { versionId: v1.id, decidedDate: '2020-01-10', ...approval })
    const v2 = await rt.call('budget.createDraft', { projectId, title: '', reason: 'Mere revision' })
    await rt.call('budget.addLine', { versionId: v2.id, ...audit(2021, 75000100) })
    const err = await rt.callError('budget.send', { versionId: v2.id, sentDate: '2020-06-15', reason: 'Mere revision' })
    expect(err.message).toContain('overstiger tilsagnet 1.500.000,00 kr. med 1,00 kr.')
  })

  it('where the pool binds the year split, an original budget above a year’s grant is refused', async () => {
    const projectId = await createFsm2Project(rt)
    const poolId = (await rt.call('pools.list', {})).find((x) => x.key === 'FSM2')!.id
    const rules = await rt.call('budget.rules.get', { poolId })
    await rt.call('budget.rules.save', {
      poolId,
      rules: { ...rules.rules, revisions: { ...rules.rules.revisions, betweenYearsWithinPeriodNeedsApproval: true } },
      reason: 'Test: årsfordelingen binder'
    })
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    await rt.call('budget.addLine', { versionId: v1.id, ...audit(2020, 80000000) })
    const err = await rt.callError('budget.send', { versionId: v1.id, sentDate: '2020-01-05', reason: 'Ansøgning' })
    expect(err.message).toContain('Budgettet for 2020 på 800.000,00 kr. overstiger tilsagnets fordeling for 2020 på 750.000,00 kr. med 50.000,00 kr.')
  })

  it('a line larger than the whole grant is refused at entry, naming the field and the grant', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    const err = await rt.callError('budget.addLine', { versionId: v1.id, ...audit(2020, 100000000000000) })
    expect(err).toMatchObject({ code: 'rule', field: 'amountOre' })
    expect(err.message).toBe(
      'Feltet «Beløb»: 1.000.000.000.000,00 kr. er mere end hele tilsagnet (1.500.000,00 kr.). En budgetpost kan ikke være større end tilsagnet.'
    )
    expect((await rt.call('budget.version', { versionId: v1.id })).lines).toEqual([])
  })
})
