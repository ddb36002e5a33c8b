import { basisPointsOfShare, WHOLE_BP } from '../percent'
// The words of the participants domain as code: activities in a month, exit reasons, groups,
// progression occasions, and the shares of a count. Calendar months are in shared/domain/months.ts.

/** What a participant did in a month (docs/domain.md rule 8 «Monthly status»; seed 003's "virksomhedsrettet indsats"). */
export const activityKeys = [
  'paidHours', // ordinære løntimer (with the number of hours)
  'workPlacement', // virksomhedspraktik
  'wageSubsidy', // løntilskud
  'flexJob', // fleksjob
  'educationSu', // ordinær uddannelse, SU-berettiget
  'educationPaid', // lønnet uddannelse (elev, lærling, IGU): counts as paid hours in FSM2
  'otherActivity' // anden aktivitet (forløb, mentor, afklaring …): counts for nothing
] as const
export type ActivityKey = (typeof activityKeys)[number]

/** Why a participant's course ended. Which of them take someone out of the effort group is a pool rule. */
export const exitReasons = ['job', 'education', 'flexJob', 'ledighedsydelse', 'disabilityPension', 'movedAway', 'death', 'statePension', 'other'] as const
export type ExitReason = (typeof exitReasons)[number]

export const intakeGroups = [1, 2, 3] as const
export type IntakeGroup = (typeof intakeGroups)[number]

/** When the progression questions are answered (seed 003): at intake, again within a year, at exit. */
export const progressionOccasions = ['intake', 'followUp', 'exit'] as const
export type ProgressionOccasion = (typeof progressionOccasions)[number]

/** Share as integer basis points compared exactly: count / total ≥ threshold. */
export function shareAtLeast(count: number, total: number, threshold: number): boolean {
  if (total <= 0) return false
  return count * WHOLE_BP >= basisPointsOfShare(threshold) * total
}

export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0
}
