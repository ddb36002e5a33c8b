// Rules of an agenda and its minutes (docs/domain.md rule 11 «Minutes»; seeds 001 and 004).
import type { IsoDate } from '../dates'
import { minutes, sumMinutes, type Minutes } from '../duration'
import { isClosedActionStatus, type ActionStatus, type ItemKind, type MeetingStatus } from './types'

/**
 * A new agenda: "Godkendelse af dagsorden" first, "Opfølgning" (the open action items, listed
 * automatically) second, and "Eventuelt" last, as Danish minutes do. New items go before "Eventuelt".
 */
export const defaultAgendaKinds: readonly ItemKind[] = ['approval_of_agenda', 'follow_up', 'any_other_business']

/** Where a new item goes among the kinds already on the agenda (0-based): before "Eventuelt". */
export function insertPosition(kinds: readonly ItemKind[]): number {
  const last = kinds.lastIndexOf('any_other_business')
  return last >= 0 && last === kinds.length - 1 ? last : kinds.length
}

/** The statuses of a meeting that has taken place: it counts as held (cadence, quarterly pack). */
export const HELD_STATUSES = ['held', 'approved'] as const satisfies readonly MeetingStatus[]

/** Has the meeting taken place (held, minutes approved or not)? */
export function countsAsHeld(status: string): boolean {
  return (HELD_STATUSES as readonly string[]).includes(status)
}

/** An agenda ("Dagsorden") before the meeting is held, minutes ("Referat") after. */
export function documentKind(status: MeetingStatus): 'agenda' | 'minutes' {
  return countsAsHeld(status) ? 'minutes' : 'agenda'
}

/** Approved minutes are locked: no change, only an addendum that keeps the original. */
export function isLocked(status: MeetingStatus): boolean {
  return status === 'approved'
}

/** The steps a meeting may take: forward only, one at a time (approval has its own call). */
export function canMoveTo(from: MeetingStatus, to: MeetingStatus): boolean {
  if (from === 'draft') return to === 'invited' || to === 'held'
  if (from === 'invited') return to === 'held' || to === 'draft'
  if (from === 'held') return to === 'approved' || to === 'invited'
  return false
}

/** A member belongs to the group on `date` when the date is inside their start and end dates. */
export function isMemberOn(member: { startDate: IsoDate | null; endDate: IsoDate | null }, date: IsoDate): boolean {
  return (member.startDate === null || member.startDate <= date) && (member.endDate === null || member.endDate >= date)
}

interface FollowUpCandidate {
  id: number
  originMeetingDate: IsoDate
  status: ActionStatus
  closedOn: IsoDate | null
}

/**
 * Carry-over of action items: an action item from an earlier meeting of the group is listed under
 * "Opfølgning" on every later meeting until it is closed. One closed on a meeting's date (reported
 * done at that meeting) is listed there one last time, and not after.
 */
export function isOnFollowUp(action: FollowUpCandidate, meetingDate: IsoDate): boolean {
  if (action.originMeetingDate >= meetingDate) return false
  if (!isClosedActionStatus(action.status)) return true
  return action.closedOn !== null && action.closedOn >= meetingDate
}

export function followUpFor<T extends FollowUpCandidate>(actions: readonly T[], meetingDate: IsoDate): T[] {
  return actions.filter((a) => isOnFollowUp(a, meetingDate))
}

/** Sum of the minutes allotted to the items, against the meeting's length. */
export function timeBudget(allotted: readonly (number | null)[], lengthMinutes: number): { allottedMinutes: Minutes; overBy: Minutes } {
  const allottedMinutes = sumMinutes(allotted.map((m) => m ?? 0))
  return { allottedMinutes, overBy: minutes(Math.max(0, allottedMinutes - lengthMinutes)) }
}

type ApprovalProblem = { kind: 'not_held' } | { kind: 'attendance_missing'; names: string[] } | { kind: 'decision_missing'; number: number; title: string }

/**
 * Minutes can be approved when the meeting is held, the attendance of every member is recorded,
 * and every item has a decision (a quick choice or text: "Intet" for an empty "Eventuelt").
 */
export function approvalProblems(input: {
  status: MeetingStatus
  attendance: { name: string; status: string | null }[]
  items: { number: number; title: string; decisionChoice: string; decisionText: string }[]
}): ApprovalProblem[] {
  const problems: ApprovalProblem[] = []
  if (input.status !== 'held') problems.push({ kind: 'not_held' })
  const missing = input.attendance.filter((a) => a.status === null).map((a) => a.name)
  if (missing.length > 0) problems.push({ kind: 'attendance_missing', names: missing })
  for (const item of input.items) {
    if (item.decisionChoice === '' && item.decisionText.trim() === '') problems.push({ kind: 'decision_missing', number: item.number, title: item.title })
  }
  return problems
}

/** A file name safe on Windows, macOS and Linux (for the .ics and PDF downloads). */
export function safeFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('')
  return printable
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
}

/** An action item as the quarterly pack reads it: when it was given, its due date, whether and when it was closed. */
export interface ActionAsOf {
  meetingDate: IsoDate
  dueDate: IsoDate | null
  status: string
  closedOn: IsoDate | null
}

/**
 * Was the action item open at the end of `date`? Given at a meeting by then and not closed by then
 * (an item closed later still counts as open at an earlier quarter's end). One rule for the pack
 * and for the list of items behind its count.
 */
export function isOpenAt(a: ActionAsOf, date: IsoDate): boolean {
  return a.meetingDate <= date && (a.status === 'open' || a.status === 'in_progress' || (a.closedOn !== null && a.closedOn > date))
}

/** Open at the end of `date` and past its due date then. */
export function isOverdueAt(a: ActionAsOf, date: IsoDate): boolean {
  return isOpenAt(a, date) && a.dueDate !== null && a.dueDate < date
}
