// Meetings: planning (a new agenda with the conventional first and last items), the life draft →
// invited → held → minutes approved, attendance, approval (by whom, as entered, plus the OS user
// and the time) and addenda to approved minutes.
import type { Updateable } from 'kysely'
import type { Attendance, Meeting, MeetingSummary } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { approvalProblems, canMoveTo, defaultAgendaKinds, documentKind, isLocked, isMemberOn, timeBudget } from '@shared/domain/meetings/agenda'
import { minutesBetween } from '@shared/domain/meetings/copenhagen'
import { minutes } from '@shared/domain/duration'
import type { AttendanceStatus, GroupKind, MeetingStatus, MemberRole } from '@shared/domain/meetings/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, todayIso, type ServiceContext } from '../context'
import { actionAnchors } from '../audit/head'
import { deleteAudited, insertAudited, updateAudited, type AuditMeta } from '../audit/audit'
import type { Database } from '../db/schema'
import { getProject } from '../core/projects'
import { closedOriginActionIds, followUpForMeeting, freezeFollowUp } from './actions'
import { loadGroup, loadMeeting, refuseCpr, requireUnlocked, type Db, type MeetingRow } from './common'
import { sortMembers } from './groups'
import { blankItemValues, itemsOfMeeting, maskItem } from './items'

const e = da.meetings.errors
const t = da.meetings

export async function listMeetings(db: Db, filter: { projectId: number; groupId?: number | undefined }): Promise<MeetingSummary[]> {
  await getProject(db, filter.projectId)
  let q = db
    .selectFrom('meeting as m')
    .innerJoin('meeting_group as g', 'g.id', 'm.group_id')
    .selectAll('m')
    .select(['g.name as group_name', 'g.kind as group_kind'])
    .select((eb) => eb.selectFrom('meeting_item as i').whereRef('i.meeting_id', '=', 'm.id').select(eb.fn.countAll<number>().as('n')).as('item_count'))
    .where('m.project_id', '=', filter.projectId)
  if (filter.groupId !== undefined) q = q.where('m.group_id', '=', filter.groupId)
  const rows = await q.orderBy('m.meeting_date', 'desc').orderBy('m.start_time', 'desc').execute()
  return rows.map((r) => summary(r, r.group_name, r.group_kind, Number(r.item_count ?? 0)))
}

function summary(m: MeetingRow, groupName: string, groupKind: string, itemCount: number): MeetingSummary {
  return {
    id: m.id,
    projectId: m.project_id,
    groupId: m.group_id,
    groupName,
    groupKind: groupKind as GroupKind,
    title: m.title,
    date: m.meeting_date,
    startTime: m.start_time,
    endTime: m.end_time,
    place: m.place,
    status: m.status as MeetingStatus,
    itemCount,
    approvedAt: m.approved_at,
    approvedByName: m.approved_by_name
  }
}

/** The members of the group on the meeting's date (and anyone recorded at it), with their attendance. */
async function attendanceOf(db: Db, m: MeetingRow): Promise<Attendance[]> {
  const members = await db.selectFrom('meeting_member').selectAll().where('group_id', '=', m.group_id).execute()
  const rows = await db.selectFrom('meeting_attendance').selectAll().where('meeting_id', '=', m.id).execute()
  const recorded = new Map(rows.map((r) => [r.member_id, r]))
  const relevant = members.filter((mm) => recorded.has(mm.id) || isMemberOn({ startDate: mm.start_date, endDate: mm.end_date }, m.meeting_date))
  return sortMembers(relevant).map((mm) => {
    const r = recorded.get(mm.id)
    return {
      memberId: mm.id,
      name: mm.name,
      administration: mm.administration,
      jobTitle: mm.job_title,
      role: mm.role as MemberRole,
      status: r ? (r.status as AttendanceStatus) : null,
      deputyName: r?.deputy_name ?? '',
      note: r?.note ?? ''
    }
  })
}

function problemTexts(problems: ReturnType<typeof approvalProblems>): string[] {
  return problems.map((p) =>
    p.kind === 'not_held' ? e.notHeld : p.kind === 'attendance_missing' ? e.attendanceMissing(p.names) : e.decisionMissing(p.number, p.title)
  )
}

/** One meeting, assembled for the screen, the printout (internal or for publication), the CLI and the quarterly pack. */
export async function getMeeting(db: Db, meetingId: number, options: { publication?: boolean; today: string }): Promise<Meeting> {
  const m = await loadMeeting(db, meetingId)
  const group = await loadGroup(db, m.group_id)
  const project = await getProject(db, m.project_id)
  const attendance = await attendanceOf(db, m)
  const absentees = attendance.filter((a) => a.status === 'absent')
  let items = await itemsOfMeeting(
    db,
    m.id,
    absentees.map((a) => a.memberId),
    options.today
  )
  let followUp = await followUpForMeeting(db, m, options.today)
  const status = m.status as MeetingStatus
  const problems = status === 'held' ? problemTexts(approvalProblems({ status, attendance, items: items.map((i) => ({ ...i, number: i.number ?? 0 })) })) : []
  if (options.publication) {
    items = items.map(maskItem)
    const closedOrigin = await closedOriginActionIds(
      db,
      followUp.map((f) => f.actionId)
    )
    followUp = followUp.filter((f) => !closedOrigin.has(f.actionId))
  }
  const addenda = await db.selectFrom('meeting_addendum').selectAll().where('meeting_id', '=', m.id).orderBy('id').execute()
  const later = await db
    .selectFrom('meeting')
    .select(['id', 'meeting_date', 'title'])
    .where('group_id', '=', m.group_id)
    .where('meeting_date', '>', m.meeting_date)
    .where('status', 'in', ['draft', 'invited'])
    .orderBy('meeting_date')
    .execute()
  const lengthMinutes = minutes(Math.max(0, minutesBetween(m.start_time, m.end_time)))
  const budget = timeBudget(
    items.map((i) => i.minutesAllotted),
    lengthMinutes
  )
  const itemNumber = new Map(items.map((i) => [i.id, i.number]))
  const approvalAnchor = status === 'approved' ? ((await actionAnchors(db, 'meeting', 'approve', [m.id])).get(m.id) ?? null) : null
  return {
    ...summary(m, group.name, group.kind, items.length),
    projectTitle: project.title,
    municipality: project.municipality,
    guests: m.guests,
    invitedAt: m.invited_at,
    heldAt: m.held_at,
    approvedByRole: m.approved_by_role,
    approvedOsUser: m.approved_os_user,
    approvalAnchor,
    locked: isLocked(status),
    documentKind: documentKind(status),
    publication: options.publication ?? false,
    lengthMinutes,
    allottedMinutes: budget.allottedMinutes,
    attendance,
    items,
    followUp,
    approvalProblems: problems,
    addenda: addenda
      .filter((a) => !(options.publication && a.item_id !== null && items.find((i) => i.id === a.item_id)?.masked))
      .map((a) => ({
        id: a.id,
        itemId: a.item_id,
        itemNumber: a.item_id === null ? null : (itemNumber.get(a.item_id) ?? null),
        text: a.text,
        authorName: a.author_name,
        authorRole: a.author_role,
        osUser: a.os_user,
        createdAt: a.created_at
      })),
    laterMeetings: later.map((l) => ({ id: l.id, date: l.meeting_date, title: l.title }))
  }
}

interface MeetingFields {
  title: string
  date: string
  startTime: string
  endTime: string
  place: string
  guests: string
}

/** A meeting's own columns, as a new meeting and a changed one write them. */
function meetingColumns(input: MeetingFields) {
  return {
    title: input.title,
    meeting_date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    guests: input.guests
  }
}

/** Changes a meeting's columns, stamped `now` as its last change, with an entry in its project's audit trail. */
async function writeMeeting(
  trx: Db,
  ctx: ServiceContext,
  m: MeetingRow,
  now: string,
  changes: Omit<Updateable<Database['meeting']>, 'updated_at'>,
  meta: Omit<AuditMeta, 'projectId'> = {}
): Promise<void> {
  await updateAudited(trx, ctx, 'meeting', m.id, { ...changes, updated_at: now }, { ...meta, projectId: m.project_id })
}

function checkFields(input: MeetingFields): void {
  if (minutesBetween(input.startTime, input.endTime) <= 0) throw new DomainError('validation', e.endBeforeStart, { field: 'endTime' })
  refuseCpr({ title: input.title, place: input.place, guests: input.guests })
}

export async function createMeeting(ctx: ServiceContext, input: MeetingFields & { groupId: number }): Promise<Meeting> {
  checkFields(input)
  const id = await ctx.db.transaction().execute(async (trx) => {
    const g = await loadGroup(trx, input.groupId)
    const now = nowIso(ctx)
    const meeting = await insertAudited(
      trx,
      ctx,
      'meeting',
      {
        project_id: g.project_id,
        group_id: g.id,
        ...meetingColumns(input),
        status: 'draft',
        invitation_sequence: 0,
        created_at: now,
        updated_at: now
      },
      { projectId: g.project_id }
    )
    // A new agenda starts with "Godkendelse af dagsorden", lists open action items under
    // "Opfølgning", and ends with "Eventuelt" (docs/domain.md rule 11 «Minutes»).
    for (const [i, kind] of defaultAgendaKinds.entries()) {
      await insertAudited(
        trx,
        ctx,
        'meeting_item',
        {
          ...blankItemValues,
          project_id: g.project_id,
          group_id: g.id,
          meeting_id: meeting.id,
          position: i + 1,
          kind,
          title: t.itemKinds[kind],
          created_at: now,
          updated_at: now
        },
        { projectId: g.project_id }
      )
    }
    return meeting.id
  })
  return getMeeting(ctx.db, id, { today: todayIso(ctx) })
}

export async function updateMeeting(ctx: ServiceContext, input: MeetingFields & { meetingId: number }): Promise<Meeting> {
  checkFields(input)
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, input.meetingId)
    requireUnlocked(m)
    if (m.status === 'held' && input.date > todayIso(ctx)) throw new DomainError('validation', e.heldInFuture(formatDate(input.date)), { field: 'date' })
    // An invitation already sent is re-sent with a higher SEQUENCE, so Outlook updates the appointment.
    const moved = input.date !== m.meeting_date || input.startTime !== m.start_time || input.endTime !== m.end_time || input.place !== m.place
    await writeMeeting(trx, ctx, m, nowIso(ctx), {
      ...meetingColumns(input),
      invitation_sequence: m.invitation_sequence + (moved && m.status !== 'draft' ? 1 : 0)
    })
  })
  return getMeeting(ctx.db, input.meetingId, { today: todayIso(ctx) })
}

export async function deleteMeeting(ctx: ServiceContext, meetingId: number): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId)
    if (m.status === 'held' || m.status === 'approved') throw new DomainError('conflict', e.deleteHeld)
    const meta = { projectId: m.project_id }
    const items = await trx.selectFrom('meeting_item').selectAll().where('meeting_id', '=', m.id).execute()
    for (const item of items) {
      for (const a of await trx.selectFrom('meeting_action').select('id').where('item_id', '=', item.id).execute()) {
        await deleteAudited(trx, ctx, 'meeting_action', a.id, meta)
      }
      for (const a of await trx.selectFrom('meeting_item_absence').select('id').where('item_id', '=', item.id).execute()) {
        await deleteAudited(trx, ctx, 'meeting_item_absence', a.id, meta)
      }
      if (item.kind === 'regular') {
        // Proposed items go back to the group's backlog rather than being lost.
        await updateAudited(trx, ctx, 'meeting_item', item.id, { meeting_id: null, position: 0, updated_at: nowIso(ctx) }, meta)
      } else {
        for (const a of await trx.selectFrom('meeting_attachment').select('id').where('item_id', '=', item.id).execute()) {
          await deleteAudited(trx, ctx, 'meeting_attachment', a.id, meta)
        }
        await deleteAudited(trx, ctx, 'meeting_item', item.id, meta)
      }
    }
    for (const a of await trx.selectFrom('meeting_attendance').select('id').where('meeting_id', '=', m.id).execute()) {
      await deleteAudited(trx, ctx, 'meeting_attendance', a.id, meta)
    }
    await deleteAudited(trx, ctx, 'meeting', m.id, meta)
  })
  return { deleted: true }
}

export async function setMeetingStatus(ctx: ServiceContext, meetingId: number, to: 'draft' | 'invited' | 'held'): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, meetingId)
    requireUnlocked(m)
    const from = m.status as MeetingStatus
    if (from === to) return
    if (!canMoveTo(from, to)) throw new DomainError('conflict', e.statusStep(t.statuses[from], t.statuses[to]), { field: 'status' })
    if (to === 'held' && m.meeting_date > todayIso(ctx)) throw new DomainError('conflict', e.heldInFuture(formatDate(m.meeting_date)), { field: 'status' })
    const now = nowIso(ctx)
    await writeMeeting(
      trx,
      ctx,
      m,
      now,
      { status: to, invited_at: to === 'invited' ? (m.invited_at ?? now) : to === 'draft' ? null : m.invited_at, held_at: to === 'held' ? now : null },
      { action: to === 'invited' ? 'send' : 'update' }
    )
  })
  return getMeeting(ctx.db, meetingId, { today: todayIso(ctx) })
}

export async function approveMinutes(ctx: ServiceContext, input: { meetingId: number; approverName: string; approverRole: string }): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, input.meetingId)
    requireUnlocked(m)
    const current = await getMeeting(trx, m.id, { today: todayIso(ctx) })
    const problems = m.status === 'held' ? current.approvalProblems : [e.notHeld]
    if (problems.length > 0) throw new DomainError('conflict', e.approvalRefused(problems), { field: 'meetingId' })
    await freezeFollowUp(trx, ctx, m)
    const now = nowIso(ctx)
    await writeMeeting(
      trx,
      ctx,
      m,
      now,
      { status: 'approved', approved_at: now, approved_by_name: input.approverName, approved_by_role: input.approverRole, approved_os_user: ctx.osUser },
      { action: 'approve', actorName: input.approverName, actorRole: input.approverRole }
    )
  })
  return getMeeting(ctx.db, input.meetingId, { today: todayIso(ctx) })
}

export async function saveAttendance(
  ctx: ServiceContext,
  input: { meetingId: number; entries: { memberId: number; status: AttendanceStatus | null; deputyName: string; note: string }[] }
): Promise<Meeting> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, input.meetingId)
    requireUnlocked(m)
    const meta = { projectId: m.project_id }
    for (const entry of input.entries) {
      const member = await trx.selectFrom('meeting_member').selectAll().where('id', '=', entry.memberId).where('group_id', '=', m.group_id).executeTakeFirst()
      if (!member) throw new DomainError('validation', e.memberNotFound(entry.memberId), { field: 'entries' })
      const existing = await trx
        .selectFrom('meeting_attendance')
        .selectAll()
        .where('meeting_id', '=', m.id)
        .where('member_id', '=', member.id)
        .executeTakeFirst()
      if (entry.status !== null && !existing && !isMemberOn({ startDate: member.start_date, endDate: member.end_date }, m.meeting_date)) {
        throw new DomainError('validation', e.notMemberOnDate(member.name, formatDate(m.meeting_date)), { field: 'entries' })
      }
      if (entry.deputyName && entry.status !== 'absent') throw new DomainError('validation', e.deputyOnlyWhenAbsent(member.name), { field: 'deputyName' })
      refuseCpr({ deputyName: entry.deputyName, note: entry.note })
      if (entry.status === null) {
        if (existing) await deleteAudited(trx, ctx, 'meeting_attendance', existing.id, meta)
      } else if (existing) {
        await updateAudited(trx, ctx, 'meeting_attendance', existing.id, { status: entry.status, deputy_name: entry.deputyName, note: entry.note }, meta)
      } else {
        await insertAudited(
          trx,
          ctx,
          'meeting_attendance',
          { meeting_id: m.id, member_id: member.id, status: entry.status, deputy_name: entry.deputyName, note: entry.note },
          meta
        )
      }
    }
  })
  return getMeeting(ctx.db, input.meetingId, { today: todayIso(ctx) })
}

export async function addAddendum(
  ctx: ServiceContext,
  input: { meetingId: number; itemId: number | null; text: string; authorName: string; authorRole: string }
): Promise<Meeting> {
  refuseCpr({ text: input.text })
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMeeting(trx, input.meetingId)
    if (m.status !== 'approved') throw new DomainError('conflict', e.addendumNotLocked)
    if (input.itemId !== null) {
      const item = await trx.selectFrom('meeting_item').select('meeting_id').where('id', '=', input.itemId).executeTakeFirst()
      if (!item || item.meeting_id !== m.id) throw new DomainError('validation', e.itemOtherMeeting, { field: 'itemId' })
    }
    await insertAudited(
      trx,
      ctx,
      'meeting_addendum',
      {
        meeting_id: m.id,
        item_id: input.itemId,
        text: input.text,
        author_name: input.authorName,
        author_role: input.authorRole,
        os_user: ctx.osUser,
        created_at: nowIso(ctx)
      },
      { projectId: m.project_id, actorName: input.authorName, actorRole: input.authorRole }
    )
  })
  return getMeeting(ctx.db, input.meetingId, { today: todayIso(ctx) })
}
