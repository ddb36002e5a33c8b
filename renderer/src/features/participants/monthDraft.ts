// A row of the month grid as the user types it (a Draft: text as typed, ticks as ticked), read
// from the month's saved status and turned into the API's status input; and a refused save's
// errors put back on the rows they are about.
import type { MonthRow, Status, StatusInputRow } from '@shared/api/participants'
import { formatHours, parseHours } from '@shared/domain/duration'
import { formatDate, parseDanishDate } from '@shared/domain/dates'
import type { ActivityKey } from '@shared/domain/participants/types'
import type { ApiErrorDetail } from '@shared/errors'
import { ApiClientError } from '../../api/client'

export interface Draft {
  activities: ActivityKey[]
  hours: string
  passive: boolean
  reason: string
  cv: string
  plan: boolean
  goal: string
}

export const EMPTY_DRAFT: Draft = { activities: [], hours: '', passive: false, reason: '', cv: '', plan: false, goal: '' }

export function fromStatus(s: Status | null): Draft {
  if (!s) return EMPTY_DRAFT
  return {
    activities: s.activities,
    hours: s.paidHoursMinutes ? formatHours(s.paidHoursMinutes).replace(/,00$/, '') : '',
    passive: s.passive,
    reason: s.passiveReason ?? '',
    cv: formatDate(s.cvUpdatedOn),
    plan: s.jobPlan,
    goal: s.jobGoal
  }
}

export function isBlank(d: Draft): boolean {
  return d.activities.length === 0 && !d.passive && d.hours.trim() === '' && d.reason === '' && d.cv === '' && !d.plan && d.goal.trim() === ''
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify({ ...a, activities: [...a.activities].sort() }) === JSON.stringify({ ...b, activities: [...b.activities].sort() })
}

/** The grid's row as the API's status input; undefined = nothing to send. */
export function toInput(row: MonthRow, d: Draft): StatusInputRow | undefined {
  if (isBlank(d)) return row.status ? { participantId: row.participantId, clear: true } : undefined
  const minutes = d.hours.trim() === '' ? null : parseHours(d.hours)
  return {
    participantId: row.participantId,
    activities: d.activities,
    paidHoursMinutes: minutes === null ? null : minutes,
    passive: d.passive,
    passiveReason: d.passive ? d.reason || null : null,
    cvUpdatedOn: d.cv.trim() ? (parseDanishDate(d.cv) ?? d.cv.trim()) : null,
    jobPlan: d.plan,
    jobGoal: d.goal
  }
}

/** Row errors of a refused save, by participant: from the services' rule check or the contract's. */
export function rowErrors(error: unknown, sent: StatusInputRow[]): Map<number, ApiErrorDetail[]> {
  const out = new Map<number, ApiErrorDetail[]>()
  if (!(error instanceof ApiClientError)) return out
  for (const d of error.error.details ?? []) {
    let index = d.row !== undefined ? d.row - 1 : -1
    let field = d.field
    const path = /^rows\.(\d+)\.(\w+)/.exec(d.field ?? '')
    if (path) {
      index = Number(path[1])
      field = path[2]
    }
    const participantId = sent[index]?.participantId
    if (participantId === undefined) continue
    out.set(participantId, [...(out.get(participantId) ?? []), { ...d, ...(field ? { field } : {}) }])
  }
  return out
}
