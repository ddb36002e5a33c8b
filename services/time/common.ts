// What every part of the time domain needs: the project's period, its staff with how their time is
// documented, the working calendar's settings, and the periods closed by a signed account.
import type { Kysely, Selectable } from 'kysely'
import type { TimeStaff } from '@shared/api/time'
import type { DaysOffSettings } from '@shared/domain/time/calendar'
import { DEFAULT_DAYS_OFF } from '@shared/domain/time/calendar'
import { weeklyProjectMinutes } from '@shared/domain/time/norm'
import type { EntryBounds } from '@shared/domain/time/hours'
import { formatDate, type IsoDate } from '@shared/domain/dates'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import type { StaffTable } from '../db/schema/core'
import type { AccountTable } from '../db/schema/time'
import { projectBudgetRules } from '../budget/rules'
import { readProjectPoolRules } from '../pools/rules'
import { timeModeOf, timeRulesDefinition, type TimePoolRules } from '@shared/domain/time/poolRules'

export type Db = Kysely<Database>
export type StaffRow = Selectable<StaffTable>
export type AccountRow = Selectable<AccountTable>

const e = da.time.errors

export interface ProjectPeriod {
  id: number
  title: string
  periodStart: IsoDate
  periodEnd: IsoDate
}

export async function requireProjectPeriod(db: Db, projectId: number): Promise<ProjectPeriod> {
  const p = await db.selectFrom('project').select(['id', 'title', 'period_start', 'period_end']).where('id', '=', projectId).executeTakeFirst()
  if (!p) throw new DomainError('not_found', da.core.errors.projectNotFound(projectId), { field: 'projectId' })
  return { id: p.id, title: p.title, periodStart: p.period_start, periodEnd: p.period_end }
}

/** The time section of the project's pool rules (who documents time by a management statement). */
export async function readTimeRules(db: Db, projectId: number): Promise<TimePoolRules> {
  return readProjectPoolRules(db, projectId, timeRulesDefinition)
}

/** Staff 100 % on the project document their time by a management statement, not a timesheet (seed 003; a pool rule). */
export function modeOf(staff: Pick<StaffRow, 'project_share_bp'>, rules: TimePoolRules): TimeStaff['mode'] {
  return timeModeOf(staff.project_share_bp, rules)
}

export function toTimeStaff(s: StaffRow, rules: TimePoolRules): TimeStaff {
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    functionKey: s.function_key,
    mode: modeOf(s, rules),
    weeklyProjectMinutes: weeklyProjectMinutes({ weeklyMinutes: s.weekly_minutes, projectShareBp: s.project_share_bp }),
    projectShareBp: s.project_share_bp,
    employedFrom: s.employed_from,
    employedTo: s.employed_to
  }
}

export async function listTimeStaff(db: Db, projectId: number): Promise<TimeStaff[]> {
  const rules = await readTimeRules(db, projectId)
  const rows = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  return rows.map((s) => toTimeStaff(s, rules))
}

export async function requireStaff(db: Db, projectId: number, staffId: number): Promise<StaffRow> {
  const s = await db.selectFrom('staff').selectAll().where('id', '=', staffId).executeTakeFirst()
  if (!s || s.project_id !== projectId) throw new DomainError('not_found', e.staffNotFound(staffId), { field: 'staffId' })
  return s
}

export function boundsOf(project: ProjectPeriod, staff: StaffRow): EntryBounds {
  return { projectFrom: project.periodStart, projectTo: project.periodEnd, employedFrom: staff.employed_from, employedTo: staff.employed_to }
}

/** The days a staff member can have hours: the project period intersected with the employment. */
export function activeSpan(project: ProjectPeriod, staff: StaffRow): { from: IsoDate; to: IsoDate } {
  const from = staff.employed_from && staff.employed_from > project.periodStart ? staff.employed_from : project.periodStart
  const to = staff.employed_to && staff.employed_to < project.periodEnd ? staff.employed_to : project.periodEnd
  return { from, to }
}

interface TimeCalendarSettings {
  daysOff: DaysOffSettings
  requireEmployeeSignature: boolean
}

export async function readCalendarSettings(db: Db, projectId: number): Promise<TimeCalendarSettings> {
  const row = await db.selectFrom('time_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst()
  if (!row) return { daysOff: DEFAULT_DAYS_OFF, requireEmployeeSignature: (await readTimeRules(db, projectId)).signature.employeeSigns }
  return {
    daysOff: {
      christmasEveOff: row.christmas_eve_off === 1,
      newYearsEveOff: row.new_years_eve_off === 1,
      mayDayAfternoonOff: row.may_day_afternoon_off === 1,
      constitutionDayAfternoonOff: row.constitution_day_afternoon_off === 1
    },
    requireEmployeeSignature: row.require_employee_signature === 1
  }
}

// --- Periods closed by a signed account -----------------------------------------------------------

export async function signedAccounts(db: Db, projectId: number): Promise<AccountRow[]> {
  return db.selectFrom('account').selectAll().where('project_id', '=', projectId).where('status', '=', 'signed').orderBy('period_from').execute()
}

interface ClosedPeriods {
  /** The signed account that covers `date`, if any. */
  covering(date: IsoDate): AccountRow | undefined
  /** The Danish reason a change dated `date` is refused, or null when the date is open. */
  reason(date: IsoDate): string | null
}

export async function closedPeriods(db: Db, projectId: number): Promise<ClosedPeriods> {
  const accounts = await signedAccounts(db, projectId)
  const covering = (date: IsoDate) => accounts.find((a) => a.period_from <= date && date <= a.period_to)
  return {
    covering,
    reason(date) {
      const a = covering(date)
      return a ? e.periodClosed(formatDate(date), accountLabel(a), formatDate(a.signed_on), a.signed_by_name) : null
    }
  }
}

export function accountLabel(a: Pick<AccountRow, 'kind' | 'period_from' | 'period_to'>): string {
  return da.accounts.label(a.kind as 'interim' | 'final', formatDate(a.period_from), formatDate(a.period_to))
}

/** Refuses a change dated inside a period closed by a signed account. */
export async function assertDateOpen(db: Db, projectId: number, date: IsoDate, field = 'date'): Promise<void> {
  const reason = (await closedPeriods(db, projectId)).reason(date)
  if (reason) throw new DomainError('locked', reason, { field })
}

/** The Danish label of a cost category as the project's pool names it (budget rules), e.g. «Jobformidlere». */
export async function categoryLabels(db: Db, projectId: number): Promise<(key: string) => string> {
  const rules = await projectBudgetRules(db, projectId)
  return (key) => rules.categories.find((c) => c.key === key)?.label ?? da.time.categoryLabel(key)
}
