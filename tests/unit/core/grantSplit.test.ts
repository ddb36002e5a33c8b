import { describe, expect, it } from 'vitest'
import { checkGrantSplit } from '@shared/domain/grantSplit'

describe('grant split by year', () => {
  it("reports Herning's split as 1,00 kr. short of the grant (seed 001)", () => {
    const check = checkGrantSplit(
      223507400,
      [
        { year: 2019, amountOre: 63121500 },
        { year: 2020, amountOre: 85880500 },
        { year: 2021, amountOre: 74505300 }
      ],
      [2019, 2020, 2021]
    )
    expect(check.splitTotalOre).toBe(223507300)
    expect(check.differenceOre).toBe(100)
    expect(check.balanced).toBe(false)
  })
  it('names missing years and years outside the period', () => {
    const check = checkGrantSplit(1000, [{ year: 2018, amountOre: 1000 }], [2019, 2020])
    expect(check.missingYears).toEqual([2019, 2020])
    expect(check.yearsOutsidePeriod).toEqual([2018])
  })
  it('is balanced when the years add up to the grant', () => {
    expect(checkGrantSplit(300, [{ year: 2020, amountOre: 300 }], [2020]).balanced).toBe(true)
  })
})
