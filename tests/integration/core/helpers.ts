// Small project inputs for the core domain's tests.
import { projectInputSchema } from '@shared/api/core'
import type { ApiInput, ApiOutput } from '@shared/api/contract'

/** A one-year FSM2 project (2020) with its grant in one year. */
export function projectInput(title: string, grantOre = 100000): ApiInput<'projects.create'> {
  return {
    poolId: 1,
    municipality: 'Herning Kommune',
    title,
    caseNumber: '',
    responsible: '',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-31',
    amountAppliedOre: grantOre,
    grantAmountOre: grantOre,
    grantByYear: [{ year: 2020, amountOre: grantOre }]
  }
}

/** The input of `projects.update` that keeps a project as it is (to change one field of). */
export function unchangedProject(p: ApiOutput<'projects.get'>): ApiInput<'projects.update'> {
  const fields = Object.keys(projectInputSchema.shape) as (keyof typeof projectInputSchema.shape)[]
  return { projectId: p.id, ...(Object.fromEntries(fields.map((k) => [k, p[k]])) as unknown as ApiInput<'projects.create'>) }
}
