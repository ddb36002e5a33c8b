// Who a KPI figure of one month is made of: the participants of its denominator, and which of them
// its numerator counts. The same tests as `kpisForMonth`, per participant, so that a figure in the
// quarterly pack can be checked person by person (a test holds the two to the same counts).
import { countsInEffortGroup, isOpenInMonth } from './effortGroup'
import { statusHasAny, type KpiParticipant, type MonthlyStatus } from './kpis'
import { activityKpiKeys, type ActivityKpiKey, type ResultsRules } from './poolRules'
import { share } from './types'
import { type Month, monthOf } from '../months'

/** The KPIs whose members can be listed: the activity shares, the passive share and the ended-in-job share. */
export const traceableKpis = [...activityKpiKeys, 'shareOfOpenCasesPassive', 'shareOfEndedInJobOrEducation'] as const
export type TraceableKpi = (typeof traceableKpis)[number]

export function isTraceableKpi(kpi: string): kpi is TraceableKpi {
  return (traceableKpis as readonly string[]).includes(kpi)
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

type Rules = Pick<ResultsRules, 'kpiActivities' | 'effortGroupExit' | 'successfulExit' | 'cvMaxAgeMonths'>

export function kpiMembers(
  participants: readonly KpiParticipant[],
  statusIndex: Map<string, MonthlyStatus>,
  rules: Rules,
  month: Month,
  kpi: TraceableKpi
): KpiMembers {
  const members: KpiMember[] = []
  for (const p of participants) {
    const status = statusIndex.get(`${p.id}:${month}`) ?? null
    if (kpi === 'shareOfEndedInJobOrEducation') {
      if (p.intakeGroup === 1 && p.exitDate && monthOf(p.exitDate) <= month)
        members.push({ participantId: p.id, counted: p.exitReason !== null && rules.successfulExit.includes(p.exitReason), status })
      continue
    }
    if (!countsInEffortGroup(p, month, rules.effortGroupExit)) continue
    if (kpi === 'shareOfOpenCasesPassive') {
      if (isOpenInMonth(p, month)) members.push({ participantId: p.id, counted: status?.passive === true, status })
      continue
    }
    members.push({ participantId: p.id, counted: status !== null && statusHasAny(status, rules.kpiActivities[kpi as ActivityKpiKey]), status })
  }
  const count = members.filter((m) => m.counted).length
  return { members, count, total: members.length, share: share(count, members.length) }
}
