// Interim and final accounts (delregnskab / slutregnskab): for a chosen period, the costs of each
// budget line against the approved budget, signed by management (name, title, date; docs/domain.md
// rule 5 «Instalments in arrears»: "ledelsespåtegnet delregnskab"). The signed figures are kept as
// signed, and the period is closed: timesheets, postings and imports dated inside it are refused.
import type { Account, AccountFigures, AccountPreview } from '@shared/api/accounts'
import { accountFigures } from '@shared/domain/time/accounts'
import { overlap, weekDates } from '@shared/domain/time/calendar'
import { formatDate, yearsOfPeriod } from '@shared/domain/dates'
import { formatHours, sumMinutes } from '@shared/domain/duration'
import { ore, sumOre, ZERO_ORE, type Ore } from '@shared/domain/money'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, todayIso, type ServiceContext } from '../context'
import type { AuditAnchor } from '@shared/api/audit'
import { actionAnchors } from '../audit/head'
import { insertAudited, updateAudited } from '../audit/audit'
import { getProject } from '../core/projects'
import { activeSpan, modeOf, readCalendarSettings, readTimeRules, requireProjectPeriod, type AccountRow, type Db } from '../time/common'
import { approvedWeeks } from '../time/weekRecords'
import { approvedBudgetByLine } from './budgetSource'
import { firstDayOf, formatMonth, lastDayOf, monthOf, monthsFromTo } from '@shared/domain/months'

const e = da.time.errors
const t = da.accounts

async function accountFiguresFor(db: Db, projectId: number, from: string, to: string, asOf?: string): Promise<AccountFigures> {
  const years = yearsOfPeriod(from, to)
  const lines = await db.selectFrom('budget_line').selectAll().where('project_id', '=', projectId).execute()
  const postings = await db
    .selectFrom('posting')
    .select(['budget_line_id', 'staff_id', 'source', 'amount_ore', 'minutes'])
    .where('project_id', '=', projectId)
    .where('posting_date', '>=', from)
    .where('posting_date', '<=', to)
    .execute()
  const actual = new Map<number, Ore>()
  for (const p of postings) actual.set(p.budget_line_id, ore((actual.get(p.budget_line_id) ?? 0) + p.amount_ore))
  const budget = await approvedBudgetByLine(db, projectId, asOf)
  const figures = accountFigures(
    lines
      .filter((l) => years.includes(l.year) || actual.has(l.id))
      .map((l) => ({
        budgetLineId: l.id,
        year: l.year,
        categoryKey: l.category_key,
        title: l.title,
        budgetOre: budget.get(l.id) ?? ZERO_ORE,
        actualOre: actual.get(l.id) ?? ZERO_ORE
      }))
  )
  const staff = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  const rules = await readTimeRules(db, projectId)
  const hoursByStaff = staff
    .map((s) => {
      const own = postings.filter((p) => p.staff_id === s.id)
      return {
        staffId: s.id,
        staffName: s.name,
        mode: modeOf(s, rules),
        minutes: sumMinutes(own.filter((p) => p.source === 'timesheet').map((p) => p.minutes ?? 0)),
        amountOre: sumOre(own.map((p) => p.amount_ore))
      }
    })
    .filter((s) => s.minutes !== 0 || s.amountOre !== 0)
  return { ...figures, hoursByStaff, postingCount: postings.length }
}

async function checkPeriod(db: Db, projectId: number, kind: 'interim' | 'final', from: string, to: string) {
  const project = await requireProjectPeriod(db, projectId)
  if (to < from) throw new DomainError('validation', e.periodOrder, { field: 'periodTo' })
  if (from < project.periodStart || to > project.periodEnd) {
    throw new DomainError('validation', e.accountOutsideProject(formatDate(project.periodStart), formatDate(project.periodEnd)), {
      field: from < project.periodStart ? 'periodFrom' : 'periodTo'
    })
  }
  if (kind === 'final' && (from !== project.periodStart || to !== project.periodEnd)) {
    throw new DomainError('validation', e.finalWholePeriod(formatDate(project.periodStart), formatDate(project.periodEnd)), { field: 'periodFrom' })
  }
  return project
}

export async function previewAccount(db: Db, projectId: number, kind: 'interim' | 'final', from: string, to: string, asOf?: string): Promise<AccountPreview> {
  const project = await checkPeriod(db, projectId, kind, from, to)
  const full = await getProject(db, projectId)
  const figures = await accountFiguresFor(db, projectId, from, to, asOf)
  const blockers: string[] = []
  const warnings: string[] = []
  const staff = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  const rules = await readTimeRules(db, projectId)
  const monthRows = await db.selectFrom('time_month').select(['staff_id', 'month', 'status']).where('project_id', '=', projectId).execute()
  const status = new Map(monthRows.map((m) => [`${m.staff_id}|${m.month}`, m.status]))
  const entries = await db
    .selectFrom('time_entry')
    .select(['staff_id', 'entry_date', 'minutes'])
    .where('project_id', '=', projectId)
    .where('entry_date', '>=', firstDayOf(from.slice(0, 7)))
    .where('entry_date', '<=', lastDayOf(to.slice(0, 7)))
    .execute()
  // Hours approved week by week are approved too (shared/domain/time/weekApproval.ts).
  const weeks = await approvedWeeks(db, projectId, { from: firstDayOf(from.slice(0, 7)), to: lastDayOf(to.slice(0, 7)) })
  const weekApproved = new Set(weeks.flatMap((w) => weekDates(w.week_start).map((d) => `${w.staff_id}|${d}`)))
  const { requireEmployeeSignature } = await readCalendarSettings(db, projectId)
  for (const s of staff) {
    const span = activeSpan(project, s)
    const inPeriod = overlap(from, to, span.from, span.to)
    if (!inPeriod) continue
    for (const month of monthsFromTo(monthOf(inPeriod.from), monthOf(inPeriod.to))) {
      const st = status.get(`${s.id}|${month}`) ?? 'open'
      if (st === 'approved') continue
      const label = formatMonth(month)
      if (modeOf(s, rules) === 'statement') {
        warnings.push(t.missingStatement(s.name, label))
        continue
      }
      const own = entries.filter((x) => x.staff_id === s.id && x.entry_date.startsWith(month))
      const unapproved = own.filter((x) => !weekApproved.has(`${s.id}|${x.entry_date}`)).reduce((sum, x) => sum + x.minutes, 0)
      const byWeeks = own.some((x) => x.minutes > 0 && weekApproved.has(`${s.id}|${x.entry_date}`))
      if (unapproved > 0) blockers.push(t.unapprovedHours(s.name, label, formatHours(unapproved), da.time.status[st as 'open' | 'signed']))
      else if (byWeeks && requireEmployeeSignature && st === 'open') warnings.push(t.weeksNotSigned(s.name, label))
      else if (!byWeeks) warnings.push(t.noHours(s.name, label))
    }
  }
  const same = await db
    .selectFrom('account')
    .select(['id', 'signed_on', 'signed_by_name'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'signed')
    .where('kind', '=', kind)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .executeTakeFirst()
  if (same) blockers.unshift(t.alreadySigned(formatDate(same.signed_on), same.signed_by_name))
  return {
    kind,
    periodFrom: from,
    periodTo: to,
    figures,
    blockers,
    warnings,
    defaultStatement: t.defaultStatement(kind, full.title, full.municipality, full.caseNumber, full.poolName, formatDate(from), formatDate(to))
  }
}

function toAccount(r: AccountRow, signatureAnchor: AuditAnchor | null): Account {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind as Account['kind'],
    periodFrom: r.period_from,
    periodTo: r.period_to,
    status: r.status as Account['status'],
    signedByName: r.signed_by_name,
    signedByTitle: r.signed_by_title,
    signedOn: r.signed_on,
    signedAt: r.signed_at,
    osUser: r.os_user,
    statementText: r.statement_text,
    figures: JSON.parse(r.figures_json) as AccountFigures,
    withdrawnReason: r.withdrawn_reason,
    withdrawnAt: r.withdrawn_at,
    signatureAnchor
  }
}

export async function listAccounts(db: Db, projectId: number): Promise<Account[]> {
  await requireProjectPeriod(db, projectId)
  const rows = await db.selectFrom('account').selectAll().where('project_id', '=', projectId).orderBy('period_from').orderBy('id').execute()
  const anchors = await actionAnchors(
    db,
    'account',
    'sign',
    rows.map((r) => r.id)
  )
  return rows.map((r) => toAccount(r, anchors.get(r.id) ?? null))
}

export async function getAccount(db: Db, projectId: number, accountId: number): Promise<Account> {
  const r = await db.selectFrom('account').selectAll().where('id', '=', accountId).executeTakeFirst()
  if (!r || r.project_id !== projectId) throw new DomainError('not_found', e.accountNotFound(accountId), { field: 'accountId' })
  const anchors = await actionAnchors(db, 'account', 'sign', [r.id])
  return toAccount(r, anchors.get(r.id) ?? null)
}

interface SignAccountInput {
  projectId: number
  kind: 'interim' | 'final'
  periodFrom: string
  periodTo: string
  signedByName: string
  signedByTitle: string
  signedOn: string
  statementText: string
}

export async function signAccount(ctx: ServiceContext, input: SignAccountInput): Promise<Account> {
  const id = await ctx.db.transaction().execute((trx) => signAccountIn(trx, ctx, input))
  return getAccount(ctx.db, input.projectId, id)
}

/** Management's signature on an account, inside the caller's transaction; returns the account's id. */
export async function signAccountIn(trx: Db, ctx: ServiceContext, input: SignAccountInput): Promise<number> {
  const preview = await previewAccount(trx, input.projectId, input.kind, input.periodFrom, input.periodTo, input.signedOn)
  if (preview.blockers.length > 0) {
    throw new DomainError('conflict', t.cannotSign(preview.blockers.length, preview.blockers[0]!), {
      details: preview.blockers.map((message) => ({ message }))
    })
  }
  if (input.signedOn > todayIso(ctx)) throw new DomainError('validation', e.signedInFuture, { field: 'signedOn' })
  const now = nowIso(ctx)
  const row = await insertAudited(
    trx,
    ctx,
    'account',
    {
      project_id: input.projectId,
      kind: input.kind,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      status: 'signed',
      signed_by_name: input.signedByName,
      signed_by_title: input.signedByTitle,
      signed_on: input.signedOn,
      signed_at: now,
      os_user: ctx.osUser,
      statement_text: input.statementText,
      figures_json: JSON.stringify(preview.figures),
      total_cost_ore: preview.figures.totals.actualOre,
      total_budget_ore: preview.figures.totals.budgetOre,
      withdrawn_reason: null,
      withdrawn_at: null,
      created_at: now,
      updated_at: now
    },
    { projectId: input.projectId, action: 'sign', actorName: input.signedByName, actorRole: input.signedByTitle }
  )
  return row.id
}

export async function withdrawAccount(
  ctx: ServiceContext,
  input: { projectId: number; accountId: number; reason: string; actorName: string }
): Promise<Account> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await getAccount(trx, input.projectId, input.accountId)
    if (a.status !== 'signed') throw new DomainError('conflict', e.accountNotSigned, { field: 'accountId' })
    const now = nowIso(ctx)
    await updateAudited(
      trx,
      ctx,
      'account',
      a.id,
      { status: 'withdrawn', withdrawn_reason: input.reason, withdrawn_at: now, updated_at: now },
      { projectId: input.projectId, action: 'unlock', reason: input.reason, actorName: input.actorName }
    )
  })
  return getAccount(ctx.db, input.projectId, input.accountId)
}
