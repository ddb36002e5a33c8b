import { describe, expect, it } from 'vitest'
import { budgetPoolRulesSchema, shippedBudgetRules } from '@shared/domain/budget/poolRules'

describe('the budget rules shipped with the pools', () => {
  it('FSM2 pays salary costs for internal capacity, audit and progression tools, and refuses overhead citing STAR’s FAQ, never a developer’s seed number', () => {
    const rules = shippedBudgetRules('FSM2')
    expect(rules.categories.filter((c) => c.eligible).map((c) => c.key)).toEqual([
      'caseworker',
      'jobBroker',
      'companyConsultant',
      'socialHealthStaff',
      'projectManagement',
      'audit',
      'progressionTool'
    ])
    expect(rules.categories.filter((c) => !c.eligible).map((c) => c.key)).toEqual([
      'overhead',
      'externalConsultant',
      'firmMentor',
      'courses',
      'group2or3Effort'
    ])
    for (const c of rules.categories.filter((x) => !x.eligible)) expect(c.ruleText).toContain('STAR’s FAQ til puljen Flere skal med')
    expect(rules.categories.find((c) => c.key === 'overhead')!.ruleText).toContain('overhead')
  })

  it('no text a user sees in any shipped pool cites a developer reference such as «seed 003»', () => {
    for (const pool of ['FSM1', 'FSM2', 'HRF', 'EGEN']) expect(JSON.stringify(shippedBudgetRules(pool))).not.toMatch(/seed/i)
  })

  it('the hourly rate divides by 1.924 hours (115440 minutes) of A-indkomst, pension and ATP; bonuses excluded', () => {
    const { hourlyRate } = shippedBudgetRules('FSM2')
    expect(hourlyRate.divisorMinutes).toBe(115440)
    expect(hourlyRate.salaryParts.map((p) => p.label)).toEqual(['A-indkomst før arbejdsmarkedsbidrag', 'Pension', 'ATP'])
    expect(hourlyRate.excluded).toContain('Bonus')
  })

  it('FSM2 moves money between years without approval; other changes and other pools need it', () => {
    expect(shippedBudgetRules('FSM2').revisions).toMatchObject({ betweenYearsWithinPeriodNeedsApproval: false, otherChangesNeedApproval: true })
    expect(shippedBudgetRules('FSM1').revisions.betweenYearsWithinPeriodNeedsApproval).toBe(true)
    expect(shippedBudgetRules('HRF').revisions.betweenYearsWithinPeriodNeedsApproval).toBe(true)
  })

  it('FSM2 pays 50 % on a management-signed interim account and the rest on results at 15 % / 20 %', () => {
    const [first, second] = shippedBudgetRules('FSM2').instalments
    expect(first).toMatchObject({ no: 1, basis: 'interimAccount', managementSignOff: true, shareOfGrantBp: 5000, resultTiers: [] })
    expect(second!.basis).toBe('finalAccount')
    expect(second!.resultTiers.map((t) => [t.atLeastBp, t.grantPaidInAllBp])).toEqual([
      [1500, 4000],
      [2000, 10000]
    ])
  })

  it('FSM1 has a third instalment of 30 % at 40 % three months in a row; HRF pays half-yearly', () => {
    const third = shippedBudgetRules('FSM1').instalments.find((i) => i.no === 3)!
    expect(third.shareOfGrantBp).toBe(3000)
    expect(third.resultTiers[0]).toMatchObject({ atLeastBp: 4000, consecutiveMonths: 3 })
    expect(shippedBudgetRules('HRF').instalmentSchedule).toBe('halfYearly')
  })

  it('every shipped rule set (and a user pool’s default) passes its own schema, with alerts at 50/75/90/100 %', () => {
    for (const key of ['FSM2', 'FSM1', 'HRF', 'EGEN']) {
      const rules = shippedBudgetRules(key)
      expect(budgetPoolRulesSchema.parse(rules)).toEqual(rules)
      expect(rules.alertThresholdsBp).toEqual([5000, 7500, 9000, 10000])
    }
  })
})
