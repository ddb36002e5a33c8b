// Action items (opfølgningspunkter) from decisions: text, owner, due date, status. Open ones are
// listed automatically under "Opfølgning" on the group's later meetings until they are closed
// (shared/domain/meetings/agenda.ts, isOnFollowUp). Text, owner and due date are part of the
// minutes and lock with them; the status can always be updated, which is the point of following up.
import type { ActionItem, FollowUp } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { followUpFor } from '@shared/domain/meetings/agenda'
import { isClosedActionStatus, type ActionStatus } from '@shared/domain/meetings/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, todayIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { loadAction, loadItem, loadMeeting, refuseCpr, requireUnlocked, type Db } from './common'

const e = da.meetings.errors

/** Action items with what is needed to show them: origin meeting, item and group. */
function actionQuery(db: Db) {
  return db
    .selectFrom('meeting_action as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('meeting_item as i', 'i.id', 'a.item_id')
    .innerJoin('meeting_group as g', 'g.id', 'a.group_id')
    .selectAll('a')
    .select([
      'm.meeting_date as meeting_date',
      'm.status as meeting_status',
      'i.position as item_position',
      'i.title as item_title',
      'i.is_closed as item_closed',
      'i.meeting_id as item_meeting_id',
      'g.name as group_name'
    ])
}

type ActionJoined = Awaited<ReturnType<ReturnType<typeof actionQuery>['execute']>>[number]

function mapAction(r: ActionJoined, today: string): ActionItem {
  const status = r.status as ActionStatus
  return {
    id: r.id,
    groupId: r.group_id,
    groupName: r.group_name,
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date,
    itemId: r.item_id,
    itemNumber: r.item_meeting_id === null ? null : r.item_position,
    itemTitle: r.item_title,
    fromClosedItem: r.item_closed === 1,
    text: r.text,
    owner: r.owner,
    dueDate: r.due_date,
    status,
    closedOn: r.closed_on,
    statusNote: r.status_note,
    overdue: !isClosedActionStatus(status) && r.due_date !== null && r.due_date < today,
    locked: r.meeting_status === 'approved'
  }
}

export async function listActions(
  db: Db,
  filter: { projectId?: number; groupId?: number; itemIds?: number[]; openOnly?: boolean },
  today: string
): Promise<ActionItem[]> {
  let q = actionQuery(db)
  if (filter.projectId !== undefined) q = q.where('a.project_id', '=', filter.projectId)
  if (filter.groupId !== undefined) q = q.where('a.group_id', '=', filter.groupId)
  if (filter.itemIds !== undefined) {
    if (filter.itemIds.length === 0) return []
    q = q.where('a.item_id', 'in', filter.itemIds)
  }
  if (filter.openOnly) q = q.where('a.status', 'in', ['open', 'in_progress'])
  const rows = await q.orderBy('m.meeting_date').orderBy('i.position').orderBy('a.id').execute()
  return rows.map((r) => mapAction(r, today))
}

async function getAction(db: Db, actionId: number, today: string): Promise<ActionItem> {
  const row = await actionQuery(db).where('a.id', '=', actionId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.actionNotFound(actionId), { field: 'actionId' })
  return mapAction(row, today)
}

function toFollowUp(a: ActionItem): FollowUp {
  return {
    actionId: a.id,
    text: a.text,
    owner: a.owner,
    dueDate: a.dueDate,
    status: a.status,
    closedOn: a.closedOn,
    statusNote: a.statusNote,
    originMeetingId: a.meetingId,
    originMeetingDate: a.meetingDate,
    originItemNumber: a.itemNumber,
    originItemTitle: a.itemTitle
  }
}

/**
 * The "Opfølgning" list of a meeting: as frozen at approval for approved minutes, otherwise the
 * group's action items from earlier meetings that are still open on the meeting's date.
 */
export async function followUpForMeeting(
  db: Db,
  meeting: { id: number; group_id: number; meeting_date: string; status: string },
  today: string
): Promise<FollowUp[]> {
  if (meeting.status === 'approved') {
    const rows = await db
      .selectFrom('meeting_follow_up as f')
      .innerJoin('meeting_action as a', 'a.id', 'f.action_id')
      .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
      .innerJoin('meeting_item as i', 'i.id', 'a.item_id')
      .select([
        'f.action_id',
        'f.text',
        'f.owner',
        'f.due_date',
        'f.status',
        'f.closed_on',
        'f.status_note',
        'a.meeting_id',
        'm.meeting_date',
        'i.position',
        'i.title',
        'i.meeting_id as item_meeting_id'
      ])
      .where('f.meeting_id', '=', meeting.id)
      .orderBy('f.position')
      .execute()
    return rows.map((r) => ({
      actionId: r.action_id,
      text: r.text,
      owner: r.owner,
      dueDate: r.due_date,
      status: r.status as ActionStatus,
      closedOn: r.closed_on,
      statusNote: r.status_note,
      originMeetingId: r.meeting_id,
      originMeetingDate: r.meeting_date,
      originItemNumber: r.item_meeting_id === null ? null : r.position,
      originItemTitle: r.title
    }))
  }
  const actions = await listActions(db, { groupId: meeting.group_id }, today)
  const candidates = actions.map((a) => ({ ...a, originMeetingDate: a.meetingDate }))
  return followUpFor(candidates, meeting.meeting_date).map(toFollowUp)
}

/** The follow-up rows of `followUpForMeeting` that came from closed items (left out of a publication copy). */
export async function closedOriginActionIds(db: Db, actionIds: number[]): Promise<Set<number>> {
  if (actionIds.length === 0) return new Set()
  const rows = await db
    .selectFrom('meeting_action as a')
    .innerJoin('meeting_item as i', 'i.id', 'a.item_id')
    .select('a.id')
    .where('a.id', 'in', actionIds)
    .where('i.is_closed', '=', 1)
    .execute()
  return new Set(rows.map((r) => r.id))
}

/** Freezes the follow-up list into the approved minutes. Call inside the approval's transaction. */
export async function freezeFollowUp(
  trx: Db,
  ctx: ServiceContext,
  meeting: { id: number; project_id: number; group_id: number; meeting_date: string; status: string }
): Promise<void> {
  const list = await followUpForMeeting(trx, { ...meeting, status: 'held' }, todayIso(ctx))
  for (const [i, f] of list.entries()) {
    await insertAudited(
      trx,
      ctx,
      'meeting_follow_up',
      {
        meeting_id: meeting.id,
        action_id: f.actionId,
        position: i + 1,
        text: f.text,
        owner: f.owner,
        due_date: f.dueDate,
        status: f.status,
        closed_on: f.closedOn,
        status_note: f.statusNote
      },
      { projectId: meeting.project_id }
    )
  }
}

export async function saveAction(
  ctx: ServiceContext,
  input: { actionId?: number | undefined; itemId?: number | undefined; text: string; owner: string; dueDate: string | null }
): Promise<ActionItem> {
  refuseCpr({ text: input.text, owner: input.owner })
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso(ctx)
    if (input.actionId !== undefined) {
      const a = await loadAction(trx, input.actionId)
      const meeting = await loadMeeting(trx, a.meeting_id)
      if (meeting.status === 'approved') throw new DomainError('locked', e.actionLocked(formatDate(meeting.meeting_date)))
      await updateAudited(
        trx,
        ctx,
        'meeting_action',
        a.id,
        { text: input.text, owner: input.owner, due_date: input.dueDate, updated_at: now },
        { projectId: a.project_id }
      )
      return a.id
    }
    if (input.itemId === undefined) throw new DomainError('validation', e.actionNeedsItem, { field: 'itemId' })
    const item = await loadItem(trx, input.itemId)
    if (item.meeting_id === null) throw new DomainError('validation', e.actionOnBacklog, { field: 'itemId' })
    const meeting = await loadMeeting(trx, item.meeting_id)
    requireUnlocked(meeting)
    const row = await insertAudited(
      trx,
      ctx,
      'meeting_action',
      {
        project_id: item.project_id,
        group_id: item.group_id,
        meeting_id: meeting.id,
        item_id: item.id,
        text: input.text,
        owner: input.owner,
        due_date: input.dueDate,
        status: 'open',
        closed_on: null,
        status_note: '',
        created_at: now,
        updated_at: now
      },
      { projectId: item.project_id }
    )
    return row.id
  })
  return getAction(ctx.db, id, todayIso(ctx))
}

export async function setActionStatus(
  ctx: ServiceContext,
  input: { actionId: number; status: ActionStatus; closedOn: string | null; statusNote: string }
): Promise<ActionItem> {
  refuseCpr({ statusNote: input.statusNote })
  const closing = isClosedActionStatus(input.status)
  if (closing && input.closedOn === null) throw new DomainError('validation', e.closedOnRequired, { field: 'closedOn' })
  if (!closing && input.closedOn !== null) throw new DomainError('validation', e.closedOnWhenOpen, { field: 'closedOn' })
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadAction(trx, input.actionId)
    const origin = await loadMeeting(trx, a.meeting_id)
    if (input.closedOn !== null && input.closedOn < origin.meeting_date) {
      throw new DomainError('validation', e.closedOnBeforeOrigin(formatDate(origin.meeting_date)), { field: 'closedOn' })
    }
    await updateAudited(
      trx,
      ctx,
      'meeting_action',
      a.id,
      { status: input.status, closed_on: input.closedOn, status_note: input.statusNote, updated_at: nowIso(ctx) },
      { projectId: a.project_id }
    )
  })
  return getAction(ctx.db, input.actionId, todayIso(ctx))
}

export async function deleteAction(ctx: ServiceContext, actionId: number): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadAction(trx, actionId)
    const meeting = await loadMeeting(trx, a.meeting_id)
    if (meeting.status === 'approved') throw new DomainError('locked', e.actionLocked(formatDate(meeting.meeting_date)))
    const frozen = await trx.selectFrom('meeting_follow_up').select('id').where('action_id', '=', actionId).executeTakeFirst()
    if (frozen) throw new DomainError('locked', e.actionLocked(formatDate(meeting.meeting_date)))
    await deleteAudited(trx, ctx, 'meeting_action', actionId, { projectId: a.project_id })
  })
  return { deleted: true }
}
