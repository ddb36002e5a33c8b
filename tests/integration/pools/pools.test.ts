import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

describe('grant pools and their budget rules', () => {
  it('ships FSM2, FSM1 and HRF; a user adds a pool, which starts with the default rules', async () => {
    expect((await rt.call('pools.list', {})).map((p) => p.key)).toEqual(['FSM2', 'FSM1', 'HRF'])
    const pool = await rt.call('pools.create', { key: 'LTL', name: 'Pulje til langtidsledige', financeAct: '§ 17.46.14.10' })
    expect(pool).toMatchObject({ key: 'LTL', name: 'Pulje til langtidsledige', financeAct: '§ 17.46.14.10', projectCount: 0 })
    const rules = await rt.call('budget.rules.get', { poolId: pool.id })
    expect(rules.shipped).toBe(true)
    expect(rules.rules.revisions.betweenYearsWithinPeriodNeedsApproval).toBe(true)
    const dup = await rt.callError('pools.create', { key: 'fsm2', name: 'X', financeAct: '' })
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
    expect(dup).toMatchObject({ code: 'conflict', field: 'key' })
  })

  it('saves edited budget rules through the audit trail, and a project of the pool uses them at once', async () => {
    const fsm2 = (await rt.call('pools.list', {})).find((p) => p.key === 'FSM2')!
    const { rules } = await rt.call('budget.rules.get', { poolId: fsm2.id })
    const edited = {
      ...rules,
      categories: rules.categories.map((c) => (c.key === 'courses' ? { ...c, eligible: true, ruleText: '' } : c)),
      hourlyRate: { ...rules.hourlyRate, divisorMinutes: 1628 * 60 }
    }
    const saved = await rt.call('budget.rules.save', { poolId: fsm2.id, rules: edited, reason: 'Tillægsbevilling dækker kurser' })
    expect(saved.shipped).toBe(false)
    expect(saved.rules.hourlyRate.divisorMinutes).toBe(97680)
    const trail = await rt.call('audit.list', { entity: 'grant_pool_rules' })
    expect(trail[0]!.reason).toBe('Tillægsbevilling dækker kurser')

    const err = await rt.callError('budget.rules.save', {
      poolId: fsm2.id,
      reason: '',
      rules: { ...edited, categories: edited.categories.map((c) => (c.key === 'overhead' ? { ...c, ruleText: '' } : c)) }
    })
    expect(err.message).toBe('Feltet «Omkostningskategorier»: «Overhead» er ikke tilskudsberettiget og skal have en regeltekst, der forklarer hvorfor.')
  })

  it('renaming a pool’s key keeps the rules it uses', async () => {
    const hrf = (await rt.call('pools.list', {})).find((p) => p.key === 'HRF')!
    await rt.call('pools.update', { poolId: hrf.id, key: 'HRF2', name: 'Håndholdt ressourceforløb', financeAct: '§ 17.46.78.30' })
    const r = await rt.call('budget.rules.get', { poolId: hrf.id })
    expect(r.rules.instalmentSchedule).toBe('halfYearly')
    expect((await rt.call('pools.get', { poolId: hrf.id })).key).toBe('HRF2')
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
