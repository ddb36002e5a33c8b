import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { projectWithGroup } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2022-01-10T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

const labels = async (projectId: number) => (await rt.call('meetings.cadence', { projectId }))[0]!.periods.map((p) => `${p.label}:${p.status}`)

describe("the pool's meeting rules and a group's own cadence", () => {
  it('ships quarterly steering meetings for FSM2 and lets the user change the pool rules, audited', async () => {
    const { projectId } = await projectWithGroup(rt)
    const shipped = await rt.call('meetings.rules.get', { poolId: 1 })
    expect(shipped.rules).toEqual(shipped.shipped)
    expect((await labels(projectId))[0]).toBe('4. kvt. 2019:not_required')

    await rt.call('meetings.rules.save', {
      poolId: 1,
      rules: { ...shipped.rules, steeringGroupCadenceMonths: 6, partialPeriodMinCoveragePct: 10 },
      reason: 'Styregruppen mødes hvert halvår efter aftale med STAR'
    })
    const groups = await rt.call('meetings.groups.list', { projectId })
    expect(groups[0]).toMatchObject({ effectiveCadenceMonths: 6, cadenceSource: 'pool' })
    // Half-years now, and the second half of 2019 (one month of project: 16 %) is required from 10 %.
    expect(await labels(projectId)).toEqual([
      '2. halvår 2019:missed',
      '1. halvår 2020:missed',
      '2. halvår 2020:missed',
      '1. halvår 2021:missed',
      '2. halvår 2021:missed'
    ])
    const [entry] = await rt.call('audit.list', { entity: 'grant_pool_rules' })
    expect(entry).toMatchObject({ action: 'create', reason: 'Styregruppen mødes hvert halvår efter aftale med STAR' })
  })

  it("a group's own cadence overrides the pool's, and 0 means no requirement", async () => {
    const { projectId, groupId } = await projectWithGroup(rt)
    await rt.call('meetings.groups.save', { projectId, groupId, kind: 'steering', name: 'Styregruppe', description: '', cadenceMonths: 12 })
    expect(await labels(projectId)).toEqual(['2019:not_required', '2020:missed', '2021:missed'])
    await rt.call('meetings.groups.save', { projectId, groupId, kind: 'steering', name: 'Styregruppe', description: '', cadenceMonths: 0 })
    const cadence = await rt.call('meetings.cadence', { projectId })
    expect(cadence[0]).toMatchObject({ cadenceMonths: null, cadenceSource: 'group', missedCount: 0, partialRule: 'Gruppen har intet krav om mødefrekvens' })
    const err = await rt.callError('meetings.groups.save', { projectId, groupId, kind: 'steering', name: 'Styregruppe', description: '', cadenceMonths: 5 })
    expect(err.message).toBe('Feltet «Krav om mødefrekvens» skal være 1, 2, 3, 4, 6 eller 12 måneder (eller intet krav).')
  })

  it('refuses pool rules that break the schema, naming the field in Danish', async () => {
    const { rules } = await rt.call('meetings.rules.get', { poolId: 1 })
    const err = await rt.callError('meetings.rules.save', { poolId: 1, rules: { ...rules, partialPeriodMinCoveragePct: 0 }, reason: '' })
    expect(err.code).toBe('validation')
    expect(err.message).toBe('Feltet «Delvist dækkede kvartaler» skal være mindst 1.')
  })
})
