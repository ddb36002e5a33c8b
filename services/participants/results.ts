// The contract between the KPI domain (participants) and the budget domain's instalments: how far
// a result condition of the pool is met, measured on the same monthly KPIs as the KPI screen.
import type { ServiceContext } from '../context'
import { evaluateCondition, loadKpiData, type KpiData } from './kpis'

interface ResultRule {
  /** KPI key of the pool's rule, e.g. 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth'. */
  kpi: string
  atLeast: number
  consecutiveMonths?: number
}

interface ResultMeasurement {
  kpi: string
  /** The best share reached (0..1), or the best run for consecutive-month rules. */
  bestShare: number
  /** The month (YYYY-MM) where the best share was reached / the run ended. */
  bestMonth: string | null
  met: boolean
  /** Danish, one line: what was measured and how. */
  detail: string
}

/** One measurement of a rule on the project's KPI data (null: not yet measured). */
function measure(data: KpiData, rule: ResultRule): ResultMeasurement | null {
  const r = evaluateCondition(data, rule)
  if (r.met === null) return null
  return { kpi: rule.kpi, bestShare: r.bestShare, bestMonth: r.bestMonth, met: r.met, detail: r.detail }
}

/** null = not yet measured (no monthly statuses for the project yet). */
export async function measureResultRule(ctx: ServiceContext, projectId: number, rule: ResultRule): Promise<ResultMeasurement | null> {
  return measure(await loadKpiData(ctx, projectId), rule)
}

/**
 * Measures any number of rules of one project on the same KPI data, read once on the first rule: the
 * instalments' result tiers are measured together, not each with its own reading of every status (#14).
 */
export function resultMeasurer(ctx: ServiceContext, projectId: number): (rule: ResultRule) => Promise<ResultMeasurement | null> {
  let data: Promise<KpiData> | null = null
  return async (rule) => measure(await (data ??= loadKpiData(ctx, projectId)), rule)
}
