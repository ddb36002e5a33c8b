// The revisor export's personal records (participant-level data): the participants under their
// pseudonyms and their monthly statuses. Only in an export the user asked to hold them (`puljestyr
// export --with-personal`, the checkbox on the export page); the manifest says which it is.
import type { Kysely } from 'kysely'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { col, exportTable, rowsById, tagged, type ExportTable, type Field, type ProjectTag } from './exportTable'

const x = da.export
const p = da.participants

/** Each activity of a participant's month, as its column header and its flag in the status row. */
const activities = [
  [p.activities.workPlacement, 'act_work_placement'],
  [p.activities.wageSubsidy, 'act_wage_subsidy'],
  [p.activities.flexJob, 'act_flex_job'],
  [p.activities.educationSu, 'act_education_su'],
  [p.activities.educationPaid, 'act_education_paid'],
  [p.activities.otherActivity, 'act_other']
] as const

const yes = (v: number) => (v ? x.yes : x.no)

/** A participant's pseudonym, as both tables show it beside the participant's number. */
const pseudonymField: Field<{ pseudonym: string }> = [col(x.h.pseudonym, 'text', 18), (r) => r.pseudonym]

const activityFields = activities.map(([header, flag]): Field<Record<typeof flag, number>> => [col(header, 'text'), (r) => yes(r[flag])])

export function personalTables(db: Kysely<Database>, projectId: number, tag: ProjectTag): ExportTable[] {
  const participantRows = rowsById(
    db
      .selectFrom('participant')
      .leftJoin('staff', 'staff.id', 'participant.job_broker_id')
      .selectAll('participant')
      .select('staff.name as broker')
      .where('participant.project_id', '=', projectId),
    'participant.id'
  )
  const participants = exportTable('12_deltagere.csv', x.sheets.participants, participantRows, [
    [col(x.h.participantNo, 'int'), (r) => r.id],
    pseudonymField,
    [col(x.h.participantCase, 'text', 16), (r) => r.case_number],
    [col(x.h.intakeDate, 'date'), (r) => r.intake_date],
    [col(x.h.intakeGroup, 'text', 28), (r) => p.groups[r.intake_group] ?? String(r.intake_group)],
    [col(x.h.jobBroker, 'text', 18), (r) => r.broker],
    [col(x.h.exitDate, 'date'), (r) => r.exit_date],
    [col(x.h.exitReason, 'text', 18), (r) => (r.exit_reason ? ((p.exitReasons as Record<string, string>)[r.exit_reason] ?? r.exit_reason) : null)],
    [col(x.h.note, 'text', 40), (r) => r.note]
  ])
  const statusRows = rowsById(
    db
      .selectFrom('participant_status')
      .innerJoin('participant', 'participant.id', 'participant_status.participant_id')
      .selectAll('participant_status')
      .select('participant.pseudonym')
      .where('participant_status.project_id', '=', projectId),
    'participant_status.id'
  )
  const statuses = exportTable('13_deltagerstatus.csv', x.sheets.participantStatuses, statusRows, [
    [col(x.h.participantNo, 'int'), (r) => r.participant_id],
    pseudonymField,
    [col(x.h.month, 'text'), (r) => r.month],
    [col(p.activities.paidHours, 'text'), (r) => yes(r.act_paid_hours)],
    [col(x.h.paidHours, 'hours'), (r) => r.paid_hours_minutes],
    ...activityFields,
    [col(x.h.passive, 'text'), (r) => yes(r.passive)],
    [col(x.h.passiveReason, 'text', 24), (r) => r.passive_reason],
    [col(x.h.note, 'text', 40), (r) => r.note]
  ])
  return [tagged(tag, participants), tagged(tag, statuses)]
}
