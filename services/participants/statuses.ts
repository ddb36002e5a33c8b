// Monthly status (docs/domain.md rule 8 «Monthly status»): one row per participant and calendar
// month. Written through the audit trail (the statuses decide STAR's result measurement and so the
// payments), in one transaction per save: a whole month's grid or a whole import file, all rows or
// none.
import type { Kysely } from 'kysely'
import { minutes } from '@shared/domain/duration'
import type { MonthRow, StatusInputRow } from '@shared/api/participants'
import { countsInEffortGroup, isOpenInMonth } from '@shared/domain/participants/effortGroup'
import { checkStatus, matchPassiveReason, type StatusInput } from '@shared/domain/participants/status'
import { activityKeys, type ActivityKey } from '@shared/domain/participants/types'
import { DomainError, type ApiErrorDetail } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { deleteAudited, insertManyAuditedValues, updateAudited } from '../audit/audit'
import { activityColumns, loadParticipants, staffNames, toKpiParticipant, toStatus, type ParticipantRow, type StatusRow } from './load'
import { loadProjectRules } from './rules'
import { addMonths, type Month } from '@shared/domain/months'

type Db = Kysely<Database>
const t = da.participants

type StatusSource = 'form' | 'grid' | 'import' | 'demo'

export interface StatusEntry {
  participantId: number
  month: Month
  status: StatusInput
  clear: boolean
}

/** The column values of a status row (everything but ids and timestamps). */
export function statusValues(s: StatusInput) {
  const values: Record<string, number | string | null> = {}
  for (const key of activityKeys) values[activityColumns[key]] = s.activities.includes(key) ? 1 : 0
  return {
    ...(values as Record<(typeof activityColumns)[ActivityKey], number>),
    paid_hours_minutes: minutes(s.activities.includes('paidHours') ? (s.paidHoursMinutes ?? 0) : 0),
    passive: s.passive ? 1 : 0,
    passive_reason: s.passive ? s.passiveReason : null,
    cv_updated_on: s.cvUpdatedOn,
    job_plan: s.jobPlan ? 1 : 0,
    job_goal: s.jobGoal,
    note: s.note
  }
}

function sameValues(row: StatusRow, values: ReturnType<typeof statusValues>): boolean {
  return (Object.keys(values) as (keyof typeof values)[]).every((k) => row[k] === values[k])
}

/** Checks entries against the rules; every problem as a detail with the row number given. */
export function checkEntries(
  entries: readonly (StatusEntry & { row: number; who: string })[],
  participants: ReadonlyMap<number, ParticipantRow>,
  passiveReasons: readonly string[]
): ApiErrorDetail[] {
  const details: ApiErrorDetail[] = []
  const seen = new Map<string, number>()
  for (const e of entries) {
    const p = participants.get(e.participantId)
    if (!p) {
      details.push({ row: e.row, field: 'participantId', message: `${e.who}: ${t.errors.participantNotInProject}` })
      continue
    }
    const key = `${e.participantId}:${e.month}`
    const first = seen.get(key)
    if (first !== undefined) {
      details.push({ row: e.row, field: 'participantId', message: `${e.who}: ${t.errors.importDuplicate(first)}` })
      continue
    }
    seen.set(key, e.row)
    if (e.clear) continue
    for (const problem of checkStatus(e.status, e.month, p.intake_date, passiveReasons)) {
      const label = problem.field === 'month' ? t.fields.month! : (t.fields[problem.field] ?? problem.field)
      details.push({ row: e.row, field: problem.field, message: `${e.who}: ${t.errors.statusField(label, problem.rule)}` })
    }
  }
  return details
}

/** The saved statuses the entries can meet (their project, between their first and last month), by participant and month. */
async function savedStatuses(db: Db, projectId: number, entries: readonly StatusEntry[]): Promise<Map<string, StatusRow>> {
  if (entries.length === 0) return new Map()
  const months = entries.map((e) => e.month).sort()
  const wanted = new Set(entries.map((e) => e.participantId))
  const rows = await db
    .selectFrom('participant_status')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('month', '>=', months[0]!)
    .where('month', '<=', months.at(-1)!)
    .execute()
  return new Map(rows.filter((r) => wanted.has(r.participant_id)).map((r) => [`${r.participant_id}|${r.month}`, r]))
}

/**
 * Writes checked entries in the caller's transaction: insert, update, or leave an equal row alone.
 * The saved statuses are read in one query and the new ones written in bulk, each with its audit
 * entry built from its values (#14: a caseload's import of three years is thousands of rows).
 */
export async function writeEntries(
  db: Db,
  ctx: ServiceContext,
  projectId: number,
  entries: readonly StatusEntry[],
  source: StatusSource,
  passiveReasons: readonly string[],
  reason: string | null = null
) {
  const result = { created: 0, updated: 0, unchanged: 0, cleared: 0 }
  const now = nowIso(ctx)
  const meta = { projectId, reason, ...(source === 'import' ? { action: 'import' } : {}) }
  const saved = await savedStatuses(db, projectId, entries)
  const created: Omit<StatusRow, 'id'>[] = []
  for (const e of entries) {
    const existing = saved.get(`${e.participantId}|${e.month}`)
    if (e.clear) {
      if (existing) {
        await deleteAudited(db, ctx, 'participant_status', existing.id, { projectId, reason })
        result.cleared++
      }
      continue
    }
    const status = {
      ...e.status,
      passiveReason: e.status.passive && e.status.passiveReason ? matchPassiveReason(e.status.passiveReason, passiveReasons) : null
    }
    const values = statusValues(status)
    if (existing) {
      if (sameValues(existing, values)) {
        result.unchanged++
        continue
      }
      await updateAudited(db, ctx, 'participant_status', existing.id, { ...values, source, updated_at: now }, { projectId, reason })
      result.updated++
    } else {
      created.push({ project_id: projectId, participant_id: e.participantId, month: e.month, ...values, source, created_at: now, updated_at: now })
    }
  }
  await insertManyAuditedValues(db, ctx, 'participant_status', created, meta)
  result.created = created.length
  return result
}

function toStatusInput(row: Required<Omit<StatusInputRow, 'participantId' | 'clear'>>): StatusInput {
  return {
    activities: row.activities,
    paidHoursMinutes: row.paidHoursMinutes,
    passive: row.passive,
    passiveReason: row.passiveReason,
    cvUpdatedOn: row.cvUpdatedOn,
    jobPlan: row.jobPlan,
    jobGoal: row.jobGoal,
    note: row.note
  }
}

export async function saveMonth(ctx: ServiceContext, projectId: number, month: Month, rows: Required<StatusInputRow>[], source: 'form' | 'grid') {
  return ctx.db.transaction().execute(async (trx) => {
    const pr = await loadProjectRules(trx, projectId)
    const participants = new Map((await loadParticipants(trx, projectId)).map((p) => [p.id, p]))
    const entries = rows.map((r, i) => ({
      row: i + 1,
      who: participants.get(r.participantId)?.pseudonym ?? `${t.fields.participantId} ${r.participantId}`,
      participantId: r.participantId,
      month,
      status: toStatusInput(r),
      clear: r.clear
    }))
    const details = checkEntries(entries, participants, pr.rules.passiveReasons)
    if (details.length > 0) {
      const rowsWithErrors = new Set(details.map((d) => d.row)).size
      throw new DomainError('validation', t.errors.monthRejected(rowsWithErrors), { field: details[0]!.field ?? 'rows', details })
    }
    return writeEntries(trx, ctx, projectId, entries, source, pr.rules.passiveReasons)
  })
}

export async function monthRows(
  ctx: ServiceContext,
  projectId: number,
  month: Month,
  options: { jobBrokerId?: number | null | undefined; includeClosed: boolean }
) {
  const db = ctx.db
  const pr = await loadProjectRules(db, projectId)
  const names = await staffNames(db, projectId)
  const participants = await loadParticipants(db, projectId)
  const statuses = await db
    .selectFrom('participant_status')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('month', 'in', [month, addMonths(month, -1)])
    .execute()
  const current = new Map(statuses.filter((s) => s.month === month).map((s) => [s.participant_id, s]))
  const previous = new Map(statuses.filter((s) => s.month !== month).map((s) => [s.participant_id, s]))
  const rows: MonthRow[] = []
  for (const p of participants) {
    if (options.jobBrokerId !== undefined && p.job_broker_id !== options.jobBrokerId) continue
    const facts = toKpiParticipant(p)
    const open = isOpenInMonth(facts, month)
    const inEffortGroup = countsInEffortGroup(facts, month, pr.rules.effortGroupExit)
    const status = current.get(p.id)
    // The month's follow-up is for the effort group; groups 2 and 3 are shown only with a saved status.
    if (!status && (p.intake_group !== 1 || (!open && !(options.includeClosed && inEffortGroup)))) continue
    const prev = previous.get(p.id)
    rows.push({
      participantId: p.id,
      pseudonym: p.pseudonym,
      caseNumber: p.case_number,
      jobBrokerId: p.job_broker_id,
      jobBrokerName: p.job_broker_id ? (names.get(p.job_broker_id) ?? null) : null,
      intakeDate: p.intake_date,
      exitDate: p.exit_date,
      inEffortGroup,
      open,
      status: status ? toStatus(status) : null,
      previous: prev ? toStatus(prev) : null
    })
  }
  return { month, passiveReasons: pr.rules.passiveReasons, rows }
}
