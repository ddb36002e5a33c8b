// Participants: pseudonym or case number (never a CPR number: the contract refuses one in every
// text field), intake date and group, group changes, job broker, exit date and reason. Audited:
// these records decide who is in the effort group STAR's results are measured on.
import type { Kysely } from 'kysely'
import type { Participant, ParticipantInput } from '@shared/api/participants'
import { countsInEffortGroup, groupOn } from '@shared/domain/participants/effortGroup'
import { progressionReminder } from '@shared/domain/participants/progression'
import { type ExitReason, type IntakeGroup } from '@shared/domain/participants/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { columnsOf } from '../db/columns'
import { nowIso, todayIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { loadAnswers, loadParticipants, staffNames, type ParticipantRow } from './load'
import { loadProjectRules, type ProjectRules } from './rules'
import { monthOf } from '@shared/domain/months'

type Db = Kysely<Database>
const t = da.participants

type ParsedParticipantInput = Required<Omit<ParticipantInput, 'projectId'>>

/** The date the app looks at "now" for a project: today, but never after the project's end. */
export function referenceDate(ctx: Pick<ServiceContext, 'now'>, rules: Pick<ProjectRules, 'periodStart' | 'periodEnd'>): string {
  const today = todayIso(ctx)
  if (today > rules.periodEnd) return rules.periodEnd
  if (today < rules.periodStart) return rules.periodStart
  return today
}

export async function requireParticipant(db: Db, projectId: number, participantId: number): Promise<ParticipantRow> {
  const row = await db.selectFrom('participant').selectAll().where('id', '=', participantId).where('project_id', '=', projectId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', t.errors.notFound(participantId), { field: 'participantId' })
  return row
}

/** Builds the API view of many participants with one query per related table. */
export async function describeParticipants(ctx: ServiceContext, projectId: number, only?: number[]): Promise<Participant[]> {
  const db = ctx.db
  const pr = await loadProjectRules(db, projectId)
  // Only the participants asked for are read: creating one participant must not re-read all (#14).
  const rows = await loadParticipants(db, projectId, only)
  const ids = rows.map((r) => r.id)
  if (ids.length === 0) return []
  const names = await staffNames(db, projectId)
  const changes = await db.selectFrom('participant_group_change').selectAll().where('participant_id', 'in', ids).orderBy('change_date').execute()
  const lastMonths = await db
    .selectFrom('participant_status')
    .select(['participant_id', (eb) => eb.fn.max('month').as('last')])
    .where('participant_id', 'in', ids)
    .groupBy('participant_id')
    .execute()
  const lastByParticipant = new Map(lastMonths.map((r) => [r.participant_id, r.last as string]))
  const priorities = await db.selectFrom('participant_priority').selectAll().where('participant_id', 'in', ids).execute()
  const priorityBy = new Map(priorities.map((p) => [p.participant_id, p]))
  const answers = await loadAnswers(db, projectId, only)
  const ref = referenceDate(ctx, pr)
  const refMonth = monthOf(ref)
  return rows.map((r) => {
    const own = changes.filter((c) => c.participant_id === r.id)
    const facts = {
      id: r.id,
      intakeDate: r.intake_date,
      intakeGroup: r.intake_group as IntakeGroup,
      exitDate: r.exit_date,
      exitReason: r.exit_reason as ExitReason | null
    }
    const found = r.intake_group === 1 ? progressionReminder(facts, answers, pr.rules.progression, ref) : null
    // A follow-up due after the project has ended is not asked for; the exit answer is.
    const reminder = found && found.kind.startsWith('followUp') && found.dueOn > pr.periodEnd ? null : found
    const priority = priorityBy.get(r.id)
    return {
      id: r.id,
      projectId: r.project_id,
      pseudonym: r.pseudonym,
      caseNumber: r.case_number,
      intakeDate: r.intake_date,
      intakeGroup: r.intake_group as IntakeGroup,
      currentGroup: groupOn(
        r.intake_group as IntakeGroup,
        own.map((c) => ({ changeDate: c.change_date, toGroup: c.to_group as IntakeGroup })),
        ref
      ),
      jobBrokerId: r.job_broker_id,
      jobBrokerName: r.job_broker_id ? (names.get(r.job_broker_id) ?? null) : null,
      exitDate: r.exit_date,
      exitReason: r.exit_reason as ExitReason | null,
      note: r.note,
      inEffortGroup: countsInEffortGroup(facts, refMonth, pr.rules.effortGroupExit),
      open: !r.exit_date || r.exit_date > ref,
      groupChanges: own.map((c) => ({ id: c.id, changeDate: c.change_date, toGroup: c.to_group as IntakeGroup, note: c.note })),
      lastStatusMonth: lastByParticipant.get(r.id) ?? null,
      reminder: reminder ? { kind: reminder.kind, dueOn: reminder.dueOn } : null,
      priority: priority ? { kind: priority.kind as 'pin' | 'exclude', reason: priority.reason } : null
    }
  })
}

export async function describeParticipant(ctx: ServiceContext, projectId: number, participantId: number): Promise<Participant> {
  const [p] = await describeParticipants(ctx, projectId, [participantId])
  if (!p) throw new DomainError('not_found', t.errors.notFound(participantId), { field: 'participantId' })
  return p
}

async function validateParticipant(db: Db, projectId: number, input: ParsedParticipantInput, existingId: number | null, rules: ProjectRules): Promise<void> {
  const pseudonymTaken = await db
    .selectFrom('participant')
    .select('id')
    .where('project_id', '=', projectId)
    .where((eb) => eb(eb.fn('lower', ['pseudonym']), '=', input.pseudonym.toLowerCase()))
    .executeTakeFirst()
  if (pseudonymTaken && pseudonymTaken.id !== existingId) throw new DomainError('conflict', t.errors.pseudonymTaken(input.pseudonym), { field: 'pseudonym' })
  if (input.caseNumber) {
    const caseTaken = await db
      .selectFrom('participant')
      .select('id')
      .where('project_id', '=', projectId)
      .where('case_number', '=', input.caseNumber)
      .executeTakeFirst()
    if (caseTaken && caseTaken.id !== existingId) throw new DomainError('conflict', t.errors.caseNumberTaken(input.caseNumber), { field: 'caseNumber' })
  }
  if (input.intakeDate < rules.periodStart || input.intakeDate > rules.periodEnd) {
    throw new DomainError('validation', t.errors.intakeOutsidePeriod, { field: 'intakeDate' })
  }
  if (input.jobBrokerId !== null) {
    const staff = await db.selectFrom('staff').select('id').where('id', '=', input.jobBrokerId).where('project_id', '=', projectId).executeTakeFirst()
    if (!staff) throw new DomainError('validation', t.errors.brokerNotStaff, { field: 'jobBrokerId' })
  }
  if (input.exitDate && !input.exitReason) throw new DomainError('validation', t.errors.exitReasonRequired, { field: 'exitReason' })
  if (input.exitReason && !input.exitDate) throw new DomainError('validation', t.errors.exitDateRequired, { field: 'exitDate' })
  if (input.exitDate && input.exitDate < input.intakeDate) throw new DomainError('validation', t.errors.exitBeforeIntake, { field: 'exitDate' })
}

/** A participant's own columns, as a new participant and a changed one write them. */
function participantColumns(input: ParsedParticipantInput) {
  return columnsOf(input, ['pseudonym', 'caseNumber', 'intakeDate', 'intakeGroup', 'jobBrokerId', 'exitDate', 'exitReason', 'note'])
}

export async function createParticipant(ctx: ServiceContext, projectId: number, input: ParsedParticipantInput): Promise<Participant> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const rules = await loadProjectRules(trx, projectId)
    await validateParticipant(trx, projectId, input, null, rules)
    const now = nowIso(ctx)
    const row = await insertAudited(
      trx,
      ctx,
      'participant',
      { project_id: projectId, ...participantColumns(input), created_at: now, updated_at: now },
      { projectId }
    )
    return row.id
  })
  return describeParticipant(ctx, projectId, id)
}

export async function updateParticipant(
  ctx: ServiceContext,
  projectId: number,
  participantId: number,
  input: ParsedParticipantInput,
  reason: string
): Promise<Participant> {
  await ctx.db.transaction().execute(async (trx) => {
    await requireParticipant(trx, projectId, participantId)
    const rules = await loadProjectRules(trx, projectId)
    await validateParticipant(trx, projectId, input, participantId, rules)
    const early = await trx
      .selectFrom('participant_status')
      .select('month')
      .where('participant_id', '=', participantId)
      .where('month', '<', monthOf(input.intakeDate))
      .orderBy('month')
      .executeTakeFirst()
    if (early) throw new DomainError('validation', t.errors.statusesBeforeIntake(early.month), { field: 'intakeDate' })
    await updateAudited(
      trx,
      ctx,
      'participant',
      participantId,
      { ...participantColumns(input), updated_at: nowIso(ctx) },
      { projectId, reason: reason || null }
    )
  })
  return describeParticipant(ctx, projectId, participantId)
}

export async function deleteParticipant(ctx: ServiceContext, projectId: number, participantId: number, reason: string): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    await requireParticipant(trx, projectId, participantId)
    const meta = { projectId, reason }
    for (const table of ['participant_status', 'participant_progression', 'participant_group_change', 'participant_priority'] as const) {
      const rows = await trx.selectFrom(table).select('id').where('participant_id', '=', participantId).execute()
      for (const r of rows) await deleteAudited(trx, ctx, table, r.id, meta)
    }
    await deleteAudited(trx, ctx, 'participant', participantId, meta)
  })
  return { deleted: true }
}

export async function addGroupChange(
  ctx: ServiceContext,
  projectId: number,
  participantId: number,
  change: { changeDate: string; toGroup: IntakeGroup; note: string }
): Promise<Participant> {
  await ctx.db.transaction().execute(async (trx) => {
    const p = await requireParticipant(trx, projectId, participantId)
    if (change.changeDate < p.intake_date) throw new DomainError('validation', t.errors.changeBeforeIntake, { field: 'changeDate' })
    const changes = await trx.selectFrom('participant_group_change').selectAll().where('participant_id', '=', participantId).execute()
    const before = groupOn(
      p.intake_group as IntakeGroup,
      changes.map((c) => ({ changeDate: c.change_date, toGroup: c.to_group as IntakeGroup })),
      change.changeDate
    )
    if (before === change.toGroup) throw new DomainError('validation', t.errors.changeSameGroup, { field: 'toGroup' })
    await insertAudited(
      trx,
      ctx,
      'participant_group_change',
      { participant_id: participantId, change_date: change.changeDate, to_group: change.toGroup, note: change.note, created_at: nowIso(ctx) },
      { projectId }
    )
  })
  return describeParticipant(ctx, projectId, participantId)
}

export async function deleteGroupChange(ctx: ServiceContext, projectId: number, changeId: number, reason: string): Promise<Participant> {
  const participantId = await ctx.db.transaction().execute(async (trx) => {
    const change = await trx
      .selectFrom('participant_group_change')
      .innerJoin('participant', 'participant.id', 'participant_group_change.participant_id')
      .select(['participant_group_change.id', 'participant_group_change.participant_id'])
      .where('participant_group_change.id', '=', changeId)
      .where('participant.project_id', '=', projectId)
      .executeTakeFirst()
    if (!change) throw new DomainError('not_found', t.errors.changeNotFound(changeId), { field: 'changeId' })
    await deleteAudited(trx, ctx, 'participant_group_change', changeId, { projectId, reason })
    return change.participant_id
  })
  return describeParticipant(ctx, projectId, participantId)
}
