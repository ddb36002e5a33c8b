// Tables of the participants domain (migration 0010). Dates ISO text, months `YYYY-MM`, hours in
// minutes, booleans as 0/1.
import type { Minutes } from '@shared/domain/duration'
import type { Generated } from 'kysely'

/** A participant under a pseudonym or case number chosen by the municipality: never a CPR number. */
export interface ParticipantTable {
  id: Generated<number>
  project_id: number
  pseudonym: string
  case_number: string
  intake_date: string
  /** The group at intake (startafklaring): 1 = the effort group, 2 or 3. */
  intake_group: number
  /** The personal job broker: a staff member of the project. */
  job_broker_id: number | null
  exit_date: string | null
  /** An ExitReason key (shared/domain/participants/types.ts). */
  exit_reason: string | null
  note: string
  created_at: string
  updated_at: string
}

export interface ParticipantGroupChangeTable {
  id: Generated<number>
  participant_id: number
  change_date: string
  to_group: number
  note: string
  created_at: string
}

/** One participant's status in one calendar month: the source of every KPI. */
export interface ParticipantStatusTable {
  id: Generated<number>
  project_id: number
  participant_id: number
  month: string
  act_paid_hours: number
  paid_hours_minutes: Minutes
  act_work_placement: number
  act_wage_subsidy: number
  act_flex_job: number
  act_education_su: number
  act_education_paid: number
  act_other: number
  passive: number
  passive_reason: string | null
  cv_updated_on: string | null
  job_plan: number
  job_goal: string
  note: string
  /** 'form' | 'grid' | 'import' | 'demo' */
  source: string
  created_at: string
  updated_at: string
}

export interface ParticipantProgressionTable {
  id: Generated<number>
  participant_id: number
  /** 'intake' | 'followUp' | 'exit' */
  occasion: string
  answered_on: string
  /** JSON: { questionKey: score } on the pool's scale. */
  answers_json: string
  note: string
  created_at: string
  updated_at: string
}

/** A pin to, or exclusion from, the Pareto focus list, with its reason. */
export interface ParticipantPriorityTable {
  id: Generated<number>
  participant_id: number
  /** 'pin' | 'exclude' */
  kind: string
  reason: string
  created_at: string
}

/** The project's own targets, overriding the pool's (JSON: a partial Targets). */
export interface ParticipantProjectTargetsTable {
  id: Generated<number>
  project_id: number
  targets_json: string
  updated_at: string
}

export interface ParticipantsTables {
  participant: ParticipantTable
  participant_group_change: ParticipantGroupChangeTable
  participant_status: ParticipantStatusTable
  participant_progression: ParticipantProgressionTable
  participant_priority: ParticipantPriorityTable
  participant_project_targets: ParticipantProjectTargetsTable
}
