import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { poolIdByKey } from '../../../services/pools/pools'
import { addParticipants, smallProject } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2021-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

describe("the pool's result conditions live with its instalments, in one place", () => {
  it('the KPI screen measures the tiers of the instalments, and an edited tier changes it', async () => {
    const { projectId } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 10)
    // April 2020: 2 of 10 in paid hours = 20 %.
    await rt.call('participants.month.save', {
      projectId,
      month: '2020-04',
      rows: [
        { participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 600 },
        { participantId: ids[1]!, activities: ['paidHours'], paidHoursMinutes: 300 }
      ]
    })
    const before = await rt.call('participants.kpi.monthly', { projectId })
    expect(before.conditions.map((c) => [c.atLeast, c.met])).toEqual([
      [0.15, true],
      [0.2, true]
    ])
    expect(before.conditions[1]!.label).toBe('2. rate: Mindst 20 % af indsatsgruppen i løntimer eller uddannelse i en måned: hele tilsagnet udbetales')

    // The user raises the top tier to 25 % on the pool's budget rules.
    const poolId = await poolIdByKey(rt.ctx.db, 'FSM2')
    const { rules } = await rt.call('budget.rules.get', { poolId })
    const instalments = rules.instalments.map((i) =>
      i.no === 2
        ? {
            ...i,
            resultTiers: i.resultTiers.map((tier) => (tier.atLeastBp === 2000 ? { ...tier, atLeastBp: 2500, label: 'Mindst 25 %: hele tilsagnet' } : tier))
          }
        : i
    )
    await rt.call('budget.rules.save', { poolId, rules: { ...rules, instalments }, reason: 'Tilsagnsbrevets krav' })

    const after = await rt.call('participants.kpi.monthly', { projectId })
    expect(after.conditions.map((c) => [c.atLeast, c.met])).toEqual([
      [0.15, true],
      [0.25, false]
    ])
    expect(after.conditions[1]!.label).toBe('2. rate: Mindst 25 %: hele tilsagnet')
  })
})
