import { describe, expect, it } from 'vitest'
import { halfYearsOf, instalmentStatusOn, midPeriod, planInstalments, tierForShare, tierOutcome } from '@shared/domain/budget/instalments'
import { shippedBudgetRules } from '@shared/domain/budget/poolRules'

const herning = { periodStart: '2019-12-01', periodEnd: '2021-12-31', grantAmountOre: 223507400 }

describe('FSM2 instalments applied to Herning', () => {
  const [first, second] = planInstalments(shippedBudgetRules('FSM2'), herning)
  it('instalment 1: at most 50 % of the grant on a management-signed interim account, no result condition', () => {
    expect(first).toMatchObject({ no: 1, basis: 'interimAccount', managementSignOff: true, maxAmountOre: 111753700, resultTiers: [] })
    expect(first!.accountFrom).toBe('2019-12-01')
    expect(first!.accountTo).toBe(midPeriod('2019-12-01', '2021-12-31'))
  })
  it('instalment 2: the rest on the final account for the whole period', () => {
    expect(second).toMatchObject({ no: 2, basis: 'finalAccount', maxAmountOre: 111753700, accountFrom: '2019-12-01', accountTo: '2021-12-31' })
    expect(second!.expectedDate).toBe('2022-06-30')
  })
})

describe('FSM2 result condition: 15 % → 40 % of the grant in all, 20 % → 100 %', () => {
  const tiers = shippedBudgetRules('FSM2').instalments[1]!.resultTiers
  it('14,9 % reaches no tier', () => {
    expect(tierForShare(tiers, 1490)).toBeNull()
  })
  it('exactly 15 % reaches the 40 % tier', () => {
    expect(tierForShare(tiers, 1500)!.grantPaidInAllBp).toBe(4000)
  })
  it('19,9 % still pays 40 %; 20 % pays the full grant', () => {
    expect(tierForShare(tiers, 1999)!.grantPaidInAllBp).toBe(4000)
    expect(tierForShare(tiers, 2000)!.grantPaidInAllBp).toBe(10000)
  })
  it('the highest tier met decides the grant paid in all', () => {
    expect(tierOutcome(tiers, [true, false], 223507400)).toMatchObject({ met: true, grantPaidInAllOre: 89402960 })
    expect(tierOutcome(tiers, [true, true], 223507400)).toMatchObject({ met: true, grantPaidInAllOre: 223507400 })
    expect(tierOutcome(tiers, [false, false], 223507400)).toMatchObject({ met: false, grantPaidInAllOre: 0 })
  })
  it('without measurements the condition is not yet measured', () => {
    expect(tierOutcome(tiers, [null, null], 223507400)).toEqual({ met: null, reachedTier: null, grantPaidInAllOre: null })
  })
  it('an instalment without tiers has no result condition', () => {
    expect(tierOutcome([], [], 1).met).toBe(true)
  })
})

describe('FSM1 and HRF', () => {
  it('FSM1: a third instalment of 30 % on 40 % three months in a row', () => {
    const third = planInstalments(shippedBudgetRules('FSM1'), { periodStart: '2017-09-01', periodEnd: '2019-12-31', grantAmountOre: 100000000 }).find(
      (i) => i.no === 3
    )!
    expect(third.maxAmountOre).toBe(30000000)
    expect(third.resultTiers[0]).toMatchObject({ atLeastBp: 4000, consecutiveMonths: 3 })
  })
  it('HRF: half-yearly in arrears, the last on the final account', () => {
    expect(halfYearsOf('2018-01-01', '2019-09-30')).toEqual([
      { from: '2018-01-01', to: '2018-06-30' },
      { from: '2018-07-01', to: '2018-12-31' },
      { from: '2019-01-01', to: '2019-06-30' },
      { from: '2019-07-01', to: '2019-09-30' }
    ])
    const plan = planInstalments(shippedBudgetRules('HRF'), { periodStart: '2018-01-01', periodEnd: '2019-09-30', grantAmountOre: 118750000 })
    expect(plan.map((p) => p.basis)).toEqual(['interimAccount', 'interimAccount', 'interimAccount', 'finalAccount'])
    expect(plan[0]!.expectedDate).toBe('2018-09-30')
  })
})

describe('an instalment as it stood on a day (the quarterly pack reads past quarters as they were)', () => {
  const received = { status: 'received' as const, appliedDate: '2021-01-22', receivedDate: '2021-04-20' }
  it('is received only from the day it was received, applied for only from the day it was applied for', () => {
    expect(instalmentStatusOn(received, '2021-04-20')).toBe('received')
    expect(instalmentStatusOn(received, '2021-03-31')).toBe('appliedFor')
    expect(instalmentStatusOn(received, '2020-12-31')).toBe('expected')
    expect(instalmentStatusOn({ status: 'expected', appliedDate: null, receivedDate: null }, '2030-01-01')).toBe('expected')
  })
})
