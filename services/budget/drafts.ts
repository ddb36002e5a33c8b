// Drafting a budget version: the original budget, or a revision that starts as a copy of the budget
// in force. Only a draft's lines can change; older versions keep theirs, so every version stays
// visible. A line in a category the pool does not pay for is refused, naming the rule (seed 003).
import type { Kysely } from 'kysely'
import type { BudgetLineView, BudgetVersionSummary, LineFields } from '@shared/api/budget'
import { yearsOfPeriod } from '@shared/domain/dates'
import { checkEligibility, lineFigures } from '@shared/domain/budget/lines'
import { lineAboveGrant } from '@shared/domain/budget/limits'
import { formatKr } from '@shared/domain/money'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { projectBudgetRules } from './rules'
import { requireProject } from './projects'
import { getVersion, listVersions, openVersion, versionInForce, versionLines, type VersionRow } from './versions'
import { lineView, versionSummary } from './views'

type Db = Kysely<Database>
const t = da.budget.errors

async function requireDraft(db: Db, versionId: number): Promise<VersionRow> {
  const v = await getVersion(db, versionId)
  if (v.status !== 'draft') throw new DomainError('locked', t.notDraft, { field: 'versionId' })
  return v
}

export async function createDraft(ctx: ServiceContext, projectId: number, input: { title: string; reason: string }): Promise<BudgetVersionSummary> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await requireProject(trx, projectId)
    const open = await openVersion(trx, projectId)
    if (open) throw new DomainError('conflict', t.openVersionExists(open.number), { field: 'projectId' })
    const versions = await listVersions(trx, projectId)
    const inForce = await versionInForce(trx, projectId, '9999-12-31')
    const number = (versions[versions.length - 1]?.number ?? 0) + 1
    const kind = inForce ? 'revision' : 'original'
    const now = nowIso(ctx)
    const row = await insertAudited(
      trx,
      ctx,
      'budget_version',
      {
        project_id: projectId,
        number,
        kind,
        status: 'draft',
        title: input.title || (kind === 'original' ? da.budget.versions.originalTitle : da.budget.versions.revisionTitle(number)),
        reason: input.reason,
        base_version_id: inForce?.id ?? null,
        sent_date: null,
        effective_date: null,
        decided_date: null,
        star_reference: '',
        decision_note: '',
        decided_by_name: null,
        decided_by_role: null,
        created_at: now,
        updated_at: now
      },
      { projectId }
    )
    if (inForce) {
      // A revision starts as a copy of the budget in force.
      const figures = await trx.selectFrom('budget_line_figures').selectAll().where('version_id', '=', inForce.id).orderBy('id').execute()
      for (const f of figures) {
        await insertAudited(
          trx,
          ctx,
          'budget_line_figures',
          {
            version_id: row.id,
            budget_line_id: f.budget_line_id,
            staff_count: f.staff_count,
            hourly_rate_ore: f.hourly_rate_ore,
            minutes: f.minutes,
            amount_ore: f.amount_ore,
            note: f.note,
            created_at: now,
            updated_at: now
          },
          { projectId }
        )
      }
    }
    return row.id
  })
  return versionSummary(ctx, id)
}

/** Deletes a line identity nobody refers to any more (no version, no posting). */
async function dropOrphanLine(trx: Db, ctx: ServiceContext, budgetLineId: number, projectId: number): Promise<void> {
  const used = await trx.selectFrom('budget_line_figures').select('id').where('budget_line_id', '=', budgetLineId).executeTakeFirst()
  const posted = await trx.selectFrom('posting').select('id').where('budget_line_id', '=', budgetLineId).executeTakeFirst()
  if (!used && !posted) await deleteAudited(trx, ctx, 'budget_line', budgetLineId, { projectId })
}

export async function deleteDraft(ctx: ServiceContext, versionId: number): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const v = await requireDraft(trx, versionId)
    const figures = await trx.selectFrom('budget_line_figures').select(['id', 'budget_line_id']).where('version_id', '=', versionId).execute()
    for (const f of figures) await deleteAudited(trx, ctx, 'budget_line_figures', f.id, { projectId: v.project_id })
    for (const f of figures) await dropOrphanLine(trx, ctx, f.budget_line_id, v.project_id)
    await deleteAudited(trx, ctx, 'budget_version', versionId, { projectId: v.project_id })
  })
  return { deleted: true }
}

async function validateLine(trx: Db, v: VersionRow, input: LineFields) {
  const project = await requireProject(trx, v.project_id)
  const rules = await projectBudgetRules(trx, v.project_id)
  const check = checkEligibility(rules, input.categoryKey)
  if (!check.ok) {
    if (check.reason === 'unknown') throw new DomainError('validation', t.unknownCategory(input.categoryKey), { field: 'categoryKey' })
    throw new DomainError('rule', t.ineligible(check.category!.label, check.category!.ruleText), { field: 'categoryKey' })
  }
  if (!yearsOfPeriod(project.periodStart, project.periodEnd).includes(input.year)) {
    throw new DomainError('validation', t.yearOutsidePeriod(input.year), { field: 'year' })
  }
  const figures = lineFigures(check.category.kind, input)
  if ('missing' in figures) throw new DomainError('validation', t.missingFigure(da.budget.fields[figures.missing]!), { field: figures.missing })
  if (lineAboveGrant(figures.amountOre, project.grantAmountOre)) {
    // A salary line's amount is computed, so the message names the field the user typed.
    const label = figures.staffCount === null ? da.budget.ui.lineForm.amount : da.budget.ui.lines.amount
    throw new DomainError('rule', t.lineAboveGrant(label, formatKr(figures.amountOre), formatKr(project.grantAmountOre)), {
      field: figures.staffCount === null ? 'amountOre' : 'minutes'
    })
  }
  return { figures, rules }
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

export async function addLine(ctx: ServiceContext, versionId: number, input: LineFields): Promise<BudgetLineView> {
  const { lineId, rules } = await ctx.db.transaction().execute(async (trx) => {
    const v = await requireDraft(trx, versionId)
    const { figures, rules } = await validateLine(trx, v, input)
    const meta = { projectId: v.project_id }
    const inVersion = await versionLines(trx, versionId)
    if (inVersion.some((l) => l.year === input.year && sameTitle(l.title, input.title))) {
      throw new DomainError('conflict', t.duplicateLine(input.year, input.title), { field: 'title' })
    }
    // A line that existed before (e.g. removed in this draft) keeps its identity, so the ledger's
    // postings and the history of the line stay together.
    const identities = await trx
      .selectFrom('budget_line')
      .selectAll()
      .where('project_id', '=', v.project_id)
      .where('year', '=', input.year)
      .where('category_key', '=', input.categoryKey)
      .execute()
    const now = nowIso(ctx)
    const identity =
      identities.find((l) => sameTitle(l.title, input.title)) ??
      (await insertAudited(
        trx,
        ctx,
        'budget_line',
        { project_id: v.project_id, year: input.year, category_key: input.categoryKey, title: input.title.trim(), created_at: now, updated_at: now },
        meta
      ))
    await insertAudited(
      trx,
      ctx,
      'budget_line_figures',
      {
        version_id: versionId,
        budget_line_id: identity.id,
        staff_count: figures.staffCount,
        hourly_rate_ore: figures.hourlyRateOre,
        minutes: figures.minutes,
        amount_ore: figures.amountOre,
        note: input.note,
        created_at: now,
        updated_at: now
      },
      meta
    )
    return { lineId: identity.id, rules }
  })
  const line = (await versionLines(ctx.db, versionId)).find((l) => l.budgetLineId === lineId)!
  return lineView(line, rules)
}

/** The figures a draft holds for one of its lines, or a not-found DomainError. */
async function requireLineFigures(db: Db, versionId: number, budgetLineId: number): Promise<{ id: number }> {
  const row = await db
    .selectFrom('budget_line_figures')
    .select('id')
    .where('version_id', '=', versionId)
    .where('budget_line_id', '=', budgetLineId)
    .executeTakeFirst()
  if (!row) throw new DomainError('not_found', t.lineNotFound(budgetLineId), { field: 'budgetLineId' })
  return row
}

export async function updateLine(ctx: ServiceContext, versionId: number, budgetLineId: number, input: LineFields): Promise<BudgetLineView> {
  const rules = await ctx.db.transaction().execute(async (trx) => {
    const v = await requireDraft(trx, versionId)
    const figuresRow = await requireLineFigures(trx, versionId, budgetLineId)
    const { figures, rules } = await validateLine(trx, v, input)
    const meta = { projectId: v.project_id }
    const identity = await trx.selectFrom('budget_line').selectAll().where('id', '=', budgetLineId).executeTakeFirstOrThrow()
    const identityChanged = identity.year !== input.year || identity.category_key !== input.categoryKey || identity.title !== input.title.trim()
    if (identityChanged) {
      const elsewhere = await trx
        .selectFrom('budget_line_figures')
        .select('id')
        .where('budget_line_id', '=', budgetLineId)
        .where('version_id', '!=', versionId)
        .executeTakeFirst()
      const posted = await trx.selectFrom('posting').select('id').where('budget_line_id', '=', budgetLineId).executeTakeFirst()
      if (elsewhere || posted) throw new DomainError('locked', t.identityLocked, { field: 'title' })
      const inVersion = await versionLines(trx, versionId)
      if (inVersion.some((l) => l.budgetLineId !== budgetLineId && l.year === input.year && sameTitle(l.title, input.title))) {
        throw new DomainError('conflict', t.duplicateLine(input.year, input.title), { field: 'title' })
      }
      await updateAudited(
        trx,
        ctx,
        'budget_line',
        budgetLineId,
        { year: input.year, category_key: input.categoryKey, title: input.title.trim(), updated_at: nowIso(ctx) },
        meta
      )
    }
    await updateAudited(
      trx,
      ctx,
      'budget_line_figures',
      figuresRow.id,
      {
        staff_count: figures.staffCount,
        hourly_rate_ore: figures.hourlyRateOre,
        minutes: figures.minutes,
        amount_ore: figures.amountOre,
        note: input.note,
        updated_at: nowIso(ctx)
      },
      meta
    )
    return rules
  })
  const line = (await versionLines(ctx.db, versionId)).find((l) => l.budgetLineId === budgetLineId)!
  return lineView(line, rules)
}

export async function removeLine(ctx: ServiceContext, versionId: number, budgetLineId: number): Promise<{ removed: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const v = await requireDraft(trx, versionId)
    const row = await requireLineFigures(trx, versionId, budgetLineId)
    await deleteAudited(trx, ctx, 'budget_line_figures', row.id, { projectId: v.project_id })
    await dropOrphanLine(trx, ctx, budgetLineId, v.project_id)
  })
  return { removed: true }
}
