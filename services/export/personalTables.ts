// The revisor export's personal records (participant-level data): the participants under their
// pseudonyms and their monthly statuses. Only in an export the user asked to hold them (`puljestyr
// export --with-personal`, the checkbox on the export page); the manifest says which it is.
import type { Kysely } from 'kysely'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { col, rowsById, tagged, type Cell, type ExportTable, type ProjectTag } from './exportTable'

const x = da.export
const p = da.participants

export function personalTables(db: Kysely<Database>, projectId: number, tag: ProjectTag): ExportTable[] {
  const yes = (v: number) => (v ? x.yes : x.no)
  const participants: ExportTable = {
    file: '12_deltagere.csv',
    sheet: x.sheets.participants,
    columns: [
      col(x.h.participantNo, 'int'),
      col(x.h.pseudonym, 'text', 18),
      col(x.h.participantCase, 'text', 16),
      col(x.h.intakeDate, 'date'),
      col(x.h.intakeGroup, 'text', 28),
      col(x.h.jobBroker, 'text', 18),
      col(x.h.exitDate, 'date'),
      col(x.h.exitReason, 'text', 18),
      col(x.h.note, 'text', 40)
    ],
    rows: rowsById(
      db
        .selectFrom('participant')
        .leftJoin('staff', 'staff.id', 'participant.job_broker_id')
        .selectAll('participant')
        .select('staff.name as broker')
        .where('participant.project_id', '=', projectId),
      'participant.id',
      (r): Cell[] => [
        r.id,
        r.pseudonym,
        r.case_number,
        r.intake_date,
        p.groups[r.intake_group] ?? String(r.intake_group),
        r.broker,
        r.exit_date,
        r.exit_reason ? ((p.exitReasons as Record<string, string>)[r.exit_reason] ?? r.exit_reason) : null,
        r.note
      ]
    )
  }
  const statuses: ExportTable = {
    file: '13_deltagerstatus.csv',
    sheet: x.sheets.participantStatuses,
    columns: [
      col(x.h.participantNo, 'int'),
      col(x.h.pseudonym, 'text', 18),
      col(x.h.month, 'text'),
      col(p.activities.paidHours, 'text'),
      col(x.h.paidHours, 'hours'),
      col(p.activities.workPlacement, 'text'),
      col(p.activities.wageSubsidy, 'text'),
      col(p.activities.flexJob, 'text'),
      col(p.activities.educationSu, 'text'),
      col(p.activities.educationPaid, 'text'),
      col(p.activities.otherActivity, 'text'),
      col(x.h.passive, 'text'),
      col(x.h.passiveReason, 'text', 24),
      col(x.h.note, 'text', 40)
    ],
    rows: rowsById(
      db
        .selectFrom('participant_status')
        .innerJoin('participant', 'participant.id', 'participant_status.participant_id')
        .selectAll('participant_status')
        .select('participant.pseudonym')
        .where('participant_status.project_id', '=', projectId),
      'participant_status.id',
      (r): Cell[] => [
        r.participant_id,
        r.pseudonym,
        r.month,
        yes(r.act_paid_hours),
        r.paid_hours_minutes,
        yes(r.act_work_placement),
        yes(r.act_wage_subsidy),
        yes(r.act_flex_job),
        yes(r.act_education_su),
        yes(r.act_education_paid),
        yes(r.act_other),
        yes(r.passive),
        r.passive_reason,
        r.note
      ]
    )
  }
  return [tagged(tag, participants), tagged(tag, statuses)]
}
