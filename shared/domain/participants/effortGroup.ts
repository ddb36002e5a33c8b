// Who counts in the effort group (docs/domain.md rule 6 «The effort group», seed 003 and STAR's
// FSM2 FAQ), month by month.
import type { ExitReason, IntakeGroup } from './types'
import { type Month, monthOf } from '../months'

export interface ParticipantFacts {
  id: number
  intakeDate: string
  intakeGroup: IntakeGroup
  exitDate: string | null
  exitReason: ExitReason | null
}

/**
 * Counts in the effort group in `month`: placed in group 1 at intake (a later move to group 2 or 3
 * changes nothing; placed in group 2 or 3 at intake never enters), taken in by the end of the month,
 * and not left by one of the pool's exit reasons before the month (the month of moving away still
 * counts). Other exits (job, a closed case …) stay in the count.
 */
export function countsInEffortGroup(p: ParticipantFacts, month: Month, effortGroupExit: readonly ExitReason[]): boolean {
  if (p.intakeGroup !== 1) return false
  if (monthOf(p.intakeDate) > month) return false
  if (p.exitDate && p.exitReason && effortGroupExit.includes(p.exitReason) && monthOf(p.exitDate) < month) return false
  return true
}

/** The participant's course is open in `month`: taken in by its end, not ended before it began. */
export function isOpenInMonth(p: Pick<ParticipantFacts, 'intakeDate' | 'exitDate'>, month: Month): boolean {
  if (monthOf(p.intakeDate) > month) return false
  if (p.exitDate && monthOf(p.exitDate) < month) return false
  return true
}

/** The group a participant is in on `date`: the intake group, then each change in date order. */
export function groupOn(intakeGroup: IntakeGroup, changes: readonly { changeDate: string; toGroup: IntakeGroup }[], date: string): IntakeGroup {
  let g = intakeGroup
  for (const c of [...changes].sort((a, b) => (a.changeDate < b.changeDate ? -1 : a.changeDate > b.changeDate ? 1 : 0))) {
    if (c.changeDate <= date) g = c.toGroup
  }
  return g
}
