// A manager approves one staff member's ISO week (name and role as entered, plus the OS user and the
// time): the week's days are locked and the salary of the days not already approved with their month
// is posted, one month part at a time. Unlocking needs a reason, reverses exactly the postings the
// week made and leaves a trace; it is refused where the week's hours are in a signed account. How
// weeks and months share the hours: shared/domain/time/weekApproval.ts.
import type { Week, WeekPreview } from '@shared/api/time'
import { datesBetween, mondayOf, overlap, weekOf } from '@shared/domain/time/calendar'
import { partsTakenOverByMonth, splitWeekApproval, weekMonthParts, type MonthPart } from '@shared/domain/time/weekApproval'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours, sumMinutes } from '@shared/domain/duration'
import { formatKr, sumOre, ZERO_ORE } from '@shared/domain/money'
import { DomainError, type ErrorCode } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited } from '../audit/audit'
import {
  accountLabel,
  activeSpan,
  modeOf,
  readTimeRules,
  requireProjectPeriod,
  requireStaff,
  signedAccounts,
  type AccountRow,
  type Db,
  type ProjectPeriod,
  type StaffRow
} from './common'
import { monthDocument, planPart, postMonth, reversePostings, type MonthPlan, type SalaryDocument } from './salaryPostings'
import { postedMonthsByWeek, readWeek, standingWeekPostings, type WeekRow } from './weekRecords'
import { getWeek } from './week'
import { formatMonth } from '@shared/domain/months'

const e = da.time.errors

function label(monday: string): string {
  const w = weekOf(monday)
  return da.time.weekLabel(w.week, w.isoYear)
}

async function approvedMonthsOf(db: Db, staffId: number, parts: readonly MonthPart[]): Promise<Set<string>> {
  if (parts.length === 0) return new Set()
  const rows = await db
    .selectFrom('time_month')
    .select('month')
    .where('staff_id', '=', staffId)
    .where('status', '=', 'approved')
    .where(
      'month',
      'in',
      parts.map((p) => p.month)
    )
    .execute()
  return new Set(rows.map((r) => r.month))
}

function accountOver(accounts: readonly AccountRow[], part: MonthPart): AccountRow | undefined {
  return accounts.find((a) => overlap(part.from, part.to, a.period_from, a.period_to))
}

/** The week's posting document: its timesheet, named by week. */
function weekDocument(staff: StaffRow, monday: string, month: string, note = ''): SalaryDocument {
  const w = weekOf(monday)
  return {
    ref: da.ledger.weekRef(w.week, w.isoYear, staff.name),
    text: (s) =>
      da.ledger.weekSalaryText(
        staff.name,
        da.time.weekLabel(w.week, w.isoYear),
        formatMonth(month),
        formatHours(s.minutes),
        formatKr(s.hourlyRateOre),
        formatDate(s.from),
        formatDate(s.to)
      ) + note
  }
}

/** Writes a week's postings for one part and links them to the week. */
export async function postWeekPart(
  db: Db,
  ctx: ServiceContext,
  projectId: number,
  staff: StaffRow,
  week: WeekRow,
  plan: MonthPlan,
  meta: { actorName: string; actorRole?: string; reason?: string },
  note = ''
): Promise<void> {
  const ids = await postMonth(db, ctx, projectId, staff, plan, meta, weekDocument(staff, week.week_start, plan.month, note))
  for (const postingId of ids) {
    await insertAudited(
      db,
      ctx,
      'time_week_posting',
      { project_id: projectId, week_id: week.id, posting_id: postingId, created_at: nowIso(ctx) },
      { projectId, ...meta }
    )
  }
}

interface Assessment {
  preview: WeekPreview
  plans: MonthPlan[]
  refusal: { code: ErrorCode; message: string } | null
}

async function assessWeek(db: Db, project: ProjectPeriod, staff: StaffRow, monday: string): Promise<Assessment> {
  const w = weekOf(monday)
  const weekLabel = label(monday)
  const parts = weekMonthParts(monday, activeSpan(project, staff))
  const approvedMonths = await approvedMonthsOf(db, staff.id, parts)
  const { post } = splitWeekApproval(parts, approvedMonths)
  const plans: MonthPlan[] = []
  const previewParts: WeekPreview['parts'] = []
  for (const part of parts) {
    const plan = await planPart(db, project, staff, part)
    const postedWith = approvedMonths.has(part.month) ? ('month' as const) : ('week' as const)
    if (postedWith === 'week') plans.push(plan)
    previewParts.push({
      month: part.month,
      from: part.from,
      to: part.to,
      minutes: plan.minutes,
      postedWith,
      segments: postedWith === 'week' ? plan.segments : [],
      totalOre: postedWith === 'week' ? plan.totalOre : ZERO_ORE,
      budgetLine: plan.budgetLine
    })
  }
  let refusal: Assessment['refusal'] = null
  if (parts.length === 0) refusal = { code: 'validation', message: e.weekOutsideSpan(staff.name, weekLabel) }
  else if (post.length === 0)
    refusal = { code: 'conflict', message: e.weekInApprovedMonth(staff.name, weekLabel, parts.map((p) => formatMonth(p.month)).join(' og ')) }
  if (!refusal) {
    const accounts = await signedAccounts(db, project.id)
    for (const part of post) {
      const a = accountOver(accounts, part)
      if (!a) continue
      const days = datesBetween(part.from, part.to).filter((d) => d >= a.period_from && d <= a.period_to)
      const span = days.length === 1 ? formatDate(days[0]!) : `${formatDate(days[0]!)}–${formatDate(days.at(-1)!)}`
      refusal = { code: 'locked', message: e.weekClosed(weekLabel, span, accountLabel(a), formatDate(a.signed_on), a.signed_by_name) }
      break
    }
  }
  if (!refusal) {
    const problem = plans.find((p) => p.problem)
    if (problem) refusal = { code: 'rule', message: e.weekProblem(formatMonth(problem.month), problem.problem!) }
  }
  return {
    plans,
    refusal,
    preview: {
      staffId: staff.id,
      staffName: staff.name,
      weekStart: monday,
      isoYear: w.isoYear,
      week: w.week,
      minutes: sumMinutes(previewParts.map((p) => p.minutes)),
      parts: previewParts,
      totalOre: sumOre(plans.map((p) => p.totalOre)),
      problem: refusal?.message ?? null
    }
  }
}

async function requireTimesheetStaff(db: Db, projectId: number, staffId: number): Promise<{ project: ProjectPeriod; staff: StaffRow }> {
  const project = await requireProjectPeriod(db, projectId)
  const staff = await requireStaff(db, projectId, staffId)
  if (modeOf(staff, await readTimeRules(db, projectId)) === 'statement')
    throw new DomainError('conflict', e.statementStaffNoTimesheet(staff.name), { field: 'staffId' })
  return { project, staff }
}

export async function previewWeek(ctx: ServiceContext, projectId: number, staffId: number, weekStart: string): Promise<WeekPreview> {
  const { project, staff } = await requireTimesheetStaff(ctx.db, projectId, staffId)
  return (await assessWeek(ctx.db, project, staff, mondayOf(weekStart))).preview
}

interface ApproveWeekInput {
  projectId: number
  staffId: number
  weekStart: string
  approverName: string
  approverRole: string
}

export async function approveWeek(ctx: ServiceContext, input: ApproveWeekInput): Promise<Week> {
  await ctx.db.transaction().execute((trx) => approveWeekIn(trx, ctx, input))
  return getWeek(ctx, input.projectId, input.staffId, mondayOf(input.weekStart))
}

/** A manager's approval of a week with its salary postings, inside the caller's transaction. */
async function approveWeekIn(trx: Db, ctx: ServiceContext, input: ApproveWeekInput): Promise<void> {
  const { projectId } = input
  const { project, staff } = await requireTimesheetStaff(trx, projectId, input.staffId)
  const monday = mondayOf(input.weekStart)
  const existing = await readWeek(trx, staff.id, monday)
  if (existing?.status === 'approved') {
    const { approved_by_name: by, approved_os_user: user, approved_at: at } = existing
    const text = by && user && at ? e.approvedBy(staff.name, label(monday), by, user, formatDateTime(at)) : e.weekAlreadyApproved(staff.name, label(monday))
    throw new DomainError('conflict', text, { field: 'weekStart' })
  }
  const { preview, plans, refusal } = await assessWeek(trx, project, staff, monday)
  if (refusal) throw new DomainError(refusal.code, refusal.message, { field: 'weekStart' })
  const now = nowIso(ctx)
  const meta = { projectId, action: 'approve', actorName: input.approverName, actorRole: input.approverRole }
  const values = {
    status: 'approved',
    minutes: preview.minutes,
    approved_by_name: input.approverName,
    approved_by_role: input.approverRole,
    approved_at: now,
    approved_os_user: ctx.osUser,
    updated_at: now
  }
  const week = existing
    ? await updateAudited(trx, ctx, 'time_week', existing.id, values, meta)
    : await insertAudited(
        trx,
        ctx,
        'time_week',
        { project_id: projectId, staff_id: staff.id, week_start: monday, iso_year: preview.isoYear, week: preview.week, created_at: now, ...values },
        meta
      )
  for (const plan of plans) await postWeekPart(trx, ctx, projectId, staff, week, plan, { actorName: input.approverName, actorRole: input.approverRole })
}

export async function unlockWeek(
  ctx: ServiceContext,
  input: { projectId: number; staffId: number; weekStart: string; reason: string; actorName: string }
): Promise<Week> {
  const { projectId } = input
  const monday = mondayOf(input.weekStart)
  await ctx.db.transaction().execute(async (trx) => {
    const project = await requireProjectPeriod(trx, projectId)
    const staff = await requireStaff(trx, projectId, input.staffId)
    const weekLabel = label(monday)
    const week = await readWeek(trx, staff.id, monday)
    if (!week || week.status !== 'approved') throw new DomainError('conflict', e.weekNotApproved(staff.name, weekLabel), { field: 'weekStart' })
    const parts = weekMonthParts(monday, activeSpan(project, staff))
    const approvedMonths = await approvedMonthsOf(trx, staff.id, parts)
    const standing = await standingWeekPostings(trx, [week.id])
    const postedMonths = postedMonthsByWeek(standing).get(week.id) ?? new Set<string>()
    // The days whose approval goes with the week: its parts outside approved months, and those it posted.
    const accounts = await signedAccounts(trx, projectId)
    for (const part of parts) {
      if (approvedMonths.has(part.month) && !postedMonths.has(part.month)) continue
      const a = accountOver(accounts, part)
      if (a) throw new DomainError('locked', e.unlockWeekClosed(staff.name, weekLabel, accountLabel(a), formatDate(a.signed_on)), { field: 'weekStart' })
    }
    const meta = { actorName: input.actorName, reason: input.reason }
    await reversePostings(
      trx,
      ctx,
      projectId,
      standing.map((p) => p.postingId),
      input.reason,
      input.actorName
    )
    // Days the week had posted in a month approved after it stay approved: the month posts them now.
    for (const part of partsTakenOverByMonth(parts, postedMonths, approvedMonths)) {
      const plan = await planPart(trx, project, staff, part)
      if (plan.problem) throw new DomainError('rule', e.weekProblem(formatMonth(part.month), plan.problem), { field: 'weekStart' })
      await postMonth(trx, ctx, projectId, staff, plan, meta, monthDocument(plan, staff, da.ledger.takenOverFromWeek(weekLabel)))
    }
    const now = nowIso(ctx)
    await updateAudited(
      trx,
      ctx,
      'time_week',
      week.id,
      {
        status: 'open',
        approved_by_name: null,
        approved_by_role: null,
        approved_at: null,
        approved_os_user: null,
        unlock_reason: input.reason,
        unlocked_by_name: input.actorName,
        unlocked_at: now,
        updated_at: now
      },
      { projectId, action: 'unlock', reason: input.reason, actorName: input.actorName }
    )
  })
  return getWeek(ctx, projectId, input.staffId, monday)
}
