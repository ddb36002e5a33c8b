// The ledger: every cost is a posting (date, budget line, staff, hours, rate, amount in øre, source,
// document reference). Postings are never edited in place: a correction is a posting that reverses
// the original and, where needed, one that replaces it, so the history stays.
import { sql, type Insertable } from 'kysely'
import type { Ledger, LedgerMonthly, ManualPosting, Posting } from '@shared/api/ledger'
import { costOfMinutes, negateOre, ore, sumOre, formatKr, type Ore } from '@shared/domain/money'
import { formatHours, minutes, negateMinutes } from '@shared/domain/duration'
import { formatDate } from '@shared/domain/dates'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, type AuditMeta } from '../audit/audit'
import type { PostingTable } from '../db/schema/core'
import { checkEligibility } from '@shared/domain/budget/lines'
import { projectBudgetRules } from '../budget/rules'
import { assertDateOpen, requireProjectPeriod, requireStaff, type Db } from '../time/common'

const e = da.time.errors
type Ctx = Pick<ServiceContext, 'osUser' | 'now'>

interface LedgerFilter {
  from?: string | undefined
  to?: string | undefined
  budgetLineId?: number | undefined
  /** The postings on the budget lines of one year (the year rows of the spending view and the pack). */
  year?: number | undefined
  staffId?: number | undefined
  source?: 'timesheet' | 'manual' | 'import' | undefined
  /** A page of `limit` postings from `offset`; without it, every posting. */
  limit?: number | undefined
  offset?: number | undefined
}

/** The postings of the project that match the filter: the one WHERE of the list, its count and its sums. */
function filteredPostings(db: Db, projectId: number, filter: LedgerFilter) {
  let q = db.selectFrom('posting').where('posting.project_id', '=', projectId)
  if (filter.from) q = q.where('posting.posting_date', '>=', filter.from)
  if (filter.to) q = q.where('posting.posting_date', '<=', filter.to)
  if (filter.budgetLineId !== undefined) q = q.where('posting.budget_line_id', '=', filter.budgetLineId)
  if (filter.year !== undefined) {
    const year = filter.year
    q = q.where('posting.budget_line_id', 'in', (eb) => eb.selectFrom('budget_line').select('id').where('project_id', '=', projectId).where('year', '=', year))
  }
  if (filter.staffId !== undefined) q = q.where('posting.staff_id', '=', filter.staffId)
  if (filter.source !== undefined) q = q.where('posting.source', '=', filter.source)
  return q
}

// "Reversed by" is a join on the index posting_reverses, not a subquery per posting (issue #14):
// a posting is reversed at most once (reversePosting refuses a second reversal).
function postingQuery(db: Db, projectId: number, filter: LedgerFilter = {}) {
  return filteredPostings(db, projectId, filter)
    .innerJoin('budget_line', 'budget_line.id', 'posting.budget_line_id')
    .leftJoin('staff', 'staff.id', 'posting.staff_id')
    .leftJoin('posting as r', 'r.reverses_posting_id', 'posting.id')
    .selectAll('posting')
    .select([
      'budget_line.title as line_title',
      'budget_line.year as line_year',
      'budget_line.category_key as category_key',
      'staff.name as staff_name',
      'r.id as reversed_by'
    ])
}

type PostingQueryRow = Awaited<ReturnType<ReturnType<typeof postingQuery>['execute']>>[number]

function toPosting(r: PostingQueryRow): Posting {
  return {
    id: r.id,
    date: r.posting_date,
    budgetLineId: r.budget_line_id,
    budgetLineTitle: r.line_title,
    budgetLineYear: r.line_year,
    categoryKey: r.category_key,
    staffId: r.staff_id,
    staffName: r.staff_name,
    minutes: r.minutes,
    hourlyRateOre: r.hourly_rate_ore,
    amountOre: r.amount_ore,
    source: r.source as Posting['source'],
    documentRef: r.document_ref,
    description: r.description,
    reversesPostingId: r.reverses_posting_id,
    reversedByPostingId: r.reversed_by ?? null,
    createdAt: r.created_at
  }
}

/** The postings that match the filter in date order, paged in SQL when `limit` is given. */
export function postingPageQuery(db: Db, projectId: number, filter: LedgerFilter = {}) {
  let q = postingQuery(db, projectId, filter).orderBy('posting.posting_date').orderBy('posting.id')
  if (filter.limit !== undefined) q = q.limit(filter.limit)
  else if (filter.offset) q = q.limit(Number.MAX_SAFE_INTEGER)
  if (filter.offset) q = q.offset(filter.offset)
  return q
}

export async function listPostings(db: Db, projectId: number, filter: LedgerFilter = {}): Promise<Posting[]> {
  if (filter.limit === 0) return []
  const rows = await postingPageQuery(db, projectId, filter).execute()
  return rows.map(toPosting)
}

/**
 * The ledger with its totals: the one source of the ledger's figures (screen, CLI, export). The
 * count, the totals, the totals per budget line and the page's sums are computed in SQL, so a page
 * costs the same at 500 and at 50.000 postings.
 */
export async function getLedger(db: Db, projectId: number, filter: LedgerFilter = {}): Promise<Ledger> {
  await requireProjectPeriod(db, projectId)
  const postings = await listPostings(db, projectId, filter)
  const totals = await filteredPostings(db, projectId, filter)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.coalesce(eb.fn.sum<number>('posting.amount_ore'), eb.lit(0)).as('ore'),
      eb.fn.coalesce(eb.fn.sum<number>('posting.minutes'), eb.lit(0)).as('minutes')
    ])
    .executeTakeFirstOrThrow()
  const lines = await filteredPostings(db, projectId, filter)
    .innerJoin('budget_line', 'budget_line.id', 'posting.budget_line_id')
    .select((eb) => [
      'posting.budget_line_id as budgetLineId',
      'budget_line.title as title',
      'budget_line.year as year',
      eb.fn.sum<number>('posting.amount_ore').as('amountOre'),
      eb.fn.coalesce(eb.fn.sum<number>('posting.minutes'), eb.lit(0)).as('minutes')
    ])
    // Every selected column is grouped (PostgreSQL requires it; the line's title and year follow its id).
    .groupBy(['posting.budget_line_id', 'budget_line.title', 'budget_line.year'])
    .execute()
  const paged = filter.limit !== undefined || Boolean(filter.offset)
  let pageTotalOre = ore(Number(totals.ore))
  let pageTotalMinutes = minutes(Number(totals.minutes))
  if (paged) {
    let page = filteredPostings(db, projectId, filter)
      .select(['posting.amount_ore', 'posting.minutes'])
      .orderBy('posting.posting_date')
      .orderBy('posting.id')
      // No limit means every row from the offset on (SQLite needs a LIMIT before OFFSET; PostgreSQL refuses a negative one).
      .limit(filter.limit ?? Number.MAX_SAFE_INTEGER)
    if (filter.offset) page = page.offset(filter.offset)
    const sums = await db
      .selectFrom(page.as('page'))
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>('page.amount_ore'), eb.lit(0)).as('ore'),
        eb.fn.coalesce(eb.fn.sum<number>('page.minutes'), eb.lit(0)).as('minutes')
      ])
      .executeTakeFirstOrThrow()
    pageTotalOre = ore(Number(sums.ore))
    pageTotalMinutes = minutes(Number(sums.minutes))
  }
  return {
    postings,
    count: Number(totals.n),
    offset: filter.offset ?? 0,
    pageTotalOre,
    pageTotalMinutes,
    totalOre: ore(Number(totals.ore)),
    totalMinutes: minutes(Number(totals.minutes)),
    byLine: lines
      .map((l) => ({ budgetLineId: l.budgetLineId, title: l.title, year: l.year, amountOre: ore(Number(l.amountOre)), minutes: minutes(Number(l.minutes)) }))
      .sort((a, b) => a.year - b.year || a.title.localeCompare(b.title, 'da') || a.budgetLineId - b.budgetLineId)
  }
}

/**
 * Each budget line's postings summed per month, grouped in SQL (one row per month and line, not one
 * per posting). The index posting_month_line (migration 0015) holds what it reads in its order, with
 * the month written as here: the query is answered from the index, with no temporary B-tree.
 */
export function monthlyBalanceQuery(db: Db, projectId: number, filter: Pick<LedgerFilter, 'from' | 'to'> = {}) {
  const month = sql<string>`substr(posting.posting_date, 1, 7)`
  return filteredPostings(db, projectId, filter)
    .select((eb) => [
      month.as('month'),
      'posting.budget_line_id as budgetLineId',
      eb.fn.sum<number>('posting.amount_ore').as('amountOre'),
      eb.fn.coalesce(eb.fn.sum<number>('posting.minutes'), eb.lit(0)).as('minutes'),
      eb.fn.countAll<number>().as('postings')
    ])
    .groupBy([month, 'posting.budget_line_id'])
    .orderBy(month)
    .orderBy('posting.budget_line_id')
}

/** The ledger's monthly balance: each line's sum per month (monthlyBalanceQuery) with its running balance. */
export async function ledgerByMonth(db: Db, projectId: number, filter: Pick<LedgerFilter, 'from' | 'to'> = {}): Promise<LedgerMonthly> {
  await requireProjectPeriod(db, projectId)
  const rows = await monthlyBalanceQuery(db, projectId, filter).execute()
  const lines = await db
    .selectFrom('budget_line')
    .select(['id as budgetLineId', 'title', 'year'])
    .where('project_id', '=', projectId)
    .orderBy('year')
    .orderBy('title')
    .orderBy('id')
    .execute()
  const balance = new Map<number, Ore>()
  return {
    lines,
    months: rows.map((r) => {
      const amountOre = ore(Number(r.amountOre))
      const balanceOre = sumOre([balance.get(r.budgetLineId) ?? ore(0), amountOre])
      balance.set(r.budgetLineId, balanceOre)
      return { month: r.month, budgetLineId: r.budgetLineId, amountOre, minutes: minutes(Number(r.minutes)), balanceOre, postings: Number(r.postings) }
    })
  }
}

async function getPosting(db: Db, projectId: number, postingId: number): Promise<Posting> {
  const row = await postingQuery(db, projectId).where('posting.id', '=', postingId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.postingNotFound(postingId), { field: 'postingId' })
  return toPosting(row)
}

export async function listBudgetLines(db: Db, projectId: number) {
  await requireProjectPeriod(db, projectId)
  const rows = await db
    .selectFrom('budget_line')
    .select(['id', 'year', 'category_key', 'title'])
    .where('project_id', '=', projectId)
    .orderBy('year')
    .orderBy('title')
    .execute()
  return rows.map((r) => ({ id: r.id, year: r.year, categoryKey: r.category_key, title: r.title }))
}

/** Field rules of a manual or imported posting that need the database. */
export async function checkPosting(db: Db, projectId: number, p: ManualPosting, fieldPrefix = ''): Promise<void> {
  const project = await requireProjectPeriod(db, projectId)
  const f = (name: string) => `${fieldPrefix}${name}`
  if (p.date < project.periodStart || p.date > project.periodEnd) {
    throw new DomainError('validation', da.time.rules.outsideProject(formatDate(p.date), formatDate(project.periodStart), formatDate(project.periodEnd)), {
      field: f('date')
    })
  }
  const line = await db.selectFrom('budget_line').selectAll().where('id', '=', p.budgetLineId).executeTakeFirst()
  if (!line || line.project_id !== projectId) throw new DomainError('validation', e.lineNotFound(p.budgetLineId), { field: f('budgetLineId') })
  if (line.year !== Number(p.date.slice(0, 4)))
    throw new DomainError('validation', e.lineWrongYear(line.title, line.year, formatDate(p.date)), { field: f('budgetLineId') })
  // docs/domain.md rule 1 «Eligible costs»: a cost in a category the pool does not pay for is
  // refused with the pool's rule.
  const eligibility = checkEligibility(await projectBudgetRules(db, projectId), line.category_key)
  if (!eligibility.ok && eligibility.category) {
    throw new DomainError('rule', e.lineIneligible(line.title, eligibility.category.label, eligibility.category.ruleText), { field: f('budgetLineId') })
  }
  if (p.amountOre === 0) throw new DomainError('validation', da.time.imports.zeroAmount, { field: f('amountOre') })
  if (p.staffId !== null) await requireStaff(db, projectId, p.staffId)
  if (p.minutes !== null && p.hourlyRateOre !== null && costOfMinutes(ore(p.hourlyRateOre), p.minutes) !== p.amountOre) {
    const expected = costOfMinutes(ore(p.hourlyRateOre), p.minutes)
    throw new DomainError(
      'validation',
      da.time.imports.amountNotHoursTimesRate(formatKr(p.amountOre), formatHours(p.minutes), formatKr(p.hourlyRateOre), formatKr(expected)),
      { field: f('amountOre') }
    )
  }
  await assertDateOpen(db, projectId, p.date, f('date'))
}

export async function insertPosting(
  db: Db,
  ctx: Ctx,
  projectId: number,
  p: ManualPosting,
  source: 'manual' | 'import',
  meta: Partial<AuditMeta> = {}
): Promise<number> {
  const values: Insertable<PostingTable> = {
    project_id: projectId,
    budget_line_id: p.budgetLineId,
    posting_date: p.date,
    staff_id: p.staffId,
    minutes: p.minutes,
    hourly_rate_ore: p.hourlyRateOre,
    staff_rate_id: null,
    amount_ore: p.amountOre,
    source,
    document_ref: p.documentRef,
    description: p.description,
    reverses_posting_id: null,
    created_at: nowIso(ctx)
  }
  const row = await insertAudited(db, ctx, 'posting', values, { projectId, ...meta })
  return row.id
}

export async function createManualPosting(ctx: ServiceContext, projectId: number, p: ManualPosting): Promise<Posting> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkPosting(trx, projectId, p)
    return insertPosting(trx, ctx, projectId, p, 'manual')
  })
  return getPosting(ctx.db, projectId, id)
}

/** A correction: a posting that reverses the original (dated as it, or on `date`), and optionally its replacement. */
export async function reversePosting(
  ctx: ServiceContext,
  input: { projectId: number; postingId: number; reason: string; date?: string | undefined; replacement?: ManualPosting | undefined }
): Promise<{ reversal: Posting; replacement: Posting | null }> {
  const { projectId, postingId, reason } = input
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const original = await getPosting(trx, projectId, postingId)
    if (original.reversesPostingId !== null) throw new DomainError('conflict', e.cannotReverseReversal(postingId), { field: 'postingId' })
    if (original.reversedByPostingId !== null)
      throw new DomainError('conflict', e.alreadyReversed(postingId, original.reversedByPostingId), { field: 'postingId' })
    if (original.source === 'timesheet') throw new DomainError('conflict', e.timesheetPostingCorrection(postingId), { field: 'postingId' })
    const date = input.date ?? original.date
    await assertDateOpen(trx, projectId, date, 'date')
    const project = await requireProjectPeriod(trx, projectId)
    if (date < project.periodStart || date > project.periodEnd)
      throw new DomainError('validation', da.time.rules.outsideProject(formatDate(date), formatDate(project.periodStart), formatDate(project.periodEnd)), {
        field: 'date'
      })
    const line = await trx.selectFrom('budget_line').select('year').where('id', '=', original.budgetLineId).executeTakeFirstOrThrow()
    if (line.year !== Number(date.slice(0, 4)))
      throw new DomainError('validation', e.lineWrongYear(original.budgetLineTitle, line.year, formatDate(date)), { field: 'date' })
    const reversal = await insertAudited(
      trx,
      ctx,
      'posting',
      {
        project_id: projectId,
        budget_line_id: original.budgetLineId,
        posting_date: date,
        staff_id: original.staffId,
        minutes: original.minutes === null ? null : negateMinutes(original.minutes),
        hourly_rate_ore: original.hourlyRateOre,
        staff_rate_id: null,
        amount_ore: negateOre(original.amountOre),
        source: 'manual',
        document_ref: original.documentRef,
        description: da.ledger.reversalText(original.id, reason),
        reverses_posting_id: original.id,
        created_at: nowIso(ctx)
      },
      { projectId, action: 'reverse', reason }
    )
    let replacementId: number | null = null
    if (input.replacement) {
      await checkPosting(trx, projectId, input.replacement, 'replacement.')
      replacementId = await insertPosting(trx, ctx, projectId, input.replacement, 'manual', { reason })
    }
    return { reversal: reversal.id, replacement: replacementId }
  })
  return {
    reversal: await getPosting(ctx.db, projectId, ids.reversal),
    replacement: ids.replacement === null ? null : await getPosting(ctx.db, projectId, ids.replacement)
  }
}

/** Sum of postings per budget line (reversals included, so corrections net out). */
export async function spentByBudgetLine(db: Db, projectId: number, options: { from?: string; to?: string } = {}): Promise<Map<number, Ore>> {
  let q = db
    .selectFrom('posting')
    .select(['budget_line_id', (eb) => eb.fn.sum<number>('amount_ore').as('spent')])
    .where('project_id', '=', projectId)
    .groupBy('budget_line_id')
  if (options.from) q = q.where('posting_date', '>=', options.from)
  if (options.to) q = q.where('posting_date', '<=', options.to)
  const rows = await q.execute()
  return new Map(rows.map((r) => [r.budget_line_id, ore(Number(r.spent))]))
}
