// Tables of the core domain (migration 0001). Money in øre, dates ISO text, timestamps ISO text.
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
  amount_applied_ore: number
  grant_amount_ore: number
  /** 1 for the demo project. */
  is_demo: number
  created_at: string
  updated_at: string
}

export interface ProjectGrantYearTable {
  id: Generated<number>
  project_id: number
  year: number
  amount_ore: number
}

/** Staff working on a project; rates and budget lines that use them belong to the budget domain. */
export interface StaffTable {
  id: Generated<number>
  project_id: number
  name: string
  /** Cost category key of the pool, e.g. 'jobBroker', 'projectManagement'. */
  function_key: string
  title: string
  weekly_minutes: number
  /** Share of working time on the project in basis points: 10000 = 100 %. */
  project_share_bp: number
  employed_from: string | null
  employed_to: string | null
  note: string
  created_at: string
  updated_at: string
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

export interface CoreTables {
  grant_pool: GrantPoolTable
  project: ProjectTable
  project_grant_year: ProjectGrantYearTable
  staff: StaffTable
  audit_log: AuditLogTable
}
