// Salary postings from an approved month or week (docs/domain.md rule 4 «Time, rates and norm
// hours»): the month's hours × the staff member's rate valid on their dates, split where the rate
// changes, rounded once per posting, on the budget line of the year whose category is the staff
// member's function. Staff 100 % on the project are posted at the month's norm hours (working days
// × 7,4 hours) under a management statement. A week's approval posts the same way, one month part
// at a time (services/time/weekApproval.ts); each approved hour is posted once
// (shared/domain/time/weekApproval.ts).
import type { MonthPreview } from '@shared/api/time'
import { calendarDay, datesBetween, overlap } from '@shared/domain/time/calendar'
import { normMinutes, normOfHalves, workingDays } from '@shared/domain/time/norm'
import { salarySegments, type DayMinutes, type SalarySegment } from '@shared/domain/time/salary'
import { formatDate, type IsoDate } from '@shared/domain/dates'
import { formatHours, negateMinutes, sumMinutes, ZERO_MINUTES } from '@shared/domain/duration'
import { formatKr, negateOre, sumOre, ZERO_ORE } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, type AuditMeta } from '../audit/audit'
import { weekPartInMonth, daysOfWeeksInMonth, type MonthPart } from '@shared/domain/time/weekApproval'
import { weeksPostedInMonth } from './weekRecords'
import { activeSpan, categoryLabels, modeOf, readCalendarSettings, readTimeRules, type Db, type ProjectPeriod, type StaffRow } from './common'
import { firstDayOf, formatMonth, lastDayOf } from '@shared/domain/months'

const e = da.time.errors
type Ctx = Pick<ServiceContext, 'osUser' | 'now'>

interface BudgetLineRow {
  id: number
  year: number
  category_key: string
  title: string
}

/**
 * The budget line a staff member's salary goes to in a year: the one line of the year with the
 * staff member's category; where there are several, the line chosen for the staff member and year.
 */
async function resolveSalaryLine(db: Db, projectId: number, staff: StaffRow, year: number): Promise<{ line: BudgetLineRow } | { problem: string }> {
  const lines = await db
    .selectFrom('budget_line')
    .select(['id', 'year', 'category_key', 'title'])
    .where('project_id', '=', projectId)
    .where('year', '=', year)
    .where('category_key', '=', staff.function_key)
    .orderBy('id')
    .execute()
  const category = (await categoryLabels(db, projectId))(staff.function_key)
  if (lines.length === 0) return { problem: e.noBudgetLine(staff.name, year, category) }
  if (lines.length === 1) return { line: lines[0]! }
  const choice = await db.selectFrom('salary_line_choice').select('budget_line_id').where('staff_id', '=', staff.id).where('year', '=', year).executeTakeFirst()
  const chosen = choice && lines.find((l) => l.id === choice.budget_line_id)
  if (!chosen) return { problem: e.chooseBudgetLine(staff.name, year, category, lines.map((l) => l.title).join(', ')) }
  return { line: chosen }
}

export async function ratePeriods(db: Db, staffId: number) {
  const rows = await db.selectFrom('staff_rate').select(['id', 'valid_from', 'valid_to', 'hourly_rate_ore']).where('staff_id', '=', staffId).execute()
  return rows.map((r) => ({ rateId: r.id, validFrom: r.valid_from, validTo: r.valid_to, hourlyRateOre: r.hourly_rate_ore }))
}

export interface MonthPlan extends MonthPreview {
  segmentsDetail: SalarySegment[]
}

/**
 * What approving the month would post. Never writes. Days of approved weeks that posted their own
 * part of the month are left out (shared/domain/time/weekApproval.ts: the first approval posts);
 * `minutes` is still the whole month's.
 */
export async function planMonth(db: Db, project: ProjectPeriod, staff: StaffRow, month: string): Promise<MonthPlan> {
  const mode = modeOf(staff, await readTimeRules(db, project.id))
  const weeks = mode === 'timesheet' ? await weeksPostedInMonth(db, project.id, staff.id, month) : []
  const exclude = daysOfWeeksInMonth(
    weeks.map((w) => w.week.week_start),
    month
  )
  const coveredByWeeks = weeks.map(({ week, minutes, amountOre }) => {
    const part = weekPartInMonth(week.week_start, month)!
    return { weekStart: week.week_start, isoYear: week.iso_year, week: week.week, from: part.from, to: part.to, minutes, postedOre: amountOre }
  })
  return planDays(db, project, staff, month, null, exclude, coveredByWeeks)
}

/** What posting one month part of a week (or the days a month takes over) would post. Never writes. */
export async function planPart(db: Db, project: ProjectPeriod, staff: StaffRow, part: MonthPart): Promise<MonthPlan> {
  return planDays(db, project, staff, part.month, { from: part.from, to: part.to }, new Set(), [])
}

async function planDays(
  db: Db,
  project: ProjectPeriod,
  staff: StaffRow,
  month: string,
  range: { from: IsoDate; to: IsoDate } | null,
  exclude: ReadonlySet<IsoDate>,
  coveredByWeeks: MonthPreview['coveredByWeeks']
): Promise<MonthPlan> {
  const mode = modeOf(staff, await readTimeRules(db, project.id))
  const { daysOff } = await readCalendarSettings(db, project.id)
  const span = activeSpan(project, staff)
  const from = range?.from ?? firstDayOf(month)
  const to = range?.to ?? lastDayOf(month)
  const period = overlap(from, to, span.from, span.to)
  const norm = { weeklyMinutes: staff.weekly_minutes, projectShareBp: staff.project_share_bp }
  const base = { staffId: staff.id, staffName: staff.name, month, mode, coveredByWeeks }
  if (!period) {
    return {
      ...base,
      minutes: ZERO_MINUTES,
      normMinutes: ZERO_MINUTES,
      workingDays: 0,
      segments: [],
      segmentsDetail: [],
      totalOre: ZERO_ORE,
      budgetLine: null,
      problem: e.monthOutsideSpan(staff.name, formatMonth(month))
    }
  }
  const calendar = datesBetween(period.from, period.to).map((d) => calendarDay(d, daysOff))
  const monthNorm = normMinutes(period.from, period.to, daysOff, norm, span)
  let days: DayMinutes[]
  if (mode === 'statement') {
    // The management statement confirms full-time work on the project: the month's norm hours.
    days = calendar.map((d) => ({ date: d.date, minutes: normOfHalves(d.normHalves, norm) }))
  } else {
    const rows = await db
      .selectFrom('time_entry')
      .select(['entry_date', (eb) => eb.fn.sum<number>('minutes').as('minutes')])
      .where('staff_id', '=', staff.id)
      .where('entry_date', '>=', from)
      .where('entry_date', '<=', to)
      .groupBy('entry_date')
      .execute()
    days = rows.map((r) => ({ date: r.entry_date, minutes: Number(r.minutes) }))
  }
  // Hours dated outside the employment (it was shortened after they were entered) are not posted.
  const outside = days.filter((d) => d.minutes > 0 && (d.date < period.from || d.date > period.to))
  days = days.filter((d) => d.date >= period.from && d.date <= period.to)
  const minutes = sumMinutes(days.map((d) => d.minutes))
  const toPost = days.filter((d) => !exclude.has(d.date))
  const { segments, missingRateDates } = salarySegments(period, toPost, await ratePeriods(db, staff.id))
  const lineResult = await resolveSalaryLine(db, project.id, staff, Number(month.slice(0, 4)))
  let problem: string | null = null
  if (outside.length > 0) problem = e.hoursOutsideEmployment(staff.name, outside.map((d) => formatDate(d.date)).join(', '))
  else if (missingRateDates.length > 0) problem = e.noRate(staff.name, missingRateDates.slice(0, 3).map(formatDate).join(', '), missingRateDates.length)
  else if ('problem' in lineResult && toPost.some((d) => d.minutes > 0)) problem = lineResult.problem
  return {
    ...base,
    minutes,
    normMinutes: monthNorm,
    workingDays: workingDays(calendar),
    segments: segments.map((s) => ({ from: s.from, to: s.to, minutes: s.minutes, hourlyRateOre: s.hourlyRateOre, amountOre: s.amountOre, rateId: s.rateId })),
    segmentsDetail: segments,
    totalOre: sumOre(segments.map((x) => x.amountOre)),
    budgetLine: 'line' in lineResult ? { id: lineResult.line.id, title: lineResult.line.title, year: lineResult.line.year } : null,
    problem
  }
}

function salaryDocumentRef(mode: 'timesheet' | 'statement', staff: StaffRow, month: string): string {
  return mode === 'statement' ? da.ledger.statementRef(month, staff.name) : da.ledger.timesheetRef(month, staff.name)
}

/** How a posting names its document: the month's timesheet (default) or a week's. */
export interface SalaryDocument {
  ref: string
  text: (segment: SalarySegment) => string
}

export function monthDocument(plan: Pick<MonthPlan, 'mode' | 'month'>, staff: StaffRow, note = ''): SalaryDocument {
  return {
    ref: salaryDocumentRef(plan.mode, staff, plan.month),
    text: (s) =>
      da.ledger.salaryText(
        plan.mode,
        staff.name,
        formatMonth(plan.month),
        formatHours(s.minutes),
        formatKr(s.hourlyRateOre),
        formatDate(s.from),
        formatDate(s.to)
      ) + note
  }
}

/** Writes the plan's salary postings (one per rate period); returns their ids. */
export async function postMonth(
  db: Db,
  ctx: Ctx,
  projectId: number,
  staff: StaffRow,
  plan: MonthPlan,
  meta: Pick<AuditMeta, 'actorName' | 'actorRole' | 'reason'>,
  document: SalaryDocument = monthDocument(plan, staff)
): Promise<number[]> {
  if (!plan.budgetLine) return []
  const ids: number[] = []
  const now = nowIso(ctx)
  for (const s of plan.segmentsDetail) {
    const row = await insertAudited(
      db,
      ctx,
      'posting',
      {
        project_id: projectId,
        budget_line_id: plan.budgetLine.id,
        posting_date: s.to,
        staff_id: staff.id,
        minutes: s.minutes,
        hourly_rate_ore: s.hourlyRateOre,
        staff_rate_id: s.rateId,
        amount_ore: s.amountOre,
        source: 'timesheet',
        document_ref: document.ref,
        description: document.text(s),
        reverses_posting_id: null,
        created_at: now
      },
      { projectId, ...meta }
    )
    ids.push(row.id)
  }
  return ids
}

/** Reverses the month's own salary postings that stand (not the weeks'), dated as the originals. */
export async function reverseMonthPostings(
  db: Db,
  ctx: Ctx,
  projectId: number,
  staff: StaffRow,
  month: string,
  reason: string,
  actorName: string
): Promise<number> {
  const originals = await db
    .selectFrom('posting')
    .select('id')
    .where('project_id', '=', projectId)
    .where('staff_id', '=', staff.id)
    .where('source', '=', 'timesheet')
    .where('reverses_posting_id', 'is', null)
    .where('posting_date', '>=', firstDayOf(month))
    .where('posting_date', '<=', lastDayOf(month))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('posting as r').select('r.id').whereRef('r.reverses_posting_id', '=', 'posting.id'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('time_week_posting as w').select('w.id').whereRef('w.posting_id', '=', 'posting.id'))))
    .execute()
  return reversePostings(
    db,
    ctx,
    projectId,
    originals.map((p) => p.id),
    reason,
    actorName
  )
}

/** Reverses the given postings (each by a new posting of the opposite amount, dated as the original). */
export async function reversePostings(db: Db, ctx: Ctx, projectId: number, postingIds: readonly number[], reason: string, actorName: string): Promise<number> {
  if (postingIds.length === 0) return 0
  const originals = await db.selectFrom('posting').selectAll().where('id', 'in', postingIds).orderBy('id').execute()
  const now = nowIso(ctx)
  for (const p of originals) {
    await insertAudited(
      db,
      ctx,
      'posting',
      {
        project_id: projectId,
        budget_line_id: p.budget_line_id,
        posting_date: p.posting_date,
        staff_id: p.staff_id,
        minutes: p.minutes === null ? null : negateMinutes(p.minutes),
        hourly_rate_ore: p.hourly_rate_ore,
        staff_rate_id: p.staff_rate_id,
        amount_ore: negateOre(p.amount_ore),
        source: p.source,
        document_ref: p.document_ref,
        description: da.ledger.reversalText(p.id, reason),
        reverses_posting_id: p.id,
        created_at: now
      },
      { projectId, action: 'reverse', reason, actorName }
    )
  }
  return originals.length
}
