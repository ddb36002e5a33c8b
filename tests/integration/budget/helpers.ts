// Shared set-up of the budget integration tests: a small FSM2 project.
import type { TestRuntime } from '../../support/runtime'

export async function createFsm2Project(rt: TestRuntime, overrides: { periodStart?: string; periodEnd?: string } = {}): Promise<number> {
  const pools = await rt.call('pools.list', {})
  const p = await rt.call('projects.create', {
    poolId: pools.find((x) => x.key === 'FSM2')!.id,
    municipality: 'Viborg Kommune',
    title: 'Flere i job',
    periodStart: overrides.periodStart ?? '2020-01-01',
    periodEnd: overrides.periodEnd ?? '2021-12-31',
    amountAppliedOre: 150000000,
    grantAmountOre: 150000000,
    grantByYear: [
      { year: 2020, amountOre: 75000000 },
      { year: 2021, amountOre: 75000000 }
    ]
  })
  return p.id
}

export const salaryParts = (aIncome: number, pension: number, atp = 340800) => [
  { key: 'aIncome', amountOre: aIncome },
  { key: 'pension', amountOre: pension },
  { key: 'atp', amountOre: atp }
]
