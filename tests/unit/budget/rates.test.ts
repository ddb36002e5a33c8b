import { parseHours } from '@shared/domain/duration'
import { describe, expect, it } from 'vitest'
import { computeHourlyRate, dayBefore } from '@shared/domain/budget/rates'
import { salaryLineAmount, lineFigures, checkEligibility } from '@shared/domain/budget/lines'
import { shippedBudgetRules } from '@shared/domain/budget/poolRules'

const parts = (a: number, p: number, atp: number) => [
  { key: 'aIncome', label: 'A-indkomst før arbejdsmarkedsbidrag', amountOre: a },
  { key: 'pension', label: 'Pension', amountOre: p },
  { key: 'atp', label: 'ATP', amountOre: atp }
]

describe('hourly rate: annual salary (A-indkomst + pension + ATP) / 1.924 hours', () => {
  it('573.408,00 kr. a year is 298,03 kr. an hour, and the calculation is shown beside it', () => {
    const rate = computeHourlyRate(parts(48600000, 8400000, 340800), 115440)
    expect(rate.annualSalaryOre).toBe(57340800)
    // 573.408 / 1.924 = 298,0291… → 298,03
    expect(rate.hourlyRateOre).toBe(29803)
    expect(rate.calculation).toBe('(A-indkomst før arbejdsmarkedsbidrag 486.000,00 + Pension 84.000,00 + ATP 3.408,00) / 1.924,00 timer = 298,03 kr./time')
  })

  it('rounds once, half away from zero, to whole øre: 300,005 kr. becomes 300,01 kr.', () => {
    // 1.924 × 30.000 øre + 962 øre = exactly 30.000,5 øre an hour
    expect(computeHourlyRate(parts(57720962, 0, 0), 115440).hourlyRateOre).toBe(30001)
    expect(computeHourlyRate(parts(57720961, 0, 0), 115440).hourlyRateOre).toBe(30000)
  })

  it('uses the divisor the pool sets (e.g. 1.628 hours after holidays)', () => {
    expect(computeHourlyRate(parts(48840000, 0, 0), 1628 * 60).hourlyRateOre).toBe(30000)
  })

  it('a new rate ends the previous one the day before (also across a leap day)', () => {
    expect(dayBefore('2021-04-01')).toBe('2021-03-31')
    expect(dayBefore('2020-03-01')).toBe('2020-02-29')
    expect(dayBefore('2021-01-01')).toBe('2020-12-31')
  })
})

describe('salary budget line: staff × hours × rate, rounded once to whole øre', () => {
  it('2 job brokers × 1.372,80 hours × 263,91 kr. = 724.591,30 kr. (724.591,296 rounded once)', () => {
    expect(salaryLineAmount(2, 82368, 26391)).toBe(72459130)
  })

  it('is not rounded per staff member or per hour: 3 × 7 hours × 298,03 kr. = 6.258,63 kr.', () => {
    expect(salaryLineAmount(3, 7 * 60, 29803)).toBe(625863)
    // 1 minute at 298,03 kr./time = 4,967 kr. → 4,97 kr.
    expect(salaryLineAmount(1, 1, 29803)).toBe(497)
  })

  it('a salary line without hours is incomplete; a lump sum keeps its amount', () => {
    expect(lineFigures('salary', { staffCount: 1, hourlyRateOre: 29803 })).toEqual({ missing: 'minutes' })
    expect(lineFigures('lumpSum', { amountOre: 2500000 })).toEqual({ staffCount: null, hourlyRateOre: null, minutes: null, amountOre: 2500000 })
  })
})

describe('eligibility (seed 003)', () => {
  const rules = shippedBudgetRules('FSM2')
  it('a line for overhead is refused, naming the rule', () => {
    const r = checkEligibility(rules, 'overhead')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toBe('ineligible')
      expect(r.category!.ruleText).toContain('ikke anvendes til overhead')
    }
  })
  it('external consultants, firm mentors, courses and group 2/3 efforts are refused', () => {
    for (const key of ['externalConsultant', 'firmMentor', 'courses', 'group2or3Effort']) expect(checkEligibility(rules, key).ok).toBe(false)
  })
  it('job brokers, project management and audit are paid for', () => {
    for (const key of ['jobBroker', 'projectManagement', 'audit', 'progressionTool']) expect(checkEligibility(rules, key).ok).toBe(true)
  })
  it('an unknown category is refused as unknown', () => {
    expect(checkEligibility(rules, 'coffee')).toEqual({ ok: false, reason: 'unknown', category: null })
  })
})

describe('hours of a budget line as typed in Danish', () => {
  it('reads thousands separators: 1.000 is a thousand hours, 1.372,8 is 1.372 hours 48 minutes', () => {
    expect(parseHours('1.000')).toBe(60000)
    expect(parseHours('1.372,8')).toBe(82368)
    expect(parseHours('925')).toBe(55500)
    expect(parseHours('7,4')).toBe(444)
    expect(parseHours('7.4')).toBe(444)
    expect(parseHours('1.2.3')).toBeNull()
  })
})
