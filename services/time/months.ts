// A staff member's month: the employee signs, a manager approves (name and role as entered, plus
// the operating-system user and the time); approval posts the salary cost and locks the month.
// Unlocking needs a reason, reverses the postings and leaves a trace. Staff 100 % on the project get
// a management statement (ledelseserklæring) instead, approved the same way. Days of the month that
// approved weeks have posted are left out of the month's own postings, and when the month is unlocked
// those weeks post the days the month had posted (shared/domain/time/weekApproval.ts).
import { sql } from 'kysely'
import type { MonthRow, MonthSheet, MonthStatus } from '@shared/api/time'
import { calendarDay, datesBetween, overlap } from '@shared/domain/time/calendar'
import { normMinutes, normOfHalves } from '@shared/domain/time/norm'
import { addDaysIso, formatDate, formatDateTime } from '@shared/domain/dates'
import { minutes, sumMinutes, ZERO_MINUTES, type Minutes } from '@shared/domain/duration'
import { ore } from '@shared/domain/money'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited } from '../audit/audit'
import { getProject } from '../core/projects'
import {
  accountLabel,
  activeSpan,
  modeOf,
  readCalendarSettings,
  readTimeRules,
  toTimeStaff,
  requireProjectPeriod,
  requireStaff,
  signedAccounts,
  type Db,
  type ProjectPeriod,
  type StaffRow,
  type AccountRow
} from './common'
import { monthDocument, planMonth, planPart, postMonth, reverseMonthPostings } from './salaryPostings'
import { daysOfWeeksInMonth, weekPartInMonth, weeksTakingOverMonth } from '@shared/domain/time/weekApproval'
import { approvedWeeks, postedMonthsByWeek, standingWeekPostings } from './weekRecords'
import { postWeekPart } from './weekApproval'
import { toWeekApproval } from './week'
import { firstDayOf, formatMonth, lastDayOf, monthOf, monthsFromTo } from '@shared/domain/months'

const e = da.time.errors

type MonthTableRow = Awaited<ReturnType<typeof readMonth>>

async function readMonth(db: Db, staffId: number, month: string) {
  return db.selectFrom('time_month').selectAll().where('staff_id', '=', staffId).where('month', '=', month).executeTakeFirst()
}

function accountOverlapping(accounts: AccountRow[], month: string): AccountRow | undefined {
  return accounts.find((a) => overlap(firstDayOf(month), lastDayOf(month), a.period_from, a.period_to))
}

async function assertMonthOpen(db: Db, projectId: number, staff: StaffRow, month: string, what: 'approve' | 'unlock' | 'sign'): Promise<void> {
  const a = accountOverlapping(await signedAccounts(db, projectId), month)
  if (!a) return
  const label = formatMonth(month)
  const text =
    what === 'unlock'
      ? e.unlockClosed(staff.name, label, accountLabel(a), formatDate(a.signed_on))
      : e.monthClosed(label, accountLabel(a), formatDate(a.signed_on), a.signed_by_name)
  throw new DomainError('locked', text, { field: 'month' })
}

function assertMonthInSpan(project: ProjectPeriod, staff: StaffRow, month: string): void {
  const span = activeSpan(project, staff)
  if (!overlap(firstDayOf(month), lastDayOf(month), span.from, span.to)) {
    throw new DomainError('validation', e.monthOutsideSpan(staff.name, formatMonth(month)), { field: 'month' })
  }
}

/** Every staff member's months in the project period (or one year of it), with hours, norm and status. */
export async function listMonths(db: Db, projectId: number, year?: number, staffId?: number): Promise<MonthRow[]> {
  const project = await requireProjectPeriod(db, projectId)
  const { daysOff } = await readCalendarSettings(db, projectId)
  let staffQuery = db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name')
  if (staffId !== undefined) staffQuery = staffQuery.where('id', '=', staffId)
  const staff = await staffQuery.execute()
  // Only the rows of the staff member and year asked for (#14: approving one month read every entry,
  // month and posting of the project, so approving a whole project was quadratic in its size).
  const from = year === undefined ? undefined : `${year}-01-01`
  const to = year === undefined ? undefined : `${year}-12-31`
  // Hours and salary are summed per staff member and month in SQL; the hours of single days only
  // for the days of approved weeks (a month's part already posted by its weeks).
  const monthOfColumn = (column: 'time_entry.entry_date' | 'posting.posting_date') => sql<string>`substr(${sql.ref(column)}, 1, 7)`
  let monthQuery = db.selectFrom('time_month').selectAll().where('project_id', '=', projectId)
  let entryQuery = db
    .selectFrom('time_entry')
    .select((eb) => ['staff_id', monthOfColumn('time_entry.entry_date').as('month'), eb.fn.sum<number>('minutes').as('minutes')])
    .where('project_id', '=', projectId)
  let postingQuery = db
    .selectFrom('posting')
    .select((eb) => ['staff_id', monthOfColumn('posting.posting_date').as('month'), eb.fn.sum<number>('amount_ore').as('amount')])
    .where('project_id', '=', projectId)
    .where('source', '=', 'timesheet')
  if (staffId !== undefined) {
    monthQuery = monthQuery.where('staff_id', '=', staffId)
    entryQuery = entryQuery.where('staff_id', '=', staffId)
    postingQuery = postingQuery.where('staff_id', '=', staffId)
  }
  if (from !== undefined && to !== undefined) {
    monthQuery = monthQuery.where('month', '>=', from.slice(0, 7)).where('month', '<=', to.slice(0, 7))
    entryQuery = entryQuery.where('entry_date', '>=', from).where('entry_date', '<=', to)
    postingQuery = postingQuery.where('posting_date', '>=', from).where('posting_date', '<=', to)
  }
  const monthRows = await monthQuery.execute()
  const stored = new Map(monthRows.map((r) => [`${r.staff_id}|${r.month}`, r]))
  const entryRows = await entryQuery.groupBy(['staff_id', monthOfColumn('time_entry.entry_date')]).execute()
  const registered = new Map(entryRows.map((r) => [`${r.staff_id}|${r.month}`, Number(r.minutes)]))
  const weeks = await approvedWeeks(db, projectId, {
    ...(staffId === undefined ? {} : { staffId }),
    ...(from === undefined || to === undefined ? {} : { from, to })
  })
  const byDay = new Map<string, number>()
  if (weeks.length > 0) {
    const weekStarts = weeks.map((w) => w.week_start).sort()
    const dayRows = await db
      .selectFrom('time_entry')
      .select(['staff_id', 'entry_date', (eb) => eb.fn.sum<number>('minutes').as('minutes')])
      .where('project_id', '=', projectId)
      .where('staff_id', 'in', [...new Set(weeks.map((w) => w.staff_id))])
      .where('entry_date', '>=', weekStarts[0]!)
      .where('entry_date', '<=', addDaysIso(weekStarts.at(-1)!, 6))
      .groupBy(['staff_id', 'entry_date'])
      .execute()
    for (const r of dayRows) byDay.set(`${r.staff_id}|${r.entry_date}`, Number(r.minutes))
  }
  const postingRows = await postingQuery.groupBy(['staff_id', monthOfColumn('posting.posting_date')]).execute()
  const posted = new Map(postingRows.map((r) => [`${r.staff_id}|${r.month}`, Number(r.amount)]))
  const accounts = await signedAccounts(db, projectId)
  const rules = await readTimeRules(db, projectId)
  const out: MonthRow[] = []
  for (const s of staff) {
    const span = activeSpan(project, s)
    if (span.from > span.to) continue
    const mode = modeOf(s, rules)
    const norm = { weeklyMinutes: s.weekly_minutes, projectShareBp: s.project_share_bp }
    for (const month of monthsFromTo(monthOf(span.from), monthOf(span.to))) {
      if (year !== undefined && Number(month.slice(0, 4)) !== year) continue
      const k = `${s.id}|${month}`
      const row = stored.get(k)
      const monthNorm = normMinutes(firstDayOf(month), lastDayOf(month), daysOff, norm, span)
      const monthWeeks = weeks.filter((w) => w.staff_id === s.id && weekPartInMonth(w.week_start, month))
      const weekDays = daysOfWeeksInMonth(
        monthWeeks.map((w) => w.week_start),
        month
      )
      out.push(
        toMonthRow(s, month, mode, row, {
          minutes: mode === 'statement' ? (row?.status === 'approved' ? row.minutes : monthNorm) : minutes(registered.get(k) ?? 0),
          normMinutes: monthNorm,
          postedOre: ore(posted.get(k) ?? 0),
          closed: Boolean(accountOverlapping(accounts, month)),
          weeks: monthWeeks.map(toWeekApproval),
          weekApprovedMinutes: sumMinutes([...weekDays].map((d) => byDay.get(`${s.id}|${d}`) ?? 0))
        })
      )
    }
  }
  return out
}

function toMonthRow(
  s: StaffRow,
  month: string,
  mode: 'timesheet' | 'statement',
  row: MonthTableRow,
  figures: Pick<MonthRow, 'minutes' | 'normMinutes' | 'postedOre' | 'closed' | 'weeks' | 'weekApprovedMinutes'>
): MonthRow {
  return {
    staffId: s.id,
    staffName: s.name,
    mode,
    month,
    kind: (row?.kind as 'timesheet' | 'statement' | undefined) ?? mode,
    status: (row?.status as MonthStatus | undefined) ?? 'open',
    ...figures,
    signedByName: row?.signed_by_name ?? null,
    signedAt: row?.signed_at ?? null,
    signedOsUser: row?.signed_os_user ?? null,
    approvedByName: row?.approved_by_name ?? null,
    approvedByRole: row?.approved_by_role ?? null,
    approvedAt: row?.approved_at ?? null,
    approvedOsUser: row?.approved_os_user ?? null,
    unlockReason: row?.unlock_reason ?? null
  }
}

async function monthRow(db: Db, projectId: number, staffId: number, month: string): Promise<MonthRow> {
  const rows = await listMonths(db, projectId, Number(month.slice(0, 4)), staffId)
  const row = rows.find((r) => r.month === month)
  if (!row) throw new DomainError('not_found', e.monthNotFound(month), { field: 'month' })
  return row
}

export async function previewMonth(ctx: ServiceContext, projectId: number, staffId: number, month: string) {
  const project = await requireProjectPeriod(ctx.db, projectId)
  const staff = await requireStaff(ctx.db, projectId, staffId)
  const { segmentsDetail: _detail, ...preview } = await planMonth(ctx.db, project, staff, month)
  return preview
}

/** A month's row to write: the staff member's month, the row it has already (if any), and what changes. */
interface MonthUpsert {
  projectId: number
  staff: StaffRow
  month: string
  existing: MonthTableRow
  values: Partial<NonNullable<MonthTableRow>>
  meta: { action: string; actorName?: string; actorRole?: string; reason?: string }
}

async function upsertMonth(db: Db, ctx: ServiceContext, { projectId, staff, month, existing, values, meta }: MonthUpsert): Promise<void> {
  const now = nowIso(ctx)
  if (existing) {
    await updateAudited(db, ctx, 'time_month', existing.id, { ...values, updated_at: now }, { projectId, ...meta })
  } else {
    await insertAudited(
      db,
      ctx,
      'time_month',
      {
        project_id: projectId,
        staff_id: staff.id,
        month,
        kind: modeOf(staff, await readTimeRules(db, projectId)),
        status: 'open',
        minutes: ZERO_MINUTES,
        norm_minutes: ZERO_MINUTES,
        statement_text: '',
        created_at: now,
        updated_at: now,
        ...values
      },
      { projectId, ...meta }
    )
  }
}

export async function signMonth(ctx: ServiceContext, projectId: number, staffId: number, month: string, signerName: string): Promise<MonthRow> {
  await ctx.db.transaction().execute((trx) => signMonthIn(trx, ctx, projectId, staffId, month, signerName))
  return monthRow(ctx.db, projectId, staffId, month)
}

/** The employee's signature, inside the caller's transaction. */
export async function signMonthIn(trx: Db, ctx: ServiceContext, projectId: number, staffId: number, month: string, signerName: string): Promise<void> {
  const project = await requireProjectPeriod(trx, projectId)
  const staff = await requireStaff(trx, projectId, staffId)
  if (modeOf(staff, await readTimeRules(trx, projectId)) === 'statement')
    throw new DomainError('conflict', e.statementStaffNoTimesheet(staff.name), { field: 'staffId' })
  assertMonthInSpan(project, staff, month)
  await assertMonthOpen(trx, projectId, staff, month, 'sign')
  const existing = await readMonth(trx, staffId, month)
  if (existing && existing.status !== 'open')
    throw new DomainError('conflict', e.alreadyStatus(staff.name, formatMonth(month), da.time.status[existing.status as MonthStatus]), {
      field: 'month'
    })
  await upsertMonth(trx, ctx, {
    projectId,
    staff,
    month,
    existing,
    values: { status: 'signed', signed_by_name: signerName, signed_at: nowIso(ctx), signed_os_user: ctx.osUser },
    meta: { action: 'sign', actorName: signerName, actorRole: da.time.months.employeeRole }
  })
}

interface ApproveMonthInput {
  projectId: number
  staffId: number
  month: string
  approverName: string
  approverRole: string
  statementText: string
}

export async function approveMonth(ctx: ServiceContext, input: ApproveMonthInput): Promise<MonthRow> {
  await ctx.db.transaction().execute((trx) => approveMonthIn(trx, ctx, input))
  return monthRow(ctx.db, input.projectId, input.staffId, input.month)
}

/** A manager's approval with its salary postings, inside the caller's transaction. */
export async function approveMonthIn(trx: Db, ctx: ServiceContext, input: ApproveMonthInput): Promise<void> {
  const { projectId, staffId, month } = input
  const project = await requireProjectPeriod(trx, projectId)
  const staff = await requireStaff(trx, projectId, staffId)
  assertMonthInSpan(project, staff, month)
  await assertMonthOpen(trx, projectId, staff, month, 'approve')
  const mode = modeOf(staff, await readTimeRules(trx, projectId))
  const existing = await readMonth(trx, staffId, month)
  const label = formatMonth(month)
  if (existing?.status === 'approved') {
    // Also what the second of two managers approving at once gets: the writer lock makes them take turns.
    const { approved_by_name: by, approved_os_user: user, approved_at: at } = existing
    const text = by && user && at ? e.approvedBy(staff.name, label, by, user, formatDateTime(at)) : e.alreadyStatus(staff.name, label, da.time.status.approved)
    throw new DomainError('conflict', text, { field: 'month' })
  }
  const { requireEmployeeSignature } = await readCalendarSettings(trx, projectId)
  if (mode === 'timesheet' && requireEmployeeSignature && existing?.status !== 'signed') {
    throw new DomainError('conflict', e.notSigned(staff.name, label), { field: 'month' })
  }
  const plan = await planMonth(trx, project, staff, month)
  if (plan.problem) throw new DomainError('rule', plan.problem, { field: 'month' })
  const statementText = mode === 'statement' ? input.statementText || da.time.months.defaultStatement(staff.name, label, project.title) : ''
  await upsertMonth(trx, ctx, {
    projectId,
    staff,
    month,
    existing,
    values: {
      kind: mode,
      status: 'approved',
      minutes: plan.minutes,
      norm_minutes: plan.normMinutes,
      approved_by_name: input.approverName,
      approved_by_role: input.approverRole,
      approved_at: nowIso(ctx),
      approved_os_user: ctx.osUser,
      statement_text: statementText
    },
    meta: { action: 'approve', actorName: input.approverName, actorRole: input.approverRole }
  })
  const weeks = plan.coveredByWeeks.map((w) => da.time.weekLabel(w.week, w.isoYear))
  const note = weeks.length === 0 ? '' : da.ledger.excludingWeeks(weeks.length === 1 ? weeks[0]! : `${weeks.slice(0, -1).join(', ')} og ${weeks.at(-1)!}`)
  await postMonth(trx, ctx, projectId, staff, plan, { actorName: input.approverName, actorRole: input.approverRole }, monthDocument(plan, staff, note))
}

export async function unlockMonth(
  ctx: ServiceContext,
  input: { projectId: number; staffId: number; month: string; reason: string; actorName: string }
): Promise<MonthRow> {
  const { projectId, staffId, month } = input
  await ctx.db.transaction().execute(async (trx) => {
    const staff = await requireStaff(trx, projectId, staffId)
    const existing = await readMonth(trx, staffId, month)
    const label = formatMonth(month)
    if (!existing || existing.status === 'open') throw new DomainError('conflict', e.notLocked(staff.name, label), { field: 'month' })
    await assertMonthOpen(trx, projectId, staff, month, 'unlock')
    if (existing.status === 'approved') {
      await reverseMonthPostings(trx, ctx, projectId, staff, month, input.reason, input.actorName)
      await weeksTakeOverMonth(trx, ctx, projectId, staff, month, { actorName: input.actorName, reason: input.reason })
    }
    await updateAudited(
      trx,
      ctx,
      'time_month',
      existing.id,
      {
        status: 'open',
        signed_by_name: null,
        signed_at: null,
        signed_os_user: null,
        approved_by_name: null,
        approved_by_role: null,
        approved_at: null,
        approved_os_user: null,
        unlock_reason: input.reason,
        unlocked_at: nowIso(ctx),
        updated_at: nowIso(ctx)
      },
      { projectId, action: 'unlock', reason: input.reason, actorName: input.actorName }
    )
  })
  return monthRow(ctx.db, projectId, staffId, month)
}

/**
 * After a month is unlocked: each approved week that touches it and had left its part of the month to
 * the month (approved first) posts that part now, so no approved hour is left unposted.
 */
async function weeksTakeOverMonth(
  trx: Db,
  ctx: ServiceContext,
  projectId: number,
  staff: StaffRow,
  month: string,
  meta: { actorName: string; reason: string }
): Promise<void> {
  const project = await requireProjectPeriod(trx, projectId)
  const weeks = await approvedWeeks(trx, projectId, { staffId: staff.id, from: firstDayOf(month), to: lastDayOf(month) })
  const posted = postedMonthsByWeek(
    await standingWeekPostings(
      trx,
      weeks.map((w) => w.id)
    )
  )
  const span = activeSpan(project, staff)
  const candidates = weeks.map((w) => ({ row: w, weekStart: w.week_start, postedMonths: posted.get(w.id) ?? new Set<string>() }))
  for (const w of weeksTakingOverMonth(month, candidates)) {
    const part = weekPartInMonth(w.weekStart, month)!
    const inSpan = overlap(part.from, part.to, span.from, span.to)
    if (!inSpan) continue
    const plan = await planPart(trx, project, staff, { month, ...inSpan })
    if (plan.problem) throw new DomainError('rule', plan.problem, { field: 'month' })
    await postWeekPart(trx, ctx, projectId, staff, w.row, plan, meta, da.ledger.takenOverFromMonth(formatMonth(month)))
  }
}

/** A month as a document (the printed timesheet or management statement). */
export async function monthSheet(ctx: ServiceContext, projectId: number, staffId: number, month: string): Promise<MonthSheet> {
  const db = ctx.db
  const project = await getProject(db, projectId)
  const period = await requireProjectPeriod(db, projectId)
  const staff = await requireStaff(db, projectId, staffId)
  assertMonthInSpan(period, staff, month)
  const rules = await readTimeRules(db, projectId)
  const row = await monthRow(db, projectId, staffId, month)
  const { daysOff } = await readCalendarSettings(db, projectId)
  const span = activeSpan(period, staff)
  const norm = { weeklyMinutes: staff.weekly_minutes, projectShareBp: staff.project_share_bp }
  const entries = await db
    .selectFrom('time_entry')
    .select(['entry_date', 'activity_id', 'minutes'])
    .where('staff_id', '=', staffId)
    .where('entry_date', '>=', firstDayOf(month))
    .where('entry_date', '<=', lastDayOf(month))
    .execute()
  const used = new Set(entries.map((x) => x.activity_id))
  const activities = (
    await db.selectFrom('time_activity').select(['id', 'name', 'active']).where('project_id', '=', projectId).orderBy('sort_order').orderBy('id').execute()
  ).filter((a) => used.has(a.id) || (a.active === 1 && modeOf(staff, rules) === 'timesheet'))
  const days = datesBetween(firstDayOf(month), lastDayOf(month)).map((date) => {
    const day = calendarDay(date, daysOff)
    const byActivity = activities.map((a) => sumMinutes(entries.filter((x) => x.entry_date === date && x.activity_id === a.id).map((x) => x.minutes)))
    const inSpan = date >= span.from && date <= span.to
    return {
      date,
      kind: day.kind,
      name: day.name,
      normMinutes: inSpan ? normOfHalves(day.normHalves, norm) : ZERO_MINUTES,
      minutes: byActivity,
      total: sumMinutes(byActivity)
    }
  })
  const stored = await readMonth(db, staffId, month)
  const { segmentsDetail: _detail, ...salary } = await planMonth(db, period, staff, month)
  return {
    project: { title: project.title, municipality: project.municipality, caseNumber: project.caseNumber, poolName: project.poolName },
    staff: toTimeStaff(staff, rules),
    row,
    activities: activities.map((a) => ({ id: a.id, name: a.name })),
    days,
    totals: { byActivity: activities.map((_a, i) => sumMinutes(days.map((d) => d.minutes[i]!))), minutes: sumMinutes(days.map((d) => d.total)) },
    statementText: stored?.statement_text ?? '',
    salary
  }
}

/** A month's approved minutes: the whole month once it is approved, else the days of its approved weeks. */
function approvedMinutesOf(m: Pick<MonthRow, 'status' | 'minutes' | 'weekApprovedMinutes'>): Minutes {
  return m.status === 'approved' ? m.minutes : m.weekApprovedMinutes
}

/**
 * The approved time of a project from the months table's own figures (the screen's months, the
 * revisor export's summary): per staff member, and the approved timesheet months and their minutes.
 */
export async function approvedTime(db: Db, projectId: number) {
  const byStaff = new Map<number, Minutes>()
  let timesheetMonths = 0
  let timesheetMinutes = ZERO_MINUTES
  for (const m of await listMonths(db, projectId)) {
    const approved = approvedMinutesOf(m)
    byStaff.set(m.staffId, sumMinutes([byStaff.get(m.staffId) ?? 0, approved]))
    if (m.mode === 'timesheet') timesheetMinutes = sumMinutes([timesheetMinutes, approved])
    if (m.status === 'approved' && m.kind === 'timesheet') timesheetMonths++
  }
  return { byStaff, timesheetMonths, timesheetMinutes }
}
