// Tables of the time domain (migrations 0008 and 0011): timesheets, monthly approvals and management
// statements, the project's time settings, the budget line chosen for salary, imports and accounts.
// The ledger itself is the core table `posting`.
import type { Ore } from '@shared/domain/money'
import type { Minutes } from '@shared/domain/duration'
import type { Generated } from 'kysely'

/** The project's working calendar: the days off that are settings (docs/domain.md rule 4 «Time, rates and norm hours»). Booleans as 0/1. */
export interface TimeSettingsTable {
  id: Generated<number>
  project_id: number
  christmas_eve_off: number
  new_years_eve_off: number
  may_day_afternoon_off: number
  constitution_day_afternoon_off: number
  /** 1: the employee signs the month before a manager approves it (the default). */
  require_employee_signature: number
  updated_at: string
}

/** One activity of a project's timesheets, e.g. "Borgerrettet indsats". */
export interface TimeActivityTable {
  id: Generated<number>
  project_id: number
  name: string
  sort_order: number
  /** 0 = no longer offered in the grid (its hours stay). */
  active: number
  created_at: string
  updated_at: string
}

/** Hours of one staff member on one date for one activity. */
export interface TimeEntryTable {
  id: Generated<number>
  project_id: number
  staff_id: number
  entry_date: string
  activity_id: number
  minutes: Minutes
  note: string
  created_at: string
  updated_at: string
}

/**
 * One staff member's month: a timesheet (signed by the employee, approved by a manager) or, for
 * staff 100 % on the project, a management statement (ledelseserklæring). Approved = locked.
 */
export interface TimeMonthTable {
  id: Generated<number>
  project_id: number
  staff_id: number
  /** 'YYYY-MM' */
  month: string
  /** 'timesheet' | 'statement' */
  kind: string
  /** 'open' | 'signed' | 'approved' */
  status: string
  /** Approved minutes (the timesheet's sum, or the statement's norm hours) at approval. */
  minutes: Minutes
  norm_minutes: Minutes
  signed_by_name: string | null
  signed_at: string | null
  signed_os_user: string | null
  approved_by_name: string | null
  approved_by_role: string | null
  approved_at: string | null
  approved_os_user: string | null
  statement_text: string
  unlock_reason: string | null
  unlocked_at: string | null
  created_at: string
  updated_at: string
}

/** Where a project has several budget lines of a staff member's category in a year: the chosen one. */
export interface SalaryLineChoiceTable {
  id: Generated<number>
  project_id: number
  staff_id: number
  year: number
  budget_line_id: number
  created_at: string
  updated_at: string
}

/** One imported file (hours or postings), kept by its SHA-256 so the same file is never imported twice. */
export interface ImportBatchTable {
  id: Generated<number>
  project_id: number
  /** 'hours' | 'postings' */
  kind: string
  file_name: string
  sha256: string
  rows_imported: number
  rows_skipped: number
  imported_at: string
  os_user: string
}

/** The key of one imported row: a row already imported from another file is skipped, not doubled. */
export interface ImportRowTable {
  id: Generated<number>
  project_id: number
  kind: string
  batch_id: number
  row_key: string
  line: number
  /** 'time_entry' | 'posting' */
  entity: string
  entity_id: number
}

/** An account (delregnskab / slutregnskab) with its management sign-off; closes its period. */
export interface AccountTable {
  id: Generated<number>
  project_id: number
  /** 'interim' | 'final' */
  kind: string
  period_from: string
  period_to: string
  /** 'signed' | 'withdrawn' */
  status: string
  signed_by_name: string
  signed_by_title: string
  /** The date of the signature as entered. */
  signed_on: string
  signed_at: string
  os_user: string
  statement_text: string
  /** The figures as signed (JSON of AccountFigures), so the signed account never changes. */
  figures_json: string
  total_cost_ore: Ore
  total_budget_ore: Ore
  withdrawn_reason: string | null
  withdrawn_at: string | null
  created_at: string
  updated_at: string
}

/**
 * One staff member's ISO week approved by a manager (migration 0011). Approved = its days are locked.
 * Unlocking keeps the row (status 'open') with the reason, so the trace stays.
 */
export interface TimeWeekTable {
  id: Generated<number>
  project_id: number
  staff_id: number
  /** The Monday of the ISO week. */
  week_start: string
  iso_year: number
  week: number
  /** 'open' | 'approved' */
  status: string
  /** The week's registered minutes at approval (all its days, in both months). */
  minutes: Minutes
  approved_by_name: string | null
  approved_by_role: string | null
  approved_at: string | null
  approved_os_user: string | null
  unlock_reason: string | null
  unlocked_by_name: string | null
  unlocked_at: string | null
  created_at: string
  updated_at: string
}

/** A salary posting made by a week's approval (so unlocking the week reverses exactly these). */
export interface TimeWeekPostingTable {
  id: Generated<number>
  project_id: number
  week_id: number
  posting_id: number
  created_at: string
}

export interface TimeTables {
  time_settings: TimeSettingsTable
  time_activity: TimeActivityTable
  time_entry: TimeEntryTable
  time_month: TimeMonthTable
  salary_line_choice: SalaryLineChoiceTable
  import_batch: ImportBatchTable
  import_row: ImportRowTable
  account: AccountTable
  time_week: TimeWeekTable
  time_week_posting: TimeWeekPostingTable
}
