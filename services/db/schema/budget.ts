// Tables of the budget domain (migration 0007). Money in øre, hours in minutes, dates ISO text.
import type { Ore } from '@shared/domain/money'
import type { Minutes } from '@shared/domain/duration'
import type { Generated } from 'kysely'

/**
 * One version of a project's budget: the original budget (number 1) or a revision. Every version
 * keeps all its lines (budget_line_figures), so every version stays visible. Life cycle:
 * draft → sent (to STAR) → approved | rejected; a revision the pool allows without approval goes
 * draft → registered (in force at once, still recorded).
 */
export interface BudgetVersionTable {
  id: Generated<number>
  project_id: number
  number: number
  /** 'original' | 'revision' */
  kind: string
  /** 'draft' | 'sent' | 'approved' | 'rejected' | 'registered' */
  status: string
  title: string
  reason: string
  /** The version in force when this draft was made (what it changes); null for the original. */
  base_version_id: number | null
  sent_date: string | null
  /** The date it takes effect: STAR's approval date, or the registration date. */
  effective_date: string | null
  decided_date: string | null
  star_reference: string
  decision_note: string
  decided_by_name: string | null
  decided_by_role: string | null
  created_at: string
  updated_at: string
}

/** The figures of one budget line (budget_line, the stable identity) in one budget version. */
export interface BudgetLineFiguresTable {
  id: Generated<number>
  version_id: number
  budget_line_id: number
  staff_count: number | null
  hourly_rate_ore: Ore | null
  /** Hours per staff member in the year, in minutes. */
  minutes: Minutes | null
  amount_ore: Ore
  note: string
  created_at: string
  updated_at: string
}

/** What happened to one instalment of a project (the plan itself comes from the pool's rules). */
export interface BudgetInstalmentTable {
  id: Generated<number>
  project_id: number
  no: number
  /** 'expected' | 'appliedFor' | 'received' */
  status: string
  /** The user's own expected date, overriding the one computed from the pool's rules. */
  expected_date: string | null
  applied_date: string | null
  applied_amount_ore: Ore | null
  received_date: string | null
  received_amount_ore: Ore | null
  note: string
  created_at: string
  updated_at: string
}

export interface BudgetTables {
  budget_version: BudgetVersionTable
  budget_line_figures: BudgetLineFiguresTable
  budget_instalment: BudgetInstalmentTable
}
