// Who a KPI figure of one month is made of: the participants of its denominator, and which of them
// its numerator counts. One rule per participant (kpiMembership), which the month's KPIs add up
// (kpisForMonth) and a figure in the quarterly pack lists person by person (kpiMembers).
import { countsInEffortGroup, isOpenInMonth } from './effortGroup'
import type { KpiParticipant, MonthlyStatus } from './kpis'
import { activityKpiKeys, type ResultsRules } from './poolRules'
import { share, type ActivityKey } from './types'
import { type Month, monthOf } from '../months'

/** The KPIs whose members can be listed: the activity shares, the passive share and the ended-in-job share. */
export const traceableKpis = [...activityKpiKeys, 'shareOfOpenCasesPassive', 'shareOfEndedInJobOrEducation'] as const
export type TraceableKpi = (typeof traceableKpis)[number]

export function isTraceableKpi(kpi: string): kpi is TraceableKpi {
  return (traceableKpis as readonly string[]).includes(kpi)
}

/** A status counts for an activity KPI when it holds any of the activities the pool counts for it. */
export function statusHasAny(s: Pick<MonthlyStatus, 'activities'>, keys: readonly ActivityKey[]): boolean {
  return s.activities.some((a) => keys.includes(a))
}

type Rules = Pick<ResultsRules, 'kpiActivities' | 'effortGroupExit' | 'successfulExit' | 'cvMaxAgeMonths'>

/**
 * THE rule of the KPIs' numerators and denominators: one participant in one month, which
 * denominators hold them and which numerators count them. `kpisForMonth` adds these up for the
 * month's figures; `kpiMembers` lists them for one figure.
 */
export interface KpiMembership {
  /** Their course in group 1 ended by the end of the month: the denominator of the ended share. */
  ended: boolean
  /** In the effort group this month (docs/domain.md rule 6 «The effort group»): the activity shares' denominator. */
  inEffortGroup: boolean
  /** In the effort group with their course open: the denominator of the passive share. */
  open: boolean
  status: MonthlyStatus | null
  /** Which numerators count them. */
  counted: Record<TraceableKpi, boolean>
}

export function kpiMembership(p: KpiParticipant, statusIndex: Map<string, MonthlyStatus>, rules: Rules, month: Month): KpiMembership {
  // Asked for every participant and month of a project (the KPI report's months without statuses,
  // whose sums come from SQL, pass an empty index): written without a key, list or copy per call (#14).
  const status = statusIndex.size === 0 ? null : (statusIndex.get(`${p.id}:${month}`) ?? null)
  const ended = p.intakeGroup === 1 && p.exitDate !== null && monthOf(p.exitDate) <= month
  const inEffortGroup = countsInEffortGroup(p, month, rules.effortGroupExit)
  const open = inEffortGroup && isOpenInMonth(p, month)
  const counted = {} as Record<TraceableKpi, boolean>
  for (const k of activityKpiKeys) counted[k] = inEffortGroup && status !== null && statusHasAny(status, rules.kpiActivities[k])
  counted.shareOfOpenCasesPassive = open && status?.passive === true
  counted.shareOfEndedInJobOrEducation = ended && p.exitReason !== null && rules.successfulExit.includes(p.exitReason)
  return { ended, inEffortGroup, open, status, counted }
}

/** Whether the participant is in the KPI's denominator. */
function inDenominator(m: KpiMembership, kpi: TraceableKpi): boolean {
  if (kpi === 'shareOfEndedInJobOrEducation') return m.ended
  if (kpi === 'shareOfOpenCasesPassive') return m.open
  return m.inEffortGroup
}

interface KpiMember {
  participantId: number
  counted: boolean
  status: MonthlyStatus | null
}

interface KpiMembers {
  members: KpiMember[]
  count: number
  total: number
  share: number
}

/** The participants of one KPI figure's denominator, and which of them its numerator counts. */
export function kpiMembers(
  participants: readonly KpiParticipant[],
  statusIndex: Map<string, MonthlyStatus>,
  rules: Rules,
  month: Month,
  kpi: TraceableKpi
): KpiMembers {
  const members: KpiMember[] = []
  for (const p of participants) {
    const m = kpiMembership(p, statusIndex, rules, month)
    if (inDenominator(m, kpi)) members.push({ participantId: p.id, counted: m.counted[kpi], status: m.status })
  }
  const count = members.filter((m) => m.counted).length
  return { members, count, total: members.length, share: share(count, members.length) }
}
