// The one path for every KPI figure: the screen, the CLI's --json, printouts and the budget's
// instalments (through measureResultRule) all ask this service.
import type { ConditionResult, KpiReport, MonthKpisOut } from '@shared/api/participants'
import { caseloadByBroker, evaluateRule, monthlyKpis, seriesOf, type KpiParticipant, type MonthKpis } from '@shared/domain/participants/kpis'
import { activityKpiKeys, type ActivityKpiKey, type KpiKey, type ResultsRules } from '@shared/domain/participants/poolRules'
import { da } from '@shared/texts/da'
import type { ServiceContext } from '../context'
import { loadMonthlyStatuses, loadParticipants, staffNames, toKpiParticipant } from './load'
import { loadProjectRules, type ProjectRules } from './rules'
import { referenceDate } from './participants'
import { formatMonth, formatMonthList, formatMonthRange, type Month, monthOf, monthsFromTo } from '@shared/domain/months'
import { monthlyKpisInSql, statusExtent } from './kpiSql'

const t = da.participants

export interface KpiData {
  pr: ProjectRules
  participants: KpiParticipant[]
  /** How many statuses were measured (none: the conditions are not measured yet). */
  statusCount: number
  months: Month[]
  kpis: MonthKpis[]
  lastStatusMonth: Month | null
}

/**
 * The project's months to report: from its start to today (or its end), and to the last status.
 * `toMonth` measures as of that month (the quarterly pack of an earlier quarter): later statuses
 * are not read, so the result conditions are judged as they stood then. The statuses are counted
 * in SQL (./kpiSql.ts), never loaded whole.
 */
export async function loadKpiData(ctx: ServiceContext, projectId: number, options: { toMonth?: Month } = {}): Promise<KpiData> {
  const pr = await loadProjectRules(ctx.db, projectId)
  const participants = (await loadParticipants(ctx.db, projectId)).map(toKpiParticipant)
  const extent = await statusExtent(ctx.db, projectId, options.toMonth)
  const lastStatusMonth = extent.lastMonth
  const start = monthOf(pr.periodStart)
  let end = monthOf(referenceDate(ctx, pr))
  if (lastStatusMonth && lastStatusMonth > end) end = lastStatusMonth
  if (options.toMonth && options.toMonth < end) end = options.toMonth < start ? start : options.toMonth
  const months = monthsFromTo(start, end)
  const kpis = await monthlyKpisInSql(ctx.db, projectId, participants, pr.rules, months)
  return { pr, participants, statusCount: extent.count, months, kpis, lastStatusMonth }
}

/** The same KPIs from every status loaded into JavaScript: the reference the SQL path is tested against. */
export async function monthlyKpisLoaded(ctx: ServiceContext, projectId: number, months: Month[]): Promise<MonthKpis[]> {
  const pr = await loadProjectRules(ctx.db, projectId)
  const participants = (await loadParticipants(ctx.db, projectId)).map(toKpiParticipant)
  const statuses = await loadMonthlyStatuses(ctx.db, projectId)
  return monthlyKpis(participants, statuses, pr.rules, months)
}

/** The monthly series of any KPI key that a result condition may name (activity KPIs only for now). */
function activityKpi(kpi: string): ActivityKpiKey | null {
  return (activityKpiKeys as readonly string[]).includes(kpi) ? (kpi as ActivityKpiKey) : null
}

export function evaluateCondition(
  data: KpiData,
  rule: { kpi: string; atLeast: number; consecutiveMonths?: number | undefined; label?: string }
): ConditionResult {
  const n = rule.consecutiveMonths ?? 1
  const base = {
    label: rule.label ?? t.kpis[rule.kpi as KpiKey] ?? rule.kpi,
    kpi: rule.kpi as KpiKey,
    atLeast: rule.atLeast,
    consecutiveMonths: rule.consecutiveMonths ?? null
  }
  const key = activityKpi(rule.kpi)
  if (!key) return { ...base, met: false, bestShare: 0, bestMonth: null, metMonths: null, detail: t.detail.unknownKpi(rule.kpi) }
  if (data.statusCount === 0) return { ...base, met: null, bestShare: 0, bestMonth: null, metMonths: null, detail: t.detail.notMeasured }
  // Only months up to the last status are measured: later months have no statuses yet.
  const series = seriesOf(data.kpis, key).filter((p) => data.lastStatusMonth === null || p.month <= data.lastStatusMonth)
  const r = evaluateRule(series, { atLeast: rule.atLeast, consecutiveMonths: n })
  let detail: string
  if (n <= 1) {
    const best = series.find((p) => p.month === r.bestMonth)
    detail =
      r.met && best
        ? t.detail.oneMonthMet(rule.atLeast, r.bestShare, formatMonth(r.bestMonth!), best.count, best.total, formatMonth(r.metMonths![0]!))
        : t.detail.oneMonthNotMet(rule.atLeast, r.bestShare, r.bestMonth ? formatMonth(r.bestMonth) : null)
  } else {
    detail = r.met
      ? t.detail.runMet(rule.atLeast, n, formatMonthList(r.metMonths!))
      : t.detail.runNotMet(
          rule.atLeast,
          n,
          r.longestRun.length,
          r.longestRun.length ? formatMonthRange(r.longestRun[0]!, r.longestRun[r.longestRun.length - 1]!) : '',
          r.bestShare
        )
  }
  return { ...base, met: r.met, bestShare: r.bestShare, bestMonth: r.bestMonth, metMonths: r.metMonths, detail }
}

export function withCaseload(k: MonthKpis, participants: KpiParticipant[], names: Map<number, string>): MonthKpisOut {
  const load = caseloadByBroker(participants, k.month)
  const caseload = [...load.entries()]
    .map(([staffId, count]) => ({ staffId, name: staffId === null ? t.noBroker : (names.get(staffId) ?? String(staffId)), count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
  return { ...k, caseload }
}

function counting(rules: ResultsRules): KpiReport['counting'] {
  return activityKpiKeys.map((kpi) => ({ kpi, activities: rules.kpiActivities[kpi].map((a) => t.activities[a]) }))
}

export async function kpiReport(ctx: ServiceContext, projectId: number, options: { toMonth?: Month } = {}): Promise<KpiReport> {
  const data = await loadKpiData(ctx, projectId, options)
  const names = await staffNames(ctx.db, projectId)
  return {
    projectId,
    poolKey: data.pr.poolKey,
    poolName: data.pr.poolName,
    months: data.kpis.map((k) => withCaseload(k, data.participants, names)),
    targets: data.pr.targets,
    conditions: data.pr.resultConditions.map((c) => evaluateCondition(data, c)),
    counting: counting(data.pr.rules),
    effortGroupExit: data.pr.rules.effortGroupExit.map((r) => t.exitReasons[r]),
    lastStatusMonth: data.lastStatusMonth
  }
}
