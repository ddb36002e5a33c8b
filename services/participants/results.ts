// The contract between the KPI domain (participants) and the budget domain's instalments: how far
// a result condition of the pool is met. Implemented by the participants issue; until then every
// condition is "not yet measured" (null).
import type { ServiceContext } from '../context'

export interface ResultRule {
  /** KPI key of the pool's rule, e.g. 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth'. */
  kpi: string
  atLeast: number
  consecutiveMonths?: number
}

export interface ResultMeasurement {
  kpi: string
  /** The best share reached (0..1), or the best run for consecutive-month rules. */
  bestShare: number
  /** The month (YYYY-MM) where the best share was reached / the run ended. */
  bestMonth: string | null
  met: boolean
  /** Danish, one line: what was measured and how. */
  detail: string
}

/** null = not yet measured (no monthly statuses for the project yet). */
export async function measureResultRule(_ctx: ServiceContext, _projectId: number, _rule: ResultRule): Promise<ResultMeasurement | null> {
  return null
}
