// The revisor export's personal records (participant-level data): the participants under their
// pseudonyms and their monthly statuses. Only in an export the user asked to hold them (`puljestyr
// export --with-personal`, the checkbox on the export page); the manifest says which it is.
import type { Kysely } from 'kysely'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { EXPORT_PAGE, type ExportTable } from './exportTable'

const x = da.export
const p = da.participants

export function personalTables(db: Kysely<Database>, projectId: number, tag: { caseNo: string; pool: string }): ExportTable[] {
  const yes = (v: number) => (v ? x.yes : x.no)
  return [
    {
      file: '12_deltagere.csv',
      sheet: x.sheets.participants,
      columns: [
        { header: x.h.participantNo, type: 'int' },
        { header: x.h.pseudonym, type: 'text', width: 18 },
        { header: x.h.participantCase, type: 'text', width: 16 },
        { header: x.h.intakeDate, type: 'date' },
        { header: x.h.intakeGroup, type: 'text', width: 28 },
        { header: x.h.jobBroker, type: 'text', width: 18 },
        { header: x.h.exitDate, type: 'date' },
        { header: x.h.exitReason, type: 'text', width: 18 },
        { header: x.h.note, type: 'text', width: 40 },
        { header: x.h.caseNumber, type: 'text', width: 18 },
        { header: x.h.pool, type: 'text', width: 18 }
      ],
      rows: async function* () {
        for (let after = 0; ; ) {
          const rows = await db
            .selectFrom('participant')
            .leftJoin('staff', 'staff.id', 'participant.job_broker_id')
            .selectAll('participant')
            .select('staff.name as broker')
            .where('participant.project_id', '=', projectId)
            .where('participant.id', '>', after)
            .orderBy('participant.id')
            .limit(EXPORT_PAGE)
            .execute()
          yield rows.map((r) => [
            r.id,
            r.pseudonym,
            r.case_number,
            r.intake_date,
            p.groups[r.intake_group] ?? String(r.intake_group),
            r.broker,
            r.exit_date,
            r.exit_reason ? ((p.exitReasons as Record<string, string>)[r.exit_reason] ?? r.exit_reason) : null,
            r.note,
            tag.caseNo,
            tag.pool
          ])
          if (rows.length < EXPORT_PAGE) return
          after = rows[rows.length - 1]!.id
        }
      }
    },
    {
      file: '13_deltagerstatus.csv',
      sheet: x.sheets.participantStatuses,
      columns: [
        { header: x.h.participantNo, type: 'int' },
        { header: x.h.pseudonym, type: 'text', width: 18 },
        { header: x.h.month, type: 'text' },
        { header: p.activities.paidHours, type: 'text' },
        { header: x.h.paidHours, type: 'hours' },
        { header: p.activities.workPlacement, type: 'text' },
        { header: p.activities.wageSubsidy, type: 'text' },
        { header: p.activities.flexJob, type: 'text' },
        { header: p.activities.educationSu, type: 'text' },
        { header: p.activities.educationPaid, type: 'text' },
        { header: p.activities.otherActivity, type: 'text' },
        { header: x.h.passive, type: 'text' },
        { header: x.h.passiveReason, type: 'text', width: 24 },
        { header: x.h.note, type: 'text', width: 40 },
        { header: x.h.caseNumber, type: 'text', width: 18 },
        { header: x.h.pool, type: 'text', width: 18 }
      ],
      rows: async function* () {
        for (let after = 0; ; ) {
          const rows = await db
            .selectFrom('participant_status')
            .innerJoin('participant', 'participant.id', 'participant_status.participant_id')
            .selectAll('participant_status')
            .select('participant.pseudonym')
            .where('participant_status.project_id', '=', projectId)
            .where('participant_status.id', '>', after)
            .orderBy('participant_status.id')
            .limit(EXPORT_PAGE)
            .execute()
          yield rows.map((r) => [
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
            r.note,
            tag.caseNo,
            tag.pool
          ])
          if (rows.length < EXPORT_PAGE) return
          after = rows[rows.length - 1]!.id
        }
      }
    }
  ]
}
