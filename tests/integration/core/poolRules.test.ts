import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { poolIdByKey } from '../../../services/pools/pools'
import { readPoolRules, writePoolRules, type PoolRulesDefinition } from '../../../services/pools/rules'

const schema = z.object({ cadenceMonths: z.number().int().min(1).max(12) })
const def: PoolRulesDefinition<typeof schema> = {
  section: 'meetings',
  schema,
  shipped: (key) => ({ cadenceMonths: key === 'HRF' ? 6 : 3 })
}

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

describe('pool rules', () => {
  it('uses the rules shipped for the pool key until a user saves their own, which are audited', async () => {
    const fsm2 = await poolIdByKey(rt.ctx.db, 'FSM2')
    const hrf = await poolIdByKey(rt.ctx.db, 'HRF')
    expect(await readPoolRules(rt.ctx.db, fsm2, def)).toEqual({ cadenceMonths: 3 })
    expect(await readPoolRules(rt.ctx.db, hrf, def)).toEqual({ cadenceMonths: 6 })

    const write = (rules: { cadenceMonths: number }, options = {}) =>
      rt.ctx.db.transaction().execute((trx) => writePoolRules(trx, rt.ctx, fsm2, def, rules, options))
    await write({ cadenceMonths: 2 }, { reason: 'Styregruppen mødes hver anden måned' })
    await write({ cadenceMonths: 1 })
    expect(await readPoolRules(rt.ctx.db, fsm2, def)).toEqual({ cadenceMonths: 1 })
    expect(await readPoolRules(rt.ctx.db, hrf, def)).toEqual({ cadenceMonths: 6 })

    const trail = await rt.call('audit.list', { entity: 'grant_pool_rules' })
    expect(trail.map((e) => e.action)).toEqual(['update', 'create'])
    expect(trail[1]!.reason).toBe('Styregruppen mødes hver anden måned')
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses rules that break the section schema and keeps the saved ones', async () => {
    const fsm2 = await poolIdByKey(rt.ctx.db, 'FSM2')
    await expect(rt.ctx.db.transaction().execute((trx) => writePoolRules(trx, rt.ctx, fsm2, def, { cadenceMonths: 0 }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['cadenceMonths'] })]
    })
    expect(await readPoolRules(rt.ctx.db, fsm2, def)).toEqual({ cadenceMonths: 3 })
  })
})
