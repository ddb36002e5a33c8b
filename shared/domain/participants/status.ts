// The rules of one monthly status (docs/domain.md rule 8 «Monthly status»): activities or passive
// with a reason, paid hours with their number of hours, CV date within the month, no CPR numbers in
// the text fields.
import { fieldsWithCpr } from '../cpr'
import { type ActivityKey } from './types'
import { lastDayOf, type Month, monthOf } from '../months'

export interface StatusInput {
  activities: ActivityKey[]
  paidHoursMinutes: number | null
  passive: boolean
  passiveReason: string | null
  cvUpdatedOn: string | null
  jobPlan: boolean
  jobGoal: string
  note: string
}

export type StatusRule =
  | 'passiveWithActivity'
  | 'noActivity'
  | 'passiveReasonRequired'
  | 'unknownPassiveReason'
  | 'paidHoursRequired'
  | 'hoursWithoutPaidHours'
  | 'tooManyHours'
  | 'cvAfterMonth'
  | 'beforeIntake'
  | 'cpr'

interface StatusProblem {
  field: keyof StatusInput | 'month'
  rule: StatusRule
}

/** At most 24 hours a day for 31 days. */
const MAX_MONTH_MINUTES = 31 * 24 * 60

/** The problems of a status for `month` of a participant taken in on `intakeDate` (empty = valid). */
export function checkStatus(s: StatusInput, month: Month, intakeDate: string, passiveReasons: readonly string[]): StatusProblem[] {
  const problems: StatusProblem[] = []
  if (month < monthOf(intakeDate)) problems.push({ field: 'month', rule: 'beforeIntake' })
  if (s.passive && s.activities.length > 0) problems.push({ field: 'passive', rule: 'passiveWithActivity' })
  if (!s.passive && s.activities.length === 0) problems.push({ field: 'activities', rule: 'noActivity' })
  if (s.passive && !s.passiveReason?.trim()) problems.push({ field: 'passiveReason', rule: 'passiveReasonRequired' })
  if (s.passive && s.passiveReason?.trim() && !matchPassiveReason(s.passiveReason, passiveReasons)) {
    problems.push({ field: 'passiveReason', rule: 'unknownPassiveReason' })
  }
  const hours = s.paidHoursMinutes ?? 0
  if (s.activities.includes('paidHours') && hours <= 0) problems.push({ field: 'paidHoursMinutes', rule: 'paidHoursRequired' })
  if (!s.activities.includes('paidHours') && hours > 0) problems.push({ field: 'paidHoursMinutes', rule: 'hoursWithoutPaidHours' })
  if (hours > MAX_MONTH_MINUTES) problems.push({ field: 'paidHoursMinutes', rule: 'tooManyHours' })
  if (s.cvUpdatedOn && s.cvUpdatedOn > lastDayOf(month)) problems.push({ field: 'cvUpdatedOn', rule: 'cvAfterMonth' })
  for (const field of fieldsWithCpr({ jobGoal: s.jobGoal, note: s.note, passiveReason: s.passiveReason })) {
    problems.push({ field: field as keyof StatusInput, rule: 'cpr' })
  }
  return problems
}

/** The pool's spelling of a passive reason typed in any case, or null when it is not on the list. */
export function matchPassiveReason(text: string, passiveReasons: readonly string[]): string | null {
  const t = text.trim().toLocaleLowerCase('da')
  return passiveReasons.find((r) => r.toLocaleLowerCase('da') === t) ?? null
}
