// The vocabulary of the meetings domain (docs/domain.md rule 11 «Minutes», seeds 001 and 004).
// English names in code; the Danish words the user reads are in shared/texts/da/meetings.ts.

export const groupKinds = ['steering', 'implementation', 'other'] as const
export type GroupKind = (typeof groupKinds)[number]

/** formand, sekretær, medlem */
export const memberRoles = ['chair', 'secretary', 'member'] as const
export type MemberRole = (typeof memberRoles)[number]

/** A meeting's life: draft → invited → held → approved (minutes approved: read-only). */
export const meetingStatuses = ['draft', 'invited', 'held', 'approved'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

/**
 * Danish convention (docs/domain.md rule 11 «Minutes»): a new agenda starts with "Godkendelse af dagsorden" and
 * ends with "Eventuelt"; open action items are listed under "Opfølgning".
 */
export const itemKinds = ['approval_of_agenda', 'follow_up', 'regular', 'any_other_business'] as const
export type ItemKind = (typeof itemKinds)[number]

/** The quick choices of a decision: "Godkendt", "Tiltrådt", "Taget til efterretning" ('' = free text only). */
export const decisionChoices = ['', 'approved', 'endorsed', 'noted'] as const
export type DecisionChoice = (typeof decisionChoices)[number]

/** Opfølgningspunkt: open and in progress are open; done and dropped are closed. */
export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatuses)[number]

export function isClosedActionStatus(status: ActionStatus): boolean {
  return status === 'done' || status === 'dropped'
}

/** tilstede / fraværende; a deputy (stedfortræder) is recorded on the absent member's row. */
export const attendanceStatuses = ['present', 'absent'] as const
export type AttendanceStatus = (typeof attendanceStatuses)[number]

/** Cadences a group can have, in months: a period is a block of this many calendar months from 1 January. */
export const cadenceMonthOptions = [1, 2, 3, 4, 6, 12] as const
