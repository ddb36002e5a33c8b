// Groups (styregruppe, implementeringsgruppe, other fora) and their members. Members have start
// and end dates so that history stays right: old minutes list the members of their day.
import type { Group, Member } from '@shared/api/meetings'
import type { GroupKind, MemberRole } from '@shared/domain/meetings/types'
import { cadenceMonthOptions } from '@shared/domain/meetings/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { getProject } from '../core/projects'
import { loadGroup, loadMember, refuseCpr, type Db, type GroupRow, type MemberRow } from './common'
import { effectiveCadence, readMeetingsRules } from './rules'

const e = da.meetings.errors

function mapMember(r: MemberRow): Member {
  return {
    id: r.id,
    groupId: r.group_id,
    name: r.name,
    administration: r.administration,
    jobTitle: r.job_title,
    role: r.role as MemberRole,
    email: r.email,
    startDate: r.start_date,
    endDate: r.end_date
  }
}

const roleOrder: Record<string, number> = { chair: 0, secretary: 2, member: 1 }

/** Chair first, then members, then the secretary (as minutes list them); by name within a role. */
export function sortMembers<T extends { role: string; name: string }>(members: T[]): T[] {
  return [...members].sort((a, b) => (roleOrder[a.role] ?? 1) - (roleOrder[b.role] ?? 1) || a.name.localeCompare(b.name, 'da'))
}

export async function listGroups(db: Db, projectId: number): Promise<Group[]> {
  await getProject(db, projectId)
  const rules = await readMeetingsRules(db, projectId)
  const groups = await db.selectFrom('meeting_group').selectAll().where('project_id', '=', projectId).orderBy('position').orderBy('id').execute()
  const members = await db.selectFrom('meeting_member').selectAll().where('project_id', '=', projectId).execute()
  const counts = await db
    .selectFrom('meeting')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('project_id', '=', projectId)
    .groupBy('group_id')
    .execute()
  return groups.map((g) =>
    mapGroup(
      g,
      members.filter((m) => m.group_id === g.id),
      rules,
      Number(counts.find((c) => c.group_id === g.id)?.n ?? 0)
    )
  )
}

function mapGroup(g: GroupRow, members: MemberRow[], rules: Awaited<ReturnType<typeof readMeetingsRules>>, meetingCount: number): Group {
  const cadence = effectiveCadence(g, rules)
  return {
    id: g.id,
    projectId: g.project_id,
    kind: g.kind as GroupKind,
    name: g.name,
    description: g.description,
    cadenceMonths: g.cadence_months,
    effectiveCadenceMonths: cadence.months,
    cadenceSource: cadence.source,
    members: sortMembers(members).map(mapMember),
    meetingCount
  }
}

async function getGroup(db: Db, groupId: number): Promise<Group> {
  const g = await loadGroup(db, groupId)
  return (await listGroups(db, g.project_id)).find((x) => x.id === groupId)!
}

function checkCadence(months: number | null): void {
  if (months !== null && months !== 0 && !(cadenceMonthOptions as readonly number[]).includes(months)) {
    throw new DomainError('validation', e.badCadence, { field: 'cadenceMonths' })
  }
}

export async function saveGroup(
  ctx: ServiceContext,
  input: { projectId: number; groupId?: number | undefined; kind: GroupKind; name: string; description: string; cadenceMonths: number | null }
): Promise<Group> {
  checkCadence(input.cadenceMonths)
  refuseCpr({ name: input.name, description: input.description })
  const id = await ctx.db.transaction().execute(async (trx) => {
    await getProject(trx, input.projectId)
    const now = nowIso(ctx)
    const values = { kind: input.kind, name: input.name, description: input.description, cadence_months: input.cadenceMonths, updated_at: now }
    if (input.groupId !== undefined) {
      const g = await loadGroup(trx, input.groupId)
      if (g.project_id !== input.projectId) throw new DomainError('not_found', e.groupNotFound(input.groupId), { field: 'groupId' })
      await updateAudited(trx, ctx, 'meeting_group', g.id, values, { projectId: g.project_id })
      return g.id
    }
    const last = await trx
      .selectFrom('meeting_group')
      .select('position')
      .where('project_id', '=', input.projectId)
      .orderBy('position', 'desc')
      .executeTakeFirst()
    const row = await insertAudited(
      trx,
      ctx,
      'meeting_group',
      { ...values, project_id: input.projectId, position: (last?.position ?? 0) + 1, created_at: now },
      { projectId: input.projectId }
    )
    return row.id
  })
  return getGroup(ctx.db, id)
}

export async function saveMember(
  ctx: ServiceContext,
  input: {
    groupId: number
    memberId?: number | undefined
    name: string
    administration: string
    jobTitle: string
    role: MemberRole
    email: string
    startDate: string | null
    endDate: string | null
  }
): Promise<Member> {
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    throw new DomainError('validation', e.memberEndBeforeStart, { field: 'endDate' })
  }
  refuseCpr({ name: input.name, administration: input.administration, jobTitle: input.jobTitle })
  return ctx.db.transaction().execute(async (trx) => {
    const g = await loadGroup(trx, input.groupId)
    const values = {
      name: input.name,
      administration: input.administration,
      job_title: input.jobTitle,
      role: input.role,
      email: input.email,
      start_date: input.startDate,
      end_date: input.endDate,
      updated_at: nowIso(ctx)
    }
    if (input.memberId !== undefined) {
      const m = await loadMember(trx, input.memberId)
      if (m.group_id !== g.id) throw new DomainError('not_found', e.memberNotFound(input.memberId), { field: 'memberId' })
      return mapMember(await updateAudited(trx, ctx, 'meeting_member', m.id, values, { projectId: g.project_id }))
    }
    const row = await insertAudited(
      trx,
      ctx,
      'meeting_member',
      { ...values, project_id: g.project_id, group_id: g.id, created_at: nowIso(ctx) },
      { projectId: g.project_id }
    )
    return mapMember(row)
  })
}

export async function deleteMember(ctx: ServiceContext, memberId: number): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadMember(trx, memberId)
    const attended = await trx.selectFrom('meeting_attendance').select('id').where('member_id', '=', memberId).executeTakeFirst()
    const absent = await trx.selectFrom('meeting_item_absence').select('id').where('member_id', '=', memberId).executeTakeFirst()
    if (attended || absent) throw new DomainError('conflict', e.memberHasAttendance, { field: 'memberId' })
    await deleteAudited(trx, ctx, 'meeting_member', memberId, { projectId: m.project_id })
  })
  return { deleted: true }
}
