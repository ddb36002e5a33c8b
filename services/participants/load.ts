// Reading the participants domain's rows as the pure rules' objects and the API's shapes.
import type { Kysely, Selectable } from 'kysely'
import type { Status } from '@shared/api/participants'
import type { KpiParticipant, MonthlyStatus } from '@shared/domain/participants/kpis'
import type { ProgressionAnswer } from '@shared/domain/participants/progression'
import type { ActivityKey, ExitReason, IntakeGroup, ProgressionOccasion } from '@shared/domain/participants/types'
import type { Database } from '../db/schema'
import type { ParticipantStatusTable, ParticipantTable } from '../db/schema/participants'

type Db = Kysely<Database>
export type ParticipantRow = Selectable<ParticipantTable>
export type StatusRow = Selectable<ParticipantStatusTable>

/** Activity key ↔ column of participant_status. */
export const activityColumns = {
  paidHours: 'act_paid_hours',
  workPlacement: 'act_work_placement',
  wageSubsidy: 'act_wage_subsidy',
  flexJob: 'act_flex_job',
  educationSu: 'act_education_su',
  educationPaid: 'act_education_paid',
  otherActivity: 'act_other'
} as const satisfies Record<ActivityKey, keyof ParticipantStatusTable>

export function toKpiParticipant(r: ParticipantRow): KpiParticipant {
  return {
    id: r.id,
    intakeDate: r.intake_date,
    intakeGroup: r.intake_group as IntakeGroup,
    exitDate: r.exit_date,
    exitReason: r.exit_reason as ExitReason | null,
    jobBrokerId: r.job_broker_id
  }
}

const activityColumnList = Object.entries(activityColumns) as [ActivityKey, (typeof activityColumns)[ActivityKey]][]

function activitiesOf(r: Pick<StatusRow, (typeof activityColumns)[ActivityKey]>): ActivityKey[] {
  const out: ActivityKey[] = []
  for (const [key, column] of activityColumnList) if (r[column] === 1) out.push(key)
  return out
}

/** The columns a month's status is judged by (the KPIs, the focus list, Pareto): not its note or bookkeeping. */
const MONTHLY_STATUS_COLUMNS = [
  'participant_id',
  'month',
  ...activityColumnList.map(([, column]) => column),
  'paid_hours_minutes',
  'passive',
  'passive_reason',
  'cv_updated_on',
  'job_plan',
  'job_goal'
] as const satisfies readonly (keyof StatusRow)[]

type MonthlyStatusRow = Pick<StatusRow, (typeof MONTHLY_STATUS_COLUMNS)[number]>

export function toMonthlyStatus(r: MonthlyStatusRow): MonthlyStatus {
  return {
    participantId: r.participant_id,
    month: r.month,
    activities: activitiesOf(r),
    paidHoursMinutes: r.paid_hours_minutes,
    passive: r.passive === 1,
    passiveReason: r.passive_reason,
    cvUpdatedOn: r.cv_updated_on,
    jobPlan: r.job_plan === 1,
    jobGoal: r.job_goal
  }
}

export function toStatus(r: StatusRow): Status {
  return {
    id: r.id,
    ...toMonthlyStatus(r),
    note: r.note,
    source: r.source,
    updatedAt: r.updated_at
  }
}

/** The project's participants, or only those with the given ids (one participant is read alone, not filtered from all). */
export async function loadParticipants(db: Db, projectId: number, only?: number[]): Promise<ParticipantRow[]> {
  let q = db.selectFrom('participant').selectAll().where('project_id', '=', projectId)
  if (only) q = q.where('id', 'in', only.length > 0 ? only : [-1])
  return q.orderBy('pseudonym').execute()
}

/**
 * The project's statuses as the rules judge them, in month order, of the months `from`–`to`;
 * `passiveOnly`: only those marked passive. Only the columns the rules read are read (building a
 * row of every column cost more than the query, #14).
 */
export async function loadMonthlyStatuses(
  db: Db,
  projectId: number,
  range: { from?: string; to?: string; passiveOnly?: boolean } = {}
): Promise<MonthlyStatus[]> {
  let q = db.selectFrom('participant_status').select(MONTHLY_STATUS_COLUMNS).where('project_id', '=', projectId)
  if (range.from) q = q.where('month', '>=', range.from)
  if (range.to) q = q.where('month', '<=', range.to)
  if (range.passiveOnly) q = q.where('passive', '=', 1)
  return (await q.orderBy('month').execute()).map(toMonthlyStatus)
}

export async function loadAnswers(db: Db, projectId: number, only?: number[]): Promise<(ProgressionAnswer & { id: number; note: string })[]> {
  let q = db
    .selectFrom('participant_progression')
    .innerJoin('participant', 'participant.id', 'participant_progression.participant_id')
    .selectAll('participant_progression')
    .where('participant.project_id', '=', projectId)
  if (only) q = q.where('participant.id', 'in', only.length > 0 ? only : [-1])
  const rows = await q.orderBy('participant_progression.answered_on').execute()
  return rows.map((r) => ({
    id: r.id,
    participantId: r.participant_id,
    occasion: r.occasion as ProgressionOccasion,
    answeredOn: r.answered_on,
    answers: JSON.parse(r.answers_json) as Record<string, number>,
    note: r.note
  }))
}

export async function staffNames(db: Db, projectId: number): Promise<Map<number, string>> {
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('project_id', '=', projectId).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
