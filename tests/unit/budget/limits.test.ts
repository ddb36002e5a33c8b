import { describe, expect, it } from 'vitest'
import { budgetLimitViolations, lineAboveGrant, positionInPeriod } from '../../../shared/domain/budget/limits'
import { compareBudgetWithGrant } from '../../../shared/domain/budget/yearSplit'

// Herning's grant (seed 001): 2.235.074 kr., split 631.215 / 858.805 / 745.053 kr.
const split = [
  { year: 2019, amountOre: 63121500 },
  { year: 2020, amountOre: 85880500 },
  { year: 2021, amountOre: 74505300 }
]
const compare = (byYear: [number, number][]) => compareBudgetWithGrant(new Map(byYear), split, 223507400, [2019, 2020, 2021])

describe('budget limits', () => {
  it('a total above the grant is a violation naming the excess', () => {
    const c = compare([
      [2019, 63121500],
      [2020, 85880500 + 100000000000000],
      [2021, 74505300]
    ])
    expect(budgetLimitViolations(c, { yearSplitBinds: false })).toEqual([
      { kind: 'total', budgetOre: 100000223507300, grantOre: 223507400, excessOre: 100000223507300 - 223507400 }
    ])
  })

  it('the real split (1,00 kr. short of the grant) is no violation', () => {
    const c = compare(split.map((s) => [s.year, s.amountOre]))
    expect(budgetLimitViolations(c, { yearSplitBinds: true })).toEqual([])
  })

  it('a year over its split counts only when the pool binds the split', () => {
    const c = compare([
      [2019, 63121500 + 1000],
      [2020, 85880500 - 1000],
      [2021, 74505300]
    ])
    expect(budgetLimitViolations(c, { yearSplitBinds: false })).toEqual([])
    expect(budgetLimitViolations(c, { yearSplitBinds: true })).toEqual([{ kind: 'year', year: 2019, budgetOre: 63122500, grantOre: 63121500, excessOre: 1000 }])
  })

  it('a line above the whole grant, and dates against the period', () => {
    expect(lineAboveGrant(223507401, 223507400)).toBe(true)
    expect(lineAboveGrant(223507400, 223507400)).toBe(false)
    expect(positionInPeriod('2022-01-01', '2019-12-01', '2021-12-31')).toBe('afterEnd')
    expect(positionInPeriod('2019-11-30', '2019-12-01', '2021-12-31')).toBe('beforeStart')
    expect(positionInPeriod('2021-12-31', '2019-12-01', '2021-12-31')).toBe('inside')
  })
})
