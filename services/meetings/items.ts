// Agenda items: on a meeting (numbered 1, 2, … by position) or proposed in a group's backlog.
// Each has the fields of a Danish minutes item (seeds 001, 004): number, title, open or closed,
// case number, case officer, case summary, recommendation, decision (quick choice and free text),
// dissent, members absent for the item, attachments, and the action items the decision set.
import { NEW_ITEM, type AgendaItem, type ItemFields, type meetingsApi } from '@shared/api/meetings'
import type { ParsedInputOf } from '@shared/api/define'
import { formatDate } from '@shared/domain/dates'
import { countsAsHeld, insertPosition } from '@shared/domain/meetings/agenda'
import type { DecisionChoice, ItemKind } from '@shared/domain/meetings/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, todayIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { getProject } from '../core/projects'
import { listActions } from './actions'
import { toAttachment } from './attachments'
import { loadGroup, loadItem, loadMeeting, refuseCpr, renumberItems, requireUnlocked, type Db, type ItemRow } from './common'

const e = da.meetings.errors

async function buildItems(db: Db, rows: ItemRow[], meetingAbsentIds: number[], today: string): Promise<AgendaItem[]> {
  const ids = rows.map((r) => r.id)
  if (ids.length === 0) return []
  const absences = await db.selectFrom('meeting_item_absence').selectAll().where('item_id', 'in', ids).execute()
  const memberIds = [...new Set([...absences.map((a) => a.member_id), ...meetingAbsentIds])]
  const members = memberIds.length ? await db.selectFrom('meeting_member').select(['id', 'name']).where('id', 'in', memberIds).execute() : []
  const nameOf = new Map(members.map((m) => [m.id, m.name]))
  const attachments = await db
    .selectFrom('meeting_attachment')
    .select(['id', 'item_id', 'file_name', 'mime_type', 'size_bytes', 'sha256', 'created_at'])
    .where('item_id', 'in', ids)
    .orderBy('id')
    .execute()
  const actions = await listActions(db, { itemIds: ids }, today)
  const carriedIds = rows.map((r) => r.carried_from_item_id).filter((x): x is number => x !== null)
  const carried = carriedIds.length
    ? await db
        .selectFrom('meeting_item as i')
        .leftJoin('meeting as m', 'm.id', 'i.meeting_id')
        .select(['i.id', 'i.position', 'i.meeting_id', 'm.meeting_date'])
        .where('i.id', 'in', carriedIds)
        .execute()
    : []
  return rows.map((r) => {
    const itemAbsent = absences.filter((a) => a.item_id === r.id).map((a) => a.member_id)
    const absentIds = r.meeting_id === null ? [] : [...meetingAbsentIds, ...itemAbsent.filter((id) => !meetingAbsentIds.includes(id))]
    const from = carried.find((c) => c.id === r.carried_from_item_id)
    return {
      id: r.id,
      groupId: r.group_id,
      meetingId: r.meeting_id,
      number: r.meeting_id === null ? null : r.position,
      position: r.position,
      kind: r.kind as ItemKind,
      title: r.title,
      closed: r.is_closed === 1,
      masked: false,
      caseNumber: r.case_number,
      caseOfficer: r.case_officer,
      presenter: r.presenter,
      minutesAllotted: r.minutes_allotted,
      caseSummary: r.case_summary,
      recommendation: r.recommendation,
      decisionChoice: r.decision_choice as DecisionChoice,
      decisionText: r.decision_text,
      dissent: r.dissent,
      proposedBy: r.proposed_by,
      carriedFrom:
        from && from.meeting_id !== null && from.meeting_date ? { meetingId: from.meeting_id, meetingDate: from.meeting_date, number: from.position } : null,
      absentNames: absentIds.map((id) => nameOf.get(id) ?? ''),
      itemAbsentMemberIds: itemAbsent,
      attachments: attachments.filter((a) => a.item_id === r.id).map(toAttachment),
      actions: actions.filter((a) => a.itemId === r.id)
    }
  })
}

export async function itemsOfMeeting(db: Db, meetingId: number, meetingAbsentIds: number[], today: string): Promise<AgendaItem[]> {
  const rows = await db.selectFrom('meeting_item').selectAll().where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').execute()
  return buildItems(db, rows, meetingAbsentIds, today)
}

export async function getItem(db: Db, itemId: number, today: string): Promise<AgendaItem> {
  const row = await loadItem(db, itemId)
  let absentIds: number[] = []
  if (row.meeting_id !== null) {
    absentIds = (
      await db.selectFrom('meeting_attendance').select('member_id').where('meeting_id', '=', row.meeting_id).where('status', '=', 'absent').execute()
    ).map((a) => a.member_id)
  }
  return (await buildItems(db, [row], absentIds, today))[0]!
}

export async function listBacklog(db: Db, projectId: number, today: string): Promise<AgendaItem[]> {
  await getProject(db, projectId)
  const rows = await db
    .selectFrom('meeting_item')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('meeting_id', 'is', null)
    .orderBy('group_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return buildItems(db, rows, [], today)
}

/**
 * A closed item in a copy for publication: only its number and "Lukket punkt" remain, as Danish
 * municipalities publish closed items. Title, texts, decision, absences, attachments and action
 * items are left out here, in the service, so that they never reach the printout.
 */
export function maskItem(item: AgendaItem): AgendaItem {
  if (!item.closed) return item
  // The item's own fields as a new, empty item has them (NEW_ITEM: blank texts, no decision, no
  // absences), then its place on the agenda; every field outside ItemFields is named, so a field added
  // to an item later must be decided on here, or it does not compile.
  return {
    ...NEW_ITEM,
    title: '',
    id: item.id,
    groupId: item.groupId,
    meetingId: item.meetingId,
    number: item.number,
    position: item.position,
    kind: item.kind,
    minutesAllotted: item.minutesAllotted,
    closed: true,
    masked: true,
    carriedFrom: null,
    absentNames: [],
    attachments: [],
    actions: []
  }
}

/** The columns of an item that is created empty (the default agenda's items; the caller sets the title). */
export const blankItemValues = { ...itemValues({ ...NEW_ITEM, title: '' }), carried_from_item_id: null }

function itemValues(input: ItemFields) {
  return {
    title: input.title,
    is_closed: input.closed ? 1 : 0,
    case_number: input.caseNumber,
    case_officer: input.caseOfficer,
    presenter: input.presenter,
    minutes_allotted: input.minutesAllotted,
    case_summary: input.caseSummary,
    recommendation: input.recommendation,
    decision_choice: input.decisionChoice,
    decision_text: input.decisionText,
    dissent: input.dissent,
    proposed_by: input.proposedBy
  }
}

async function writeItemAbsences(trx: Db, ctx: ServiceContext, item: ItemRow, memberIds: number[]): Promise<void> {
  const meta = { projectId: item.project_id }
  const existing = await trx.selectFrom('meeting_item_absence').selectAll().where('item_id', '=', item.id).execute()
  const wanted = new Set(memberIds)
  for (const a of existing) {
    if (!wanted.has(a.member_id)) await deleteAudited(trx, ctx, 'meeting_item_absence', a.id, meta)
    wanted.delete(a.member_id)
  }
  for (const memberId of wanted) {
    const member = await trx.selectFrom('meeting_member').select('id').where('id', '=', memberId).where('group_id', '=', item.group_id).executeTakeFirst()
    if (!member) throw new DomainError('validation', e.memberNotFound(memberId), { field: 'itemAbsentMemberIds' })
    await insertAudited(trx, ctx, 'meeting_item_absence', { item_id: item.id, member_id: memberId }, meta)
  }
}

function refuseCprIn(fields: Partial<ItemFields>): void {
  refuseCpr({
    title: fields.title,
    caseOfficer: fields.caseOfficer,
    presenter: fields.presenter,
    caseSummary: fields.caseSummary,
    recommendation: fields.recommendation,
    decisionText: fields.decisionText,
    dissent: fields.dissent,
    proposedBy: fields.proposedBy
  })
}

/**
 * Adds an item (on a meeting's agenda or in a group's backlog) with the fields given and NEW_ITEM's
 * for the rest, or changes an item's given fields (`itemId`): a field left out keeps its value.
 */
export async function saveItem(ctx: ServiceContext, input: ParsedInputOf<(typeof meetingsApi)['meetings.items.save']>): Promise<AgendaItem> {
  const { itemId, meetingId, groupId, ...changes } = input
  refuseCprIn(changes)
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso(ctx)
    if (itemId !== undefined) {
      const item = await loadItem(trx, itemId)
      if (item.meeting_id !== null) requireUnlocked(await loadMeeting(trx, item.meeting_id))
      const fields: ItemFields = { ...(await getItem(trx, item.id, todayIso(ctx))), ...changes }
      const updated = await updateAudited(trx, ctx, 'meeting_item', item.id, { ...itemValues(fields), updated_at: now }, { projectId: item.project_id })
      await writeItemAbsences(trx, ctx, updated, item.meeting_id === null ? [] : fields.itemAbsentMemberIds)
      return item.id
    }
    // The schema holds a new item to its title.
    const fields: ItemFields = { ...NEW_ITEM, title: '', ...changes }
    if (meetingId !== undefined) {
      const m = await loadMeeting(trx, meetingId)
      requireUnlocked(m)
      const kinds = (await trx.selectFrom('meeting_item').select('kind').where('meeting_id', '=', m.id).orderBy('position').orderBy('id').execute()).map(
        (k) => k.kind as ItemKind
      )
      const at = insertPosition(kinds) + 1
      // Make room before "Eventuelt".
      const after = await trx.selectFrom('meeting_item').select(['id', 'position']).where('meeting_id', '=', m.id).where('position', '>=', at).execute()
      for (const a of after) await updateAudited(trx, ctx, 'meeting_item', a.id, { position: a.position + 1 }, { projectId: m.project_id })
      const row = await insertAudited(
        trx,
        ctx,
        'meeting_item',
        {
          ...itemValues(fields),
          project_id: m.project_id,
          group_id: m.group_id,
          meeting_id: m.id,
          position: at,
          kind: 'regular',
          created_at: now,
          updated_at: now
        },
        { projectId: m.project_id }
      )
      await writeItemAbsences(trx, ctx, row, fields.itemAbsentMemberIds)
      return row.id
    }
    if (groupId !== undefined) {
      const g = await loadGroup(trx, groupId)
      const row = await insertAudited(
        trx,
        ctx,
        'meeting_item',
        { ...itemValues(fields), project_id: g.project_id, group_id: g.id, meeting_id: null, position: 0, kind: 'regular', created_at: now, updated_at: now },
        { projectId: g.project_id }
      )
      return row.id
    }
    throw new DomainError('validation', e.itemNeedsTarget, { field: 'meetingId' })
  })
  return getItem(ctx.db, id, todayIso(ctx))
}

async function deleteItemRows(trx: Db, ctx: ServiceContext, item: ItemRow): Promise<void> {
  const meta = { projectId: item.project_id }
  for (const a of await trx.selectFrom('meeting_action').select('id').where('item_id', '=', item.id).execute()) {
    const frozen = await trx.selectFrom('meeting_follow_up').select('id').where('action_id', '=', a.id).executeTakeFirst()
    if (frozen) throw new DomainError('locked', e.actionInApprovedFollowUp)
    await deleteAudited(trx, ctx, 'meeting_action', a.id, meta)
  }
  for (const a of await trx.selectFrom('meeting_item_absence').select('id').where('item_id', '=', item.id).execute()) {
    await deleteAudited(trx, ctx, 'meeting_item_absence', a.id, meta)
  }
  for (const a of await trx.selectFrom('meeting_attachment').select('id').where('item_id', '=', item.id).execute()) {
    await deleteAudited(trx, ctx, 'meeting_attachment', a.id, meta)
  }
  for (const c of await trx.selectFrom('meeting_item').select('id').where('carried_from_item_id', '=', item.id).execute()) {
    await updateAudited(trx, ctx, 'meeting_item', c.id, { carried_from_item_id: null }, meta)
  }
  await deleteAudited(trx, ctx, 'meeting_item', item.id, meta)
}

export async function deleteItem(ctx: ServiceContext, itemId: number): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, itemId)
    if (item.meeting_id !== null) requireUnlocked(await loadMeeting(trx, item.meeting_id))
    await deleteItemRows(trx, ctx, item)
    if (item.meeting_id !== null) {
      await renumberItems(trx, item.meeting_id, (id, position) => updateAudited(trx, ctx, 'meeting_item', id, { position }, { projectId: item.project_id }))
    }
  })
  return { deleted: true }
}

export async function reorderItems(ctx: ServiceContext, meetingId: number, itemIds: number[]): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId)
    requireUnlocked(m)
    const items = await trx.selectFrom('meeting_item').select(['id', 'position']).where('meeting_id', '=', m.id).execute()
    const known = new Set(items.map((i) => i.id))
    if (itemIds.length !== items.length || new Set(itemIds).size !== itemIds.length || !itemIds.every((id) => known.has(id))) {
      throw new DomainError('validation', e.reorderMismatch, { field: 'itemIds' })
    }
    for (const [i, id] of itemIds.entries()) {
      const current = items.find((x) => x.id === id)!
      if (current.position !== i + 1) await updateAudited(trx, ctx, 'meeting_item', id, { position: i + 1 }, { projectId: m.project_id })
    }
  })
}

/**
 * Carries an item to a later meeting of the same group, or to the backlog. From an agenda that is
 * not yet held, the item moves. From a held meeting the item stays in its minutes (with "Punktet
 * overføres …" as its decision unless one was written) and a copy, linked to it, goes on.
 */
export async function moveItem(ctx: ServiceContext, itemId: number, targetMeetingId: number | null): Promise<AgendaItem> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, itemId)
    if (item.kind !== 'regular') throw new DomainError('conflict', e.systemItemMove, { field: 'itemId' })
    const source = item.meeting_id === null ? null : await loadMeeting(trx, item.meeting_id)
    const meta = { projectId: item.project_id }
    const now = nowIso(ctx)
    let target = null as Awaited<ReturnType<typeof loadMeeting>> | null
    let position = 0
    if (targetMeetingId !== null) {
      target = await loadMeeting(trx, targetMeetingId)
      if (target.group_id !== item.group_id) throw new DomainError('validation', e.moveTargetGroup, { field: 'meetingId' })
      if (target.status !== 'draft' && target.status !== 'invited') throw new DomainError('conflict', e.moveTargetLocked, { field: 'meetingId' })
      if (source && target.meeting_date <= source.meeting_date) {
        throw new DomainError('validation', e.moveTargetEarlier(formatDate(source.meeting_date)), { field: 'meetingId' })
      }
      const kinds = (await trx.selectFrom('meeting_item').select('kind').where('meeting_id', '=', target.id).orderBy('position').orderBy('id').execute()).map(
        (k) => k.kind as ItemKind
      )
      position = insertPosition(kinds) + 1
      const after = await trx
        .selectFrom('meeting_item')
        .select(['id', 'position'])
        .where('meeting_id', '=', target.id)
        .where('position', '>=', position)
        .execute()
      for (const a of after) await updateAudited(trx, ctx, 'meeting_item', a.id, { position: a.position + 1 }, meta)
    }
    const keepInSource = source !== null && countsAsHeld(source.status)
    if (!keepInSource) {
      if (source) {
        const actions = await trx.selectFrom('meeting_action').select('id').where('item_id', '=', item.id).executeTakeFirst()
        if (actions) {
          // Action items belong to a decision made at the meeting; they do not travel with the item.
          throw new DomainError('conflict', e.moveWithActions, { field: 'itemId' })
        }
      }
      await updateAudited(trx, ctx, 'meeting_item', item.id, { meeting_id: target?.id ?? null, position, updated_at: now }, meta)
      if (source) await renumberItems(trx, source.id, (rid, p) => updateAudited(trx, ctx, 'meeting_item', rid, { position: p }, meta))
      return item.id
    }
    if (source.status !== 'approved' && item.decision_choice === '' && item.decision_text.trim() === '') {
      const note = da.meetings.carriedNote(target ? formatDate(target.meeting_date) : null)
      await updateAudited(trx, ctx, 'meeting_item', item.id, { decision_text: note, updated_at: now }, meta)
    }
    const copy = await insertAudited(
      trx,
      ctx,
      'meeting_item',
      {
        ...blankItemValues,
        project_id: item.project_id,
        group_id: item.group_id,
        meeting_id: target?.id ?? null,
        position,
        kind: 'regular',
        title: item.title,
        is_closed: item.is_closed,
        case_number: item.case_number,
        case_officer: item.case_officer,
        presenter: item.presenter,
        minutes_allotted: item.minutes_allotted,
        case_summary: item.case_summary,
        recommendation: item.recommendation,
        proposed_by: item.proposed_by,
        carried_from_item_id: item.id,
        created_at: now,
        updated_at: now
      },
      meta
    )
    const files = await trx.selectFrom('meeting_attachment').selectAll().where('item_id', '=', item.id).orderBy('id').execute()
    for (const f of files) {
      const { id: _id, ...rest } = f
      await insertAudited(trx, ctx, 'meeting_attachment', { ...rest, item_id: copy.id, created_at: now }, meta)
    }
    return copy.id
  })
  return getItem(ctx.db, id, todayIso(ctx))
}
