import { describe, expect, it } from 'vitest'
import { basisPoints } from '@shared/domain/percent'
import { assessLine, elapsedOf, periodPartOfYear } from '@shared/domain/budget/spending'
import { budgetByYear, compareBudgetWithGrant } from '@shared/domain/budget/yearSplit'

const grantByYear = [
  { year: 2019, amountOre: 63121500 },
  { year: 2020, amountOre: 85880500 },
  { year: 2021, amountOre: 74505300 }
]
const rules = { alertThresholdsBp: [5000, 7500, 9000, 10000], deviationThresholdBp: 1500 }

describe('% of the period elapsed', () => {
  it('the part of Herning’s period in 2019 is December only', () => {
    expect(periodPartOfYear('2019-12-01', '2021-12-31', 2019)).toEqual({ from: '2019-12-01', to: '2019-12-31' })
    expect(periodPartOfYear('2019-12-01', '2021-12-31', 2022)).toBeNull()
  })
  it('half of a 10-day period is 50 %; before it starts 0 %, after it ends 100 %', () => {
    const r = { from: '2020-01-01', to: '2020-01-10' }
    expect(elapsedOf(r, '2020-01-05').elapsedBp).toBe(5000)
    expect(elapsedOf(r, '2019-12-31').elapsedBp).toBe(0)
    expect(elapsedOf(r, '2021-01-01').elapsedBp).toBe(10000)
  })
})

describe('a line against the period', () => {
  const half = { elapsedDays: 183, totalDays: 366, elapsedBp: basisPoints(5000) }
  it('used on pace: no flag, forecast = budget, the 50 % alert is passed', () => {
    const a = assessLine({ budgetOre: 100000, spentOre: 50000 }, half, rules)
    expect(a).toMatchObject({ usedBp: 5000, forecastOre: 100000, deviationBp: 0, flag: null, overBudget: false, passedThresholdBp: 5000 })
  })
  it('80 % used at half time is over-spend beyond the 15-point threshold; the 75 % alert is passed', () => {
    const a = assessLine({ budgetOre: 100000, spentOre: 80000 }, half, rules)
    expect(a).toMatchObject({ usedBp: 8000, flag: 'over', passedThresholdBp: 7500, forecastOre: 160000 })
  })
  it('30 % used at half time is under-spend; no alert passed', () => {
    expect(assessLine({ budgetOre: 100000, spentOre: 30000 }, half, rules)).toMatchObject({ flag: 'under', passedThresholdBp: null })
  })
  it('spending more than the budget is over budget and passes 100 %', () => {
    expect(assessLine({ budgetOre: 100000, spentOre: 100001 }, half, rules)).toMatchObject({ overBudget: true, flag: 'over', passedThresholdBp: 10000 })
  })
  it('the forecast is rounded once: 1,00 kr. spent in 1 of 3 days → 3,00 kr.; 1 øre in 2 of 3 days → 2 øre', () => {
    expect(assessLine({ budgetOre: 1000, spentOre: 100 }, { elapsedDays: 1, totalDays: 3, elapsedBp: basisPoints(3333) }, rules).forecastOre).toBe(300)
    expect(assessLine({ budgetOre: 1000, spentOre: 1 }, { elapsedDays: 2, totalDays: 3, elapsedBp: basisPoints(6667) }, rules).forecastOre).toBe(2)
  })
  it('before the period starts there is no forecast and no flag', () => {
    expect(assessLine({ budgetOre: 1000, spentOre: 0 }, { elapsedDays: 0, totalDays: 31, elapsedBp: basisPoints(0) }, rules)).toMatchObject({
      forecastOre: null,
      flag: null
    })
  })
})

describe('year split differences: the budget against the grant per year and in total', () => {
  it('Herning: a budget equal to the split is 1,00 kr. short of the grant, and it says so', () => {
    const budget = new Map([
      [2019, 63121500],
      [2020, 85880500],
      [2021, 74505300]
    ])
    const c = compareBudgetWithGrant(budget, grantByYear, 223507400, [2019, 2020, 2021])
    expect(c.years.map((y) => y.differenceOre)).toEqual([0, 0, 0])
    expect(c.budgetTotalOre).toBe(223507300)
    expect(c.budgetVsSplitOre).toBe(0)
    expect(c.budgetVsGrantOre).toBe(-100)
    expect(c.splitVsGrantOre).toBe(100)
  })
  it('a year without budget shows its whole grant as the difference', () => {
    const c = compareBudgetWithGrant(new Map([[2020, 85880500]]), grantByYear, 223507400, [2019, 2020, 2021])
    expect(c.years.map((y) => [y.year, y.differenceOre])).toEqual([
      [2019, -63121500],
      [2020, 0],
      [2021, -74505300]
    ])
  })
})

describe('a version’s budget per year (the year totals of the budget screen and the revision request)', () => {
  it('sums the lines of each year, and the comparison shows the same totals', () => {
    const lines = [
      { year: 2020, amountOre: 50000000 },
      { year: 2019, amountOre: 63121500 },
      { year: 2020, amountOre: 35880500 },
      { year: 2021, amountOre: 74505300 }
    ]
    expect([...budgetByYear(lines)].sort()).toEqual([
      [2019, 63121500],
      [2020, 85880500],
      [2021, 74505300]
    ])
    const c = compareBudgetWithGrant(budgetByYear(lines), grantByYear, 223507400, [2019, 2020, 2021])
    expect(c.years.map((y) => [y.year, y.budgetOre])).toEqual([
      [2019, 63121500],
      [2020, 85880500],
      [2021, 74505300]
    ])
  })
})
