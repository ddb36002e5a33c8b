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
import { col, EXPORT_PAGE, PERSONAL_TABLES, rowsById, rowsOf, tagged, type Cell, type ExportOptions, type ExportTable, type ProjectTag } from './exportTable'

export type { Cell, ColumnType, ExportColumn, ExportOptions, ExportTable } from './exportTable'
export { EXPORT_PAGE, PERSONAL_TABLES, rowsOf } from './exportTable'

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
const hoursColumns = [col(h.hours, 'hours'), col(h.minutes, 'int')]
/** Who signed a month. */
const signedColumns = [col(h.signedBy, 'text', 18), col(h.signedAt, 'timestamp', 18)]
/** Who approved hours, as entered, and the OS user who did it. */
const approvedColumns = [col(h.approvedBy, 'text', 18), col(h.approverRole, 'text', 18), col(h.approvedAt, 'timestamp', 18), col(h.osUser, 'text')]
type Signed = { signed_by_name: string | null; signed_at: string | null }
type Approved = { approved_by_name: string | null; approved_by_role: string | null; approved_at: string | null; approved_os_user: string | null }
const signedCells = (r: Signed): Cell[] => [r.signed_by_name, r.signed_at]
const approvedCells = (r: Approved): Cell[] => [r.approved_by_name, r.approved_by_role, r.approved_at, r.approved_os_user]
/** An account: the first columns of its table and of its lines' table. */
const accountColumns = [col(h.accountNo, 'int'), col(h.kind, 'text', 14), col(h.periodFrom, 'date'), col(h.periodTo, 'date'), col(h.status, 'text')]
const accountCells = (a: Account): Cell[] => [a.id, da.accounts.kinds[a.kind], a.periodFrom, a.periodTo, da.accounts.statuses[a.status]]

export async function buildExportTables(db: Kysely<Database>, projectId: number, asOf: string, options: ExportOptions): Promise<ExportTable[]> {
  const project = await getProject(db, projectId)
  const tag: ProjectTag = { caseNo: project.caseNumber, pool: project.poolName }
  const label = await categoryLabels(db, projectId)
  const timeRules = await readTimeRules(db, projectId)
  const tables: ExportTable[] = []

  // 1. The ledger: every posting, reversals included (its totals in SQL, its postings page by page).
  const ledger = await getLedger(db, projectId, { limit: 0 })
  const postingCells = (p: Posting): Cell[] => [
    p.id,
    p.date,
    p.budgetLineYear,
    p.budgetLineTitle,
    label(p.categoryKey),
    p.staffName,
    p.minutes,
    p.minutes,
    p.hourlyRateOre,
    p.amountOre,
    da.ledger.sources[p.source] ?? p.source,
    p.documentRef,
    p.description,
    p.reversesPostingId,
    p.reversedByPostingId,
    p.createdAt
  ]
  tables.push(
    tagged(tag, {
      file: '01_posteringer.csv',
      sheet: x.sheets.ledger,
      columns: [
        col(h.postingNo, 'int'),
        col(h.date, 'date'),
        col(h.year, 'int'),
        col(h.budgetLine, 'text', 28),
        col(h.category, 'text', 22),
        col(h.staff, 'text', 18),
        ...hoursColumns,
        col(h.rate, 'amount'),
        col(h.amount, 'amount', 16),
        col(h.source, 'text'),
        col(h.documentRef, 'text', 30),
        col(h.text, 'text', 50),
        col(h.reverses, 'int'),
        col(h.reversedBy, 'int'),
        col(h.createdAt, 'timestamp', 18)
      ],
      rows: async function* () {
        for (let offset = 0; offset < ledger.count; offset += EXPORT_PAGE) {
          const page = await listPostings(db, projectId, { limit: EXPORT_PAGE, offset })
          if (page.length === 0) return
          yield page.map(postingCells)
        }
      }
    })
  )

  // 2. Approved hours: every entry of an approved month or week, with who signed and approved it.
  tables.push(
    tagged(tag, {
      file: '02_godkendte_timer.csv',
      sheet: x.sheets.hours,
      columns: [
        col(h.staff, 'text', 18),
        col(h.date, 'date'),
        col(h.week, 'text'),
        col(h.activity, 'text', 30),
        ...hoursColumns,
        col(h.month, 'text'),
        ...signedColumns,
        ...approvedColumns,
        col(h.approvedWith, 'text', 16)
      ],
      rows: async function* () {
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
        for await (const page of approvedHourPages(db, projectId)) {
          yield page.map((r): Cell[] => [
            r.staff_name,
            r.entry_date,
            weekOf(r.entry_date),
            r.activity,
            r.minutes,
            r.minutes,
            r.month,
            ...signedCells(r),
            ...approvedCells(r),
            r.approved_with
          ])
        }
      }
    })
  )

  // 3. Monthly approvals and management statements.
  const months = await withStaffName(db, 'time_month', projectId, 'time_month.month')
  // One path per figure: a month not yet approved (open or signed) has its hours and norm from the
  // months table's own service, as the screen shows them; an approved month keeps what was approved.
  const live = new Map((await listMonths(db, projectId)).map((r) => [`${r.staffId}|${r.month}`, r]))
  const figuresOf = (m: (typeof months)[number]) => {
    const row = m.status === 'approved' ? undefined : live.get(`${m.staff_id}|${m.month}`)
    return row ? { minutes: row.minutes, norm: row.normMinutes } : { minutes: m.minutes, norm: m.norm_minutes }
  }
  tables.push(
    tagged(tag, {
      file: '03_maanedsgodkendelser.csv',
      sheet: x.sheets.months,
      columns: [
        col(h.staff, 'text', 18),
        col(h.month, 'text'),
        col(h.kind, 'text', 18),
        col(h.status, 'text'),
        col(h.hours, 'hours'),
        col(h.normHours, 'hours'),
        ...signedColumns,
        ...approvedColumns,
        col(h.statement, 'text', 60),
        col(h.unlockReason, 'text', 40)
      ],
      rows: rowsOf(
        months.map((m) => [
          m.staff_name,
          m.month,
          m.kind === 'statement' ? x.statementKind : x.timesheetKind,
          da.time.status[m.status as 'open' | 'signed' | 'approved'],
          figuresOf(m).minutes,
          figuresOf(m).norm,
          ...signedCells(m),
          ...approvedCells(m),
          m.statement_text,
          m.unlock_reason
        ])
      )
    })
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
  tables.push({
    file: '04_medarbejdere_og_satser.csv',
    sheet: x.sheets.staff,
    columns: [
      col(h.staff, 'text', 18),
      col(h.category, 'text', 22),
      col(h.title, 'text', 28),
      col(h.documentation, 'text', 18),
      col(h.weeklyHours, 'hours'),
      col(h.share, 'text'),
      col(h.weeklyProjectHours, 'hours'),
      col(h.employedFrom, 'date'),
      col(h.employedTo, 'date'),
      col(h.rateFrom, 'date'),
      col(h.rateTo, 'date'),
      col(h.annualSalary, 'amount', 16),
      col(h.salaryParts, 'text', 50),
      col(h.divisorHours, 'hours'),
      col(h.rate, 'amount'),
      col(h.calculation, 'text', 50),
      col(h.note, 'text', 30)
    ],
    rows: rowsOf(
      rates.map((r) => {
        const parts = parseSalaryParts(r.salary_parts_json)
        const partsText = parts.map((p) => `${p.label ?? p.key ?? ''} ${formatKr(p.amountOre ?? 0)}`).join('; ')
        const calc =
          r.annual_salary_ore !== null && r.divisor_minutes !== null && r.hourly_rate_ore !== null
            ? x.rateCalculation(formatKr(r.annual_salary_ore), formatHours(r.divisor_minutes), formatKr(r.hourly_rate_ore))
            : ''
        return [
          r.name,
          label(r.function_key),
          r.title,
          modeOf({ project_share_bp: r.project_share_bp }, timeRules) === 'statement' ? x.statementKind : x.timesheetKind,
          r.weekly_minutes,
          formatSetBasisPoints(r.project_share_bp),
          weeklyProjectMinutes({ weeklyMinutes: r.weekly_minutes, projectShareBp: r.project_share_bp }),
          r.employed_from,
          r.employed_to,
          r.valid_from,
          r.valid_to,
          r.annual_salary_ore,
          partsText,
          r.divisor_minutes,
          r.hourly_rate_ore,
          calc,
          r.note
        ]
      })
    )
  })

  // 5–6. The budget and its approved revisions (from the budget domain).
  tables.push(...(await exportBudgetTables(db, projectId, tag, asOf)))

  // 7–8. The accounts with their sign-off, and their figures per budget line as signed.
  const accounts = await listAccounts(db, projectId)
  tables.push(
    tagged(tag, {
      file: '07_regnskaber.csv',
      sheet: x.sheets.accounts,
      columns: [
        ...accountColumns,
        col(h.signedBy, 'text', 18),
        col(h.signerTitle, 'text', 22),
        col(h.signedOn, 'date'),
        col(h.signedAt, 'timestamp', 18),
        col(h.osUser, 'text'),
        col(h.budget, 'amount', 16),
        col(h.actual, 'amount', 16),
        col(h.statement, 'text', 60),
        col(h.withdrawnReason, 'text', 30)
      ],
      rows: rowsOf(
        accounts.map((a) => [
          ...accountCells(a),
          a.signedByName,
          a.signedByTitle,
          a.signedOn,
          a.signedAt,
          a.osUser,
          a.figures.totals.budgetOre,
          a.figures.totals.actualOre,
          a.statementText,
          a.withdrawnReason
        ])
      )
    }),
    tagged(tag, {
      file: '08_regnskabslinjer.csv',
      sheet: x.sheets.accountLines,
      columns: [
        ...accountColumns,
        col(h.year, 'int'),
        col(h.budgetLine, 'text', 28),
        col(h.category, 'text', 22),
        col(h.budget, 'amount', 16),
        col(h.actual, 'amount', 16),
        col(h.remaining, 'amount', 16)
      ],
      rows: rowsOf(
        accounts.flatMap((a) =>
          a.figures.lines.map((l) => [...accountCells(a), l.year, l.title, label(l.categoryKey), l.budgetOre, l.actualOre, l.remainingOre])
        )
      )
    })
  )

  // 9. The audit trail of the project, in Danish: table names, actions and headers. Entries on
  // participant-level tables keep their number, table and time, but their contents only when the
  // export is asked to hold personal records.
  const tableName = (entity: string) => da.audit.tables[entity] ?? entity
  tables.push({
    file: '09_revisionsspor.csv',
    sheet: x.sheets.audit,
    columns: [
      col(h.auditNo, 'int'),
      col(h.at, 'timestamp', 18),
      col(h.osUser, 'text'),
      col(h.actorName, 'text', 18),
      col(h.actorRole, 'text', 18),
      col(h.entity, 'text', 22),
      col(h.entityId, 'text'),
      col(h.action, 'text'),
      col(h.reason, 'text', 40),
      col(h.before, 'text', 60),
      col(h.after, 'text', 60),
      col(h.hash, 'text', 20)
    ],
    rows: rowsById(
      db
        .selectFrom('audit_log')
        .select(['id', 'at', 'os_user', 'actor_name', 'actor_role', 'entity', 'entity_id', 'action', 'reason', 'before_json', 'after_json', 'hash'])
        .where('project_id', '=', projectId),
      'id',
      (a): Cell[] => {
        const hidden = !options.withPersonal && PERSONAL_TABLES.includes(a.entity)
        return [
          a.id,
          a.at,
          a.os_user,
          a.actor_name,
          a.actor_role,
          tableName(a.entity),
          a.entity_id,
          da.core.audit.actions[a.action] ?? x.unknownAction(a.action),
          hidden ? x.personalLeftOut : a.reason,
          hidden ? (a.before_json === null ? null : x.personalLeftOut) : a.before_json,
          hidden ? (a.after_json === null ? null : x.personalLeftOut) : a.after_json,
          a.hash
        ]
      }
    )
  })

  // 10. The ledger's totals per budget line: the same figures as on screen.
  tables.push(
    tagged(tag, {
      file: '10_oversigt.csv',
      sheet: x.sheets.summary,
      columns: [col(h.year, 'int'), col(h.budgetLine, 'text', 28), ...hoursColumns, col(h.amount, 'amount', 16)],
      rows: rowsOf([
        ...ledger.byLine.map((l) => [l.year, l.title, l.minutes, l.minutes, l.amountOre] as Cell[]),
        [null, x.total, ledger.totalMinutes, ledger.totalMinutes, ledger.totalOre]
      ])
    })
  )
  // 11. Week approvals (a manager's approval of one staff member's ISO week), unlocked ones included.
  const weekRows = await withStaffName(db, 'time_week', projectId, 'time_week.week_start')
  tables.push(
    tagged(tag, {
      file: '11_ugegodkendelser.csv',
      sheet: x.sheets.weeks,
      columns: [
        col(h.staff, 'text', 18),
        col(h.week, 'text'),
        col(h.periodFrom, 'date'),
        col(h.periodTo, 'date'),
        col(h.status, 'text'),
        col(h.hours, 'hours'),
        ...approvedColumns,
        col(h.unlockedBy, 'text', 18),
        col(h.unlockReason, 'text', 40)
      ],
      rows: rowsOf(
        weekRows.map((w) => [
          w.staff_name,
          weekCode(w.iso_year, w.week),
          w.week_start,
          addDaysIso(w.week_start, 6),
          da.time.status[w.status === 'approved' ? 'approved' : 'open'],
          w.minutes,
          ...approvedCells(w),
          w.unlocked_by_name,
          w.unlock_reason
        ])
      )
    })
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
