// The tables of the revisor export, each read once and written both as CSV (Danish Excel) and as a
// sheet of the XLSX workbook, so the two never disagree. Values are raw (øre, minutes, ISO dates);
// the writers format them: amounts as numbers with the kr. format, hours as decimal hours Excel can
// sum (with the exact minutes beside them), dates as real dates without a time part.
// The tables that grow with the project (postings, hours, the audit trail, participants' statuses)
// are read from the database in pages as they are written, so the export's memory stays flat (#14).
import { sql, type Kysely, type Selectable } from 'kysely'
import { addDaysIso, isoWeek } from '@shared/domain/dates'
import { mondayOf } from '@shared/domain/time/weeks'
import { weeklyProjectMinutes } from '@shared/domain/time/norm'
import { formatKr } from '@shared/domain/money'
import { formatHours } from '@shared/domain/duration'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { getProject } from '../core/projects'
import type { Posting } from '@shared/api/ledger'
import { getLedger, listPostings } from '../ledger/ledger'
import { listAccounts } from '../accounts/accounts'
import { categoryLabels, modeOf, readTimeRules } from '../time/common'
import { approvedWeeks } from '../time/weekRecords'
import { listMonths } from '../time/months'
import { exportBudgetTables } from './budgetTables'
import { formatMonth } from '@shared/domain/months'
import { formatSetBasisPoints } from '@shared/domain/percent'
import { personalTables } from './personalTables'
import type { Account } from '@shared/api/accounts'
import {
  col,
  EXPORT_PAGE,
  exportTable,
  PERSONAL_TABLES,
  rowsById,
  tagged,
  type ExportOptions,
  type ExportTable,
  type Field,
  type Pages,
  type ProjectTag
} from './exportTable'

export type { Cell, ColumnType, ExportColumn, ExportOptions, ExportTable } from './exportTable'
export { EXPORT_PAGE, PERSONAL_TABLES } from './exportTable'

const x = da.export

interface SalaryPart {
  label?: string
  key?: string
  amountOre?: number
}

/** Every hour entry of an approved month, with who signed and approved it (export and summary). */
function parseSalaryParts(json: string | null): SalaryPart[] {
  if (!json) return []
  try {
    const parsed: unknown = JSON.parse(json)
    return Array.isArray(parsed) ? (parsed as SalaryPart[]) : []
  } catch {
    return []
  }
}

/**
 * Every approved hour entry (approved with its month, or with its week: shared/domain/time/
 * weekApproval.ts), with who signed the month and who approved the hours: the export's file 02.
 * Read and handed over one staff member and one year at a time, so a project's half million
 * entries never sit in memory at once.
 */
export async function* approvedHourPages(db: Kysely<Database>, projectId: number) {
  const monthLabels = new Map<string, string>()
  const monthLabel = (month: string) => {
    let label = monthLabels.get(month)
    if (label === undefined) monthLabels.set(month, (label = formatMonth(month)))
    return label
  }
  const staff = await db.selectFrom('staff').select(['id', 'name']).where('project_id', '=', projectId).orderBy('name').orderBy('id').execute()
  for (const s of staff) {
    const span = await db
      .selectFrom('time_entry')
      .select((eb) => [eb.fn.min<string>('entry_date').as('first'), eb.fn.max<string>('entry_date').as('last')])
      .where('staff_id', '=', s.id)
      .where(sql<number>`+project_id`, '=', projectId) // `+`: see below
      .executeTakeFirst()
    if (!span?.first || !span.last) continue
    const weeks = new Map((await approvedWeeks(db, projectId, { staffId: s.id })).map((w) => [w.week_start, w]))
    for (let year = Number(span.first.slice(0, 4)); year <= Number(span.last.slice(0, 4)); year++) {
      const rows = await db
        .selectFrom('time_entry')
        .innerJoin('time_activity', 'time_activity.id', 'time_entry.activity_id')
        .leftJoin('time_month', (j) =>
          j
            .onRef('time_month.staff_id', '=', 'time_entry.staff_id')
            .on((eb) => eb(eb.fn('substr', ['time_entry.entry_date', eb.val(1), eb.val(7)]), '=', eb.ref('time_month.month')))
        )
        .select([
          'time_entry.entry_date',
          'time_activity.name as activity',
          'time_entry.minutes',
          'time_month.status',
          'time_month.signed_by_name',
          'time_month.signed_at',
          'time_month.approved_by_name',
          'time_month.approved_by_role',
          'time_month.approved_at',
          'time_month.approved_os_user'
        ])
        .where('time_entry.staff_id', '=', s.id)
        // `+`: not an index term, so that the staff member's own index (staff, date) is read, not all
        // the project's entries (of the year) once for each of its staff (#14)
        .where(sql<number>`+time_entry.project_id`, '=', projectId)
        .where('time_entry.entry_date', '>=', `${year}-01-01`)
        .where('time_entry.entry_date', '<=', `${year}-12-31`)
        .orderBy('time_entry.entry_date')
        .orderBy('time_activity.sort_order')
        .orderBy('time_entry.id')
        .execute()
      const page = []
      for (const r of rows) {
        const month = r.entry_date.slice(0, 7)
        // Approved with its month, or else with its week (or not approved: left out).
        const w = r.status === 'approved' ? null : weeks.get(mondayOf(r.entry_date))
        if (w === undefined) continue
        page.push({
          staff_id: s.id,
          staff_name: s.name,
          entry_date: r.entry_date,
          activity: r.activity,
          minutes: r.minutes,
          month,
          signed_by_name: r.signed_by_name,
          signed_at: r.signed_at,
          approved_with: w ? da.time.weekLabel(w.week, w.iso_year) : monthLabel(month),
          approved_by_name: w ? w.approved_by_name : r.approved_by_name,
          approved_by_role: w ? w.approved_by_role : r.approved_by_role,
          approved_at: w ? w.approved_at : r.approved_at,
          approved_os_user: w ? w.approved_os_user : r.approved_os_user
        })
      }
      yield page
    }
  }
}

const h = x.h
/** Hours as decimal hours Excel sums, with the exact minutes beside them. */
const hoursFields: Field<{ minutes: number | null }>[] = [
  [col(h.hours, 'hours'), (r) => r.minutes],
  [col(h.minutes, 'int'), (r) => r.minutes]
]
/** Who signed a month. */
const signedFields: Field<{ signed_by_name: string | null; signed_at: string | null }>[] = [
  [col(h.signedBy, 'text', 18), (r) => r.signed_by_name],
  [col(h.signedAt, 'timestamp', 18), (r) => r.signed_at]
]
/** Who approved hours, as entered, and the OS user who did it. */
const approvedFields: Field<{
  approved_by_name: string | null
  approved_by_role: string | null
  approved_at: string | null
  approved_os_user: string | null
}>[] = [
  [col(h.approvedBy, 'text', 18), (r) => r.approved_by_name],
  [col(h.approverRole, 'text', 18), (r) => r.approved_by_role],
  [col(h.approvedAt, 'timestamp', 18), (r) => r.approved_at],
  [col(h.osUser, 'text'), (r) => r.approved_os_user]
]
/** An account: the first columns of its table and of its lines' table. */
const accountFields: Field<Account>[] = [
  [col(h.accountNo, 'int'), (a) => a.id],
  [col(h.kind, 'text', 14), (a) => da.accounts.kinds[a.kind]],
  [col(h.periodFrom, 'date'), (a) => a.periodFrom],
  [col(h.periodTo, 'date'), (a) => a.periodTo],
  [col(h.status, 'text'), (a) => da.accounts.statuses[a.status]]
]

export async function buildExportTables(db: Kysely<Database>, projectId: number, asOf: string, options: ExportOptions): Promise<ExportTable[]> {
  const project = await getProject(db, projectId)
  const tag: ProjectTag = { caseNo: project.caseNumber, pool: project.poolName }
  const label = await categoryLabels(db, projectId)
  const timeRules = await readTimeRules(db, projectId)
  const tables: ExportTable[] = []

  // 1. The ledger: every posting, reversals included (its totals in SQL, its postings page by page).
  const ledger = await getLedger(db, projectId, { limit: 0 })
  const postings: Pages<Posting> = async function* () {
    for (let offset = 0; offset < ledger.count; offset += EXPORT_PAGE) {
      const page = await listPostings(db, projectId, { limit: EXPORT_PAGE, offset })
      if (page.length === 0) return
      yield page
    }
  }
  tables.push(
    tagged(
      tag,
      exportTable('01_posteringer.csv', x.sheets.ledger, postings, [
        [col(h.postingNo, 'int'), (p) => p.id],
        [col(h.date, 'date'), (p) => p.date],
        [col(h.year, 'int'), (p) => p.budgetLineYear],
        [col(h.budgetLine, 'text', 28), (p) => p.budgetLineTitle],
        [col(h.category, 'text', 22), (p) => label(p.categoryKey)],
        [col(h.staff, 'text', 18), (p) => p.staffName],
        ...hoursFields,
        [col(h.rate, 'amount'), (p) => p.hourlyRateOre],
        [col(h.amount, 'amount', 16), (p) => p.amountOre],
        [col(h.source, 'text'), (p) => da.ledger.sources[p.source] ?? p.source],
        [col(h.documentRef, 'text', 30), (p) => p.documentRef],
        [col(h.text, 'text', 50), (p) => p.description],
        [col(h.reverses, 'int'), (p) => p.reversesPostingId],
        [col(h.reversedBy, 'int'), (p) => p.reversedByPostingId],
        [col(h.createdAt, 'timestamp', 18), (p) => p.createdAt]
      ])
    )
  )

  // 2. Approved hours: every entry of an approved month or week, with who signed and approved it.
  // A day's entries share its week: each date's week is worked out once.
  const weeks = new Map<string, string>()
  const weekOf = (date: string) => {
    let week = weeks.get(date)
    if (week === undefined) {
      const w = isoWeek(date)
      week = weekCode(w.year, w.week)
      weeks.set(date, week)
    }
    return week
  }
  tables.push(
    tagged(
      tag,
      exportTable('02_godkendte_timer.csv', x.sheets.hours, () => approvedHourPages(db, projectId), [
        [col(h.staff, 'text', 18), (r) => r.staff_name],
        [col(h.date, 'date'), (r) => r.entry_date],
        [col(h.week, 'text'), (r) => weekOf(r.entry_date)],
        [col(h.activity, 'text', 30), (r) => r.activity],
        ...hoursFields,
        [col(h.month, 'text'), (r) => r.month],
        ...signedFields,
        ...approvedFields,
        [col(h.approvedWith, 'text', 16), (r) => r.approved_with]
      ])
    )
  )

  // 3. Monthly approvals and management statements.
  const months = await withStaffName(db, 'time_month', projectId, 'time_month.month')
  // One path per figure: a month not yet approved (open or signed) has its hours and norm from the
  // months table's own service, as the screen shows them; an approved month keeps what was approved.
  const live = new Map((await listMonths(db, projectId)).map((r) => [`${r.staffId}|${r.month}`, r]))
  const monthRows = months.map((m) => {
    const row = m.status === 'approved' ? undefined : live.get(`${m.staff_id}|${m.month}`)
    return { ...m, figures: row ? { minutes: row.minutes, norm: row.normMinutes } : { minutes: m.minutes, norm: m.norm_minutes } }
  })
  tables.push(
    tagged(
      tag,
      exportTable('03_maanedsgodkendelser.csv', x.sheets.months, monthRows, [
        [col(h.staff, 'text', 18), (m) => m.staff_name],
        [col(h.month, 'text'), (m) => m.month],
        [col(h.kind, 'text', 18), (m) => (m.kind === 'statement' ? x.statementKind : x.timesheetKind)],
        [col(h.status, 'text'), (m) => da.time.status[m.status as 'open' | 'signed' | 'approved']],
        [col(h.hours, 'hours'), (m) => m.figures.minutes],
        [col(h.normHours, 'hours'), (m) => m.figures.norm],
        ...signedFields,
        ...approvedFields,
        [col(h.statement, 'text', 60), (m) => m.statement_text],
        [col(h.unlockReason, 'text', 40), (m) => m.unlock_reason]
      ])
    )
  )

  // 4. Staff and their rates, with the calculation shown next to every rate (docs/domain.md rule 4
  // «Time, rates and norm hours»).
  const rates = await db
    .selectFrom('staff')
    .leftJoin('staff_rate', 'staff_rate.staff_id', 'staff.id')
    .select([
      'staff.name',
      'staff.function_key',
      'staff.title',
      'staff.weekly_minutes',
      'staff.project_share_bp',
      'staff.employed_from',
      'staff.employed_to',
      'staff_rate.valid_from',
      'staff_rate.valid_to',
      'staff_rate.annual_salary_ore',
      'staff_rate.salary_parts_json',
      'staff_rate.divisor_minutes',
      'staff_rate.hourly_rate_ore',
      'staff_rate.note'
    ])
    .where('staff.project_id', '=', projectId)
    .orderBy('staff.name')
    .orderBy('staff_rate.valid_from')
    .execute()
  tables.push(
    exportTable('04_medarbejdere_og_satser.csv', x.sheets.staff, rates, [
      [col(h.staff, 'text', 18), (r) => r.name],
      [col(h.category, 'text', 22), (r) => label(r.function_key)],
      [col(h.title, 'text', 28), (r) => r.title],
      [
        col(h.documentation, 'text', 18),
        (r) => (modeOf({ project_share_bp: r.project_share_bp }, timeRules) === 'statement' ? x.statementKind : x.timesheetKind)
      ],
      [col(h.weeklyHours, 'hours'), (r) => r.weekly_minutes],
      [col(h.share, 'text'), (r) => formatSetBasisPoints(r.project_share_bp)],
      [col(h.weeklyProjectHours, 'hours'), (r) => weeklyProjectMinutes({ weeklyMinutes: r.weekly_minutes, projectShareBp: r.project_share_bp })],
      [col(h.employedFrom, 'date'), (r) => r.employed_from],
      [col(h.employedTo, 'date'), (r) => r.employed_to],
      [col(h.rateFrom, 'date'), (r) => r.valid_from],
      [col(h.rateTo, 'date'), (r) => r.valid_to],
      [col(h.annualSalary, 'amount', 16), (r) => r.annual_salary_ore],
      [
        col(h.salaryParts, 'text', 50),
        (r) =>
          parseSalaryParts(r.salary_parts_json)
            .map((p) => `${p.label ?? p.key ?? ''} ${formatKr(p.amountOre ?? 0)}`)
            .join('; ')
      ],
      [col(h.divisorHours, 'hours'), (r) => r.divisor_minutes],
      [col(h.rate, 'amount'), (r) => r.hourly_rate_ore],
      [
        col(h.calculation, 'text', 50),
        (r) =>
          r.annual_salary_ore !== null && r.divisor_minutes !== null && r.hourly_rate_ore !== null
            ? x.rateCalculation(formatKr(r.annual_salary_ore), formatHours(r.divisor_minutes), formatKr(r.hourly_rate_ore))
            : ''
      ],
      [col(h.note, 'text', 30), (r) => r.note]
    ])
  )

  // 5–6. The budget and its approved revisions (from the budget domain).
  tables.push(...(await exportBudgetTables(db, projectId, tag, asOf)))

  // 7–8. The accounts with their sign-off, and their figures per budget line as signed.
  const accounts = await listAccounts(db, projectId)
  const accountLines = accounts.flatMap((a) => a.figures.lines.map((line) => ({ ...a, line })))
  tables.push(
    tagged(
      tag,
      exportTable('07_regnskaber.csv', x.sheets.accounts, accounts, [
        ...accountFields,
        [col(h.signedBy, 'text', 18), (a) => a.signedByName],
        [col(h.signerTitle, 'text', 22), (a) => a.signedByTitle],
        [col(h.signedOn, 'date'), (a) => a.signedOn],
        [col(h.signedAt, 'timestamp', 18), (a) => a.signedAt],
        [col(h.osUser, 'text'), (a) => a.osUser],
        [col(h.budget, 'amount', 16), (a) => a.figures.totals.budgetOre],
        [col(h.actual, 'amount', 16), (a) => a.figures.totals.actualOre],
        [col(h.statement, 'text', 60), (a) => a.statementText],
        [col(h.withdrawnReason, 'text', 30), (a) => a.withdrawnReason]
      ])
    ),
    tagged(
      tag,
      exportTable('08_regnskabslinjer.csv', x.sheets.accountLines, accountLines, [
        ...accountFields,
        [col(h.year, 'int'), (a) => a.line.year],
        [col(h.budgetLine, 'text', 28), (a) => a.line.title],
        [col(h.category, 'text', 22), (a) => label(a.line.categoryKey)],
        [col(h.budget, 'amount', 16), (a) => a.line.budgetOre],
        [col(h.actual, 'amount', 16), (a) => a.line.actualOre],
        [col(h.remaining, 'amount', 16), (a) => a.line.remainingOre]
      ])
    )
  )

  // 9. The audit trail of the project, in Danish: table names, actions and headers. Entries on
  // participant-level tables keep their number, table and time, but their contents only when the
  // export is asked to hold personal records.
  const hidden = (entity: string) => !options.withPersonal && PERSONAL_TABLES.includes(entity)
  const audit = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'os_user', 'actor_name', 'actor_role', 'entity', 'entity_id', 'action', 'reason', 'before_json', 'after_json', 'hash'])
    .where('project_id', '=', projectId)
  const auditRows = rowsById(audit, 'id')
  tables.push(
    exportTable('09_revisionsspor.csv', x.sheets.audit, auditRows, [
      [col(h.auditNo, 'int'), (a) => a.id],
      [col(h.at, 'timestamp', 18), (a) => a.at],
      [col(h.osUser, 'text'), (a) => a.os_user],
      [col(h.actorName, 'text', 18), (a) => a.actor_name],
      [col(h.actorRole, 'text', 18), (a) => a.actor_role],
      [col(h.entity, 'text', 22), (a) => da.audit.tables[a.entity] ?? a.entity],
      [col(h.entityId, 'text'), (a) => a.entity_id],
      [col(h.action, 'text'), (a) => da.core.audit.actions[a.action] ?? x.unknownAction(a.action)],
      [col(h.reason, 'text', 40), (a) => (hidden(a.entity) ? x.personalLeftOut : a.reason)],
      [col(h.before, 'text', 60), (a) => (hidden(a.entity) && a.before_json !== null ? x.personalLeftOut : a.before_json)],
      [col(h.after, 'text', 60), (a) => (hidden(a.entity) && a.after_json !== null ? x.personalLeftOut : a.after_json)],
      [col(h.hash, 'text', 20), (a) => a.hash]
    ])
  )

  // 10. The ledger's totals per budget line: the same figures as on screen.
  const byLine = [
    ...ledger.byLine.map((l) => ({ year: l.year as number | null, title: l.title, minutes: l.minutes, amountOre: l.amountOre })),
    { year: null, title: x.total, minutes: ledger.totalMinutes, amountOre: ledger.totalOre }
  ]
  tables.push(
    tagged(
      tag,
      exportTable('10_oversigt.csv', x.sheets.summary, byLine, [
        [col(h.year, 'int'), (l) => l.year],
        [col(h.budgetLine, 'text', 28), (l) => l.title],
        ...hoursFields,
        [col(h.amount, 'amount', 16), (l) => l.amountOre]
      ])
    )
  )
  // 11. Week approvals (a manager's approval of one staff member's ISO week), unlocked ones included.
  const weekRows = await withStaffName(db, 'time_week', projectId, 'time_week.week_start')
  tables.push(
    tagged(
      tag,
      exportTable('11_ugegodkendelser.csv', x.sheets.weeks, weekRows, [
        [col(h.staff, 'text', 18), (w) => w.staff_name],
        [col(h.week, 'text'), (w) => weekCode(w.iso_year, w.week)],
        [col(h.periodFrom, 'date'), (w) => w.week_start],
        [col(h.periodTo, 'date'), (w) => addDaysIso(w.week_start, 6)],
        [col(h.status, 'text'), (w) => da.time.status[w.status === 'approved' ? 'approved' : 'open']],
        [col(h.hours, 'hours'), (w) => w.minutes],
        ...approvedFields,
        [col(h.unlockedBy, 'text', 18), (w) => w.unlocked_by_name],
        [col(h.unlockReason, 'text', 40), (w) => w.unlock_reason]
      ])
    )
  )
  if (options.withPersonal) tables.push(...personalTables(db, projectId, tag))
  return tables
}

/** A row of the months' or the weeks' table with the staff member's name. */
type WithStaffName<T extends 'time_month' | 'time_week'> = Selectable<Database[T]> & { staff_name: string }

/** The project's months or weeks (each a staff member's) with the staff member's name, by name and then by `then`. */
function withStaffName(db: Kysely<Database>, table: 'time_month', projectId: number, then: 'time_month.month'): Promise<WithStaffName<'time_month'>[]>
function withStaffName(db: Kysely<Database>, table: 'time_week', projectId: number, then: 'time_week.week_start'): Promise<WithStaffName<'time_week'>[]>
function withStaffName(
  db: Kysely<Database>,
  table: 'time_month' | 'time_week',
  projectId: number,
  then: 'time_month.month' | 'time_week.week_start'
): Promise<unknown[]> {
  // Both tables have the columns read here (staff_id, project_id); typed as one of them, as kysely
  // cannot type a query on a union of tables.
  const t = table as 'time_month'
  return db
    .selectFrom(t)
    .innerJoin('staff', 'staff.id', `${t}.staff_id`)
    .selectAll(t)
    .select('staff.name as staff_name')
    .where(`${t}.project_id`, '=', projectId)
    .orderBy('staff.name')
    .orderBy(then as 'time_month.month')
    .execute()
}

/** `2020-U01`: an ISO week as a code that sorts in Excel. */
function weekCode(isoYear: number, week: number): string {
  return `${isoYear}-U${String(week).padStart(2, '0')}`
}
