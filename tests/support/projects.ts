// The project most tests set up when the project itself is not what they test: Viborg Kommune's
// «Flere i job», a grant of 1.000.000,00 kr. split evenly on 2020 and 2021 (the input of projects.create).

export function viborgProjectInput(poolId: number, periodStart = '2020-01-01') {
  return {
    poolId,
    municipality: 'Viborg Kommune',
    title: 'Flere i job',
    periodStart,
    periodEnd: '2021-12-31',
    amountAppliedOre: 100000000,
    grantAmountOre: 100000000,
    grantByYear: [
      { year: 2020, amountOre: 50000000 },
      { year: 2021, amountOre: 50000000 }
    ]
  }
}
