// A month's KPIs against the pool's targets, each with whether it is met: one rule for the KPI
// page, its PDF, the participants' card and the project's front page, so that a KPI shown against
// its target always says met or not met, and the same way everywhere.
import type { KpiKey, Targets } from './poolRules'

interface MonthShares {
  shares: Record<Exclude<KpiKey, 'shareOfOpenCasesPassive' | 'shareOfEndedInJobOrEducation'>, number>
  passiveShare: number
  endedSuccessfulShare: number
}

interface KpiAgainstTarget {
  kpi: KpiKey
  value: number
  /** null: the pool sets no target for this KPI. */
  target: number | null
  /** true for a maximum (passive cases), false for a minimum. */
  atMost: boolean
  /** null when there is no target. */
  met: boolean | null
}

// Shares are fractions computed from counts; a share equal to its target meets it.
const EPSILON = 1e-9

export function kpisAgainstTargets(targets: Targets, m: MonthShares): KpiAgainstTarget[] {
  const rows: Omit<KpiAgainstTarget, 'met'>[] = [
    {
      kpi: 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth',
      value: m.shares.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth,
      target: targets.paidHoursOrEducationShare,
      atMost: false
    },
    { kpi: 'shareOfEffortGroupInFirmBasedActivity', value: m.shares.shareOfEffortGroupInFirmBasedActivity, target: targets.firmBasedShare, atMost: false },
    { kpi: 'shareOfEffortGroupWithPaidHours', value: m.shares.shareOfEffortGroupWithPaidHours, target: targets.paidHoursShare, atMost: false },
    { kpi: 'shareOfEffortGroupInWorkPlacement', value: m.shares.shareOfEffortGroupInWorkPlacement, target: targets.workPlacementShare, atMost: false },
    { kpi: 'shareOfOpenCasesPassive', value: m.passiveShare, target: targets.passiveShareMax, atMost: true },
    { kpi: 'shareOfEndedInJobOrEducation', value: m.endedSuccessfulShare, target: targets.endedInJobOrEducationShare, atMost: false }
  ]
  return rows.map((r) => ({
    ...r,
    met: r.target === null ? null : r.atMost ? r.value <= r.target + EPSILON : r.value + EPSILON >= r.target
  }))
}
