// Shared by the meetings services: loading rows with a Danish not-found error, the lock of
// approved minutes, and the CPR guard on free text.
import type { Kysely, Selectable } from 'kysely'
import { formatDate } from '@shared/domain/dates'
import { isLocked } from '@shared/domain/meetings/agenda'
import { containsCpr } from '@shared/domain/cpr'
import type { MeetingStatus } from '@shared/domain/meetings/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import type { MeetingGroupTable, MeetingItemTable, MeetingTable, MeetingActionTable, MeetingMemberTable } from '../db/schema/meetings'

export type Db = Kysely<Database>
export type GroupRow = Selectable<MeetingGroupTable>
export type MemberRow = Selectable<MeetingMemberTable>
export type MeetingRow = Selectable<MeetingTable>
export type ItemRow = Selectable<MeetingItemTable>
type ActionRow = Selectable<MeetingActionTable>

const e = da.meetings.errors

export async function loadGroup(db: Db, groupId: number): Promise<GroupRow> {
  const row = await db.selectFrom('meeting_group').selectAll().where('id', '=', groupId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.groupNotFound(groupId), { field: 'groupId' })
  return row
}

export async function loadMember(db: Db, memberId: number): Promise<MemberRow> {
  const row = await db.selectFrom('meeting_member').selectAll().where('id', '=', memberId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.memberNotFound(memberId), { field: 'memberId' })
  return row
}

export async function loadMeeting(db: Db, meetingId: number): Promise<MeetingRow> {
  const row = await db.selectFrom('meeting').selectAll().where('id', '=', meetingId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.meetingNotFound(meetingId), { field: 'meetingId' })
  return row
}

export async function loadItem(db: Db, itemId: number): Promise<ItemRow> {
  const row = await db.selectFrom('meeting_item').selectAll().where('id', '=', itemId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.itemNotFound(itemId), { field: 'itemId' })
  return row
}

export async function loadAction(db: Db, actionId: number): Promise<ActionRow> {
  const row = await db.selectFrom('meeting_action').selectAll().where('id', '=', actionId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.actionNotFound(actionId), { field: 'actionId' })
  return row
}

/** Approved minutes are read-only: every change is refused with a Danish message that says what to do instead. */
export function requireUnlocked(meeting: Pick<MeetingRow, 'status' | 'meeting_date'>): void {
  if (isLocked(meeting.status as MeetingStatus)) throw new DomainError('locked', e.locked(formatDate(meeting.meeting_date)))
}

/** Refuses free text holding a CPR number, naming the field. */
export function refuseCpr(fields: Record<string, string | null | undefined>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value && containsCpr(value)) {
      throw new DomainError('validation', e.cprRefused(da.meetings.fields[key] ?? da.core.fields[key] ?? key), { field: key })
    }
  }
}

/** Rewrites a meeting's item positions as 1, 2, 3 … in their current order (audited where they change). */
export async function renumberItems(db: Db, meetingId: number, update: (id: number, position: number) => Promise<unknown>): Promise<void> {
  const items = await db.selectFrom('meeting_item').select(['id', 'position']).where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').execute()
  for (const [i, item] of items.entries()) {
    if (item.position !== i + 1) await update(item.id, i + 1)
  }
}
