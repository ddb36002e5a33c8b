import { describe, expect, it } from 'vitest'
import { shippedTimeRules, timeModeOf, timePoolRulesSchema } from '@shared/domain/time/poolRules'
import { basisPoints } from '@shared/domain/percent'

describe('the time section of a pool’s rules', () => {
  it('ships the FSM rule: staff 100 % on the project need no timesheet, citing STAR’s FAQ', () => {
    for (const key of ['FSM2', 'FSM1', 'HRF', 'EGEN']) expect(timePoolRulesSchema.safeParse(shippedTimeRules(key)).success).toBe(true)
    const fsm2 = shippedTimeRules('FSM2')
    expect(fsm2.statement).toMatchObject({ allowed: true, minShareBp: 10000 })
    expect(fsm2.statement.source).toContain('STAR’s FAQ til Flere skal med')
    expect(fsm2.signature.employeeSigns).toBe(true)
  })

  it('a management statement for 100 % staff, a timesheet below, and a timesheet for all when the pool says so', () => {
    const rules = shippedTimeRules('FSM2')
    expect(timeModeOf(10000, rules)).toBe('statement')
    expect(timeModeOf(7135, rules)).toBe('timesheet')
    expect(timeModeOf(10000, { ...rules, statement: { ...rules.statement, allowed: false } })).toBe('timesheet')
    expect(timeModeOf(9000, { ...rules, statement: { ...rules.statement, minShareBp: basisPoints(9000) } })).toBe('statement')
  })
})
