// The KPIs of the participants' monthly status, as STAR measures them: monthly counts
// (månedsnedslag, seed 003: "antal borgere der i en given kalendermåned er berørt af …indsats") of
// the effort group (docs/domain.md rule 6 «The effort group»), the share passive, the
// ended-in-job/education share and the caseload.
import { isOpenInMonth, type ParticipantFacts } from './effortGroup'
import { kpiMembership } from './kpiMembers'
import type { ResultsRules, ActivityKpiKey } from './poolRules'
import { activityKpiKeys } from './poolRules'
import { share, shareAtLeast, type ActivityKey } from './types'
import { addMonths, type Month, monthOf } from '../months'
import { minutes, type Minutes } from '../duration'

export interface MonthlyStatus {
  participantId: number
  month: Month
  activities: ActivityKey[]
  paidHoursMinutes: Minutes
  passive: boolean
  passiveReason: string | null
  cvUpdatedOn: string | null
  jobPlan: boolean
  jobGoal: string
}

export interface KpiParticipant extends ParticipantFacts {
  jobBrokerId: number | null
}

export interface MonthKpis {
  month: Month
  /** The effort group in the month: the denominator of STAR's shares. */
  effortGroup: number
  /** Effort group members whose course is open in the month. */
  openCases: number
  /** Open effort group courses with a status for the month. */
  withStatus: number
  missingStatus: number
  counts: Record<ActivityKpiKey, number>
  shares: Record<ActivityKpiKey, number>
  passive: number
  /** Passive among the open courses (seed 002: at most 10 %). */
  passiveShare: number
  cvUpToDate: number
  jobPlan: number
  paidHoursMinutes: Minutes
  /** Effort group courses ended by the end of the month, and those ended in job or education. */
  ended: number
  endedSuccessful: number
  endedSuccessfulShare: number
}

/** A CV updated on `cvUpdatedOn` is up to date in `month` when updated at most `maxAgeMonths` before it. */
export function cvUpToDateIn(cvUpdatedOn: string | null, month: Month, maxAgeMonths: number): boolean {
  if (!cvUpdatedOn) return false
  const m = monthOf(cvUpdatedOn)
  return m <= month && m > addMonths(month, -maxAgeMonths)
}

type KpiRules = Pick<ResultsRules, 'kpiActivities' | 'effortGroupExit' | 'successfulExit' | 'cvMaxAgeMonths'>

/** Indexes statuses by participant and month. */
export function indexStatuses(statuses: readonly MonthlyStatus[]): Map<string, MonthlyStatus> {
  return new Map(statuses.map((s) => [`${s.participantId}:${s.month}`, s]))
}

/** The month's KPIs: the participants' memberships (kpiMembers.ts, the one rule) added up. */
export function kpisForMonth(participants: readonly KpiParticipant[], statusIndex: Map<string, MonthlyStatus>, rules: KpiRules, month: Month): MonthKpis {
  const counts = Object.fromEntries(activityKpiKeys.map((k) => [k, 0])) as Record<ActivityKpiKey, number>
  let effortGroup = 0
  let openCases = 0
  let withStatus = 0
  let passive = 0
  let cvUpToDate = 0
  let jobPlan = 0
  let paidHoursMinutes = 0
  let ended = 0
  let endedSuccessful = 0
  for (const p of participants) {
    const m = kpiMembership(p, statusIndex, rules, month)
    if (m.ended) {
      ended++
      if (m.counted.shareOfEndedInJobOrEducation) endedSuccessful++
    }
    if (!m.inEffortGroup) continue
    effortGroup++
    if (m.open) openCases++
    for (const k of activityKpiKeys) if (m.counted[k]) counts[k]++
    const s = m.status
    if (!s) continue
    paidHoursMinutes += s.paidHoursMinutes
    if (!m.open) continue
    withStatus++
    if (m.counted.shareOfOpenCasesPassive) passive++
    if (cvUpToDateIn(s.cvUpdatedOn, month, rules.cvMaxAgeMonths)) cvUpToDate++
    if (s.jobPlan) jobPlan++
  }
  const shares = Object.fromEntries(activityKpiKeys.map((k) => [k, share(counts[k], effortGroup)])) as Record<ActivityKpiKey, number>
  return {
    month,
    effortGroup,
    openCases,
    withStatus,
    missingStatus: openCases - withStatus,
    counts,
    shares,
    passive,
    passiveShare: share(passive, openCases),
    cvUpToDate,
    jobPlan,
    paidHoursMinutes: minutes(paidHoursMinutes),
    ended,
    endedSuccessful,
    endedSuccessfulShare: share(endedSuccessful, ended)
  }
}

export function monthlyKpis(
  participants: readonly KpiParticipant[],
  statuses: readonly MonthlyStatus[],
  rules: KpiRules,
  months: readonly Month[]
): MonthKpis[] {
  const index = indexStatuses(statuses)
  return months.map((m) => kpisForMonth(participants, index, rules, m))
}

// ---- result conditions ----------------------------------------------------------------------

interface SeriesPoint {
  month: Month
  count: number
  total: number
}

interface RuleEvaluation {
  met: boolean
  /** The best share; for a run of n months, the lowest share in the best n-month window. */
  bestShare: number
  /** The month of the best share, or the last month of the best window. */
  bestMonth: Month | null
  /** The first n consecutive months that meet the threshold (n = 1 without a run). */
  metMonths: Month[] | null
  /** The longest run of consecutive months at or above the threshold. */
  longestRun: Month[]
}

/**
 * Evaluates "at least X % in one month" or "at least X % n months in a row" (seed 003: the same
 * person need not be active all n months; the months must follow each other in the calendar).
 */
export function evaluateRule(series: readonly SeriesPoint[], rule: { atLeast: number; consecutiveMonths?: number | undefined }): RuleEvaluation {
  const n = Math.max(1, rule.consecutiveMonths ?? 1)
  const points = [...series].sort((a, b) => (a.month < b.month ? -1 : 1))
  let bestShare = 0
  let bestMonth: Month | null = null
  let metMonths: Month[] | null = null
  let run: Month[] = []
  let longestRun: Month[] = []
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!
    const ok = shareAtLeast(p.count, p.total, rule.atLeast)
    const follows = run.length > 0 && addMonths(run[run.length - 1]!, 1) === p.month
    if (ok) run = follows ? [...run, p.month] : [p.month]
    else run = []
    if (run.length > longestRun.length) longestRun = run
    if (!metMonths && run.length >= n) metMonths = run.slice(run.length - n)
    // The best window of n calendar-consecutive months: its lowest share.
    if (i + 1 >= n) {
      const window = points.slice(i + 1 - n, i + 1)
      const consecutive = window.every((w, j) => j === 0 || addMonths(window[j - 1]!.month, 1) === w.month)
      if (consecutive) {
        const low = Math.min(...window.map((w) => share(w.count, w.total)))
        if (bestMonth === null || low > bestShare) {
          bestShare = low
          bestMonth = p.month
        }
      }
    }
  }
  return { met: metMonths !== null, bestShare, bestMonth, metMonths, longestRun }
}

/** The monthly series of one activity KPI. */
export function seriesOf(kpis: readonly MonthKpis[], kpi: ActivityKpiKey): SeriesPoint[] {
  return kpis.map((k) => ({ month: k.month, count: k.counts[kpi], total: k.effortGroup }))
}

// ---- caseload -------------------------------------------------------------------------------

/** Open courses per job broker in a month (participants without a broker under `null`). */
export function caseloadByBroker(participants: readonly KpiParticipant[], month: Month): Map<number | null, number> {
  const out = new Map<number | null, number>()
  for (const p of participants) {
    if (!isOpenInMonth(p, month)) continue
    out.set(p.jobBrokerId, (out.get(p.jobBrokerId) ?? 0) + 1)
  }
  return out
}

/** Who one job broker's caseload of a month is (null: those without a broker): the same test as caseloadByBroker. */
export function caseloadMembers<P extends KpiParticipant>(participants: readonly P[], month: Month, jobBrokerId: number | null): P[] {
  return participants.filter((p) => isOpenInMonth(p, month) && p.jobBrokerId === jobBrokerId)
}
