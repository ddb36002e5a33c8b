// Tables of the core domain (migration 0001). Money in øre, dates ISO text, timestamps ISO text.
import type { Ore } from '@shared/domain/money'
import type { Minutes } from '@shared/domain/duration'
import type { BasisPoints } from '@shared/domain/percent'
import type { Generated } from 'kysely'

export interface GrantPoolTable {
  id: Generated<number>
  key: string
  name: string
  finance_act: string
  created_at: string
  updated_at: string
}

export interface ProjectTable {
  id: Generated<number>
  pool_id: number
  municipality: string
  title: string
  case_number: string
  responsible: string
  period_start: string
  period_end: string
  amount_applied_ore: Ore
  grant_amount_ore: Ore
  /** 1 for the demo project. */
  is_demo: number
  created_at: string
  updated_at: string
}

export interface ProjectGrantYearTable {
  id: Generated<number>
  project_id: number
  year: number
  amount_ore: Ore
}

/** Staff working on a project; rates and budget lines that use them belong to the budget domain. */
export interface StaffTable {
  id: Generated<number>
  project_id: number
  name: string
  /** Cost category key of the pool, e.g. 'jobBroker', 'projectManagement'. */
  function_key: string
  title: string
  weekly_minutes: Minutes
  /** Share of working time on the project in basis points: 10000 = 100 %. */
  project_share_bp: BasisPoints
  employed_from: string | null
  employed_to: string | null
  note: string
  created_at: string
  updated_at: string
}

/**
 * One hourly rate of a staff member, valid from a date (pay rises, the 2024 Store bededag supplement).
 * The budget domain computes it from the salary parts by the pool's formula; every cost uses the
 * rate valid on its date.
 */
export interface StaffRateTable {
  id: Generated<number>
  staff_id: number
  valid_from: string
  /** Inclusive; null = until further notice. */
  valid_to: string | null
  /** JSON: [{ key, label, amountOre }] — the annual salary's parts (A-indkomst, pension, ATP, …). */
  salary_parts_json: string
  annual_salary_ore: Ore
  /** The divisor in minutes (1.924 hours = 115440 minutes by default). */
  divisor_minutes: Minutes
  /** annual_salary_ore / divisor, rounded once (roundToOre) to whole øre per hour. */
  hourly_rate_ore: Ore
  note: string
  created_at: string
  updated_at: string
}

/**
 * The identity of one budget line of one calendar year (e.g. "Jobformidler 2020"). Its figures
 * (staff, rate, hours, amount, note) are kept per budget version by the budget domain, so that
 * every version stays visible; postings refer to this stable identity.
 */
export interface BudgetLineTable {
  id: Generated<number>
  project_id: number
  year: number
  /** A cost category key of the pool, e.g. 'jobBroker'. */
  category_key: string
  title: string
  created_at: string
  updated_at: string
}

/**
 * The ledger: every cost is a posting. Never edited in place: a correction is a new posting that
 * reverses (reverses_posting_id) and another that replaces.
 */
export interface PostingTable {
  id: Generated<number>
  project_id: number
  budget_line_id: number
  posting_date: string
  staff_id: number | null
  minutes: Minutes | null
  hourly_rate_ore: Ore | null
  staff_rate_id: number | null
  amount_ore: Ore
  /** 'timesheet' | 'manual' | 'import' */
  source: string
  document_ref: string
  description: string
  reverses_posting_id: number | null
  created_at: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  os_user: string
  actor_name: string | null
  actor_role: string | null
  project_id: number | null
  entity: string
  entity_id: string
  action: string
  before_json: string | null
  after_json: string | null
  reason: string | null
  prev_hash: string
  hash: string
}

/** The rules of one grant pool for one domain section; see migration 0006 and services/core/poolRules.ts. */
export interface GrantPoolRulesTable {
  id: Generated<number>
  pool_id: number
  /** 'budget' | 'meetings' | 'results' */
  section: string
  rules_json: string
  updated_at: string
}

export interface CoreTables {
  grant_pool: GrantPoolTable
  grant_pool_rules: GrantPoolRulesTable
  project: ProjectTable
  project_grant_year: ProjectGrantYearTable
  staff: StaffTable
  staff_rate: StaffRateTable
  budget_line: BudgetLineTable
  posting: PostingTable
  audit_log: AuditLogTable
}
