// Builders shared by the quarterly pack's integration tests.
import type { TestRuntime } from '../../support/runtime'

/** «Flere i job» (Viborg, FSM2, 2024–2025, 600.000,00 kr.): a project without budget, participants or groups yet. */
export async function emptyProject(rt: TestRuntime) {
  return rt.call('projects.create', {
    poolId: 1,
    municipality: 'Viborg Kommune',
    title: 'Flere i job',
    caseNumber: '',
    responsible: '',
    periodStart: '2024-01-01',
    periodEnd: '2025-12-31',
    amountAppliedOre: 0,
    grantAmountOre: 60000000,
    grantByYear: []
  })
}
