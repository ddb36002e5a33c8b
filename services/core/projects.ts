// Projects: master data, grant and the grant's split by calendar year.
import type { Kysely } from 'kysely'
import type { Project, ProjectSummary } from '@shared/api/core'
import type { ParsedInputOf } from '@shared/api/define'
import type { coreApi } from '@shared/api/core'
import { checkGrantSplit } from '@shared/domain/grantSplit'
import { yearsOfPeriod } from '@shared/domain/dates'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { columnsOf } from '../db/columns'
import { type ServiceContext, nowIso } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'

type ProjectInput = ParsedInputOf<(typeof coreApi)['projects.create']>
type Db = Kysely<Database>

export async function listProjects(db: Db): Promise<ProjectSummary[]> {
  const rows = await db
    .selectFrom('project')
    .innerJoin('grant_pool', 'grant_pool.id', 'project.pool_id')
    .select([
      'project.id',
      'project.municipality',
      'project.title',
      'grant_pool.name as pool_name',
      'project.period_start',
      'project.period_end',
      'project.grant_amount_ore',
      'project.is_demo'
    ])
    .orderBy('project.is_demo', 'asc')
    .orderBy('project.title')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    municipality: r.municipality,
    title: r.title,
    poolName: r.pool_name,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    grantAmountOre: r.grant_amount_ore,
    isDemo: r.is_demo === 1
  }))
}

export async function getProject(db: Db, projectId: number): Promise<Project> {
  const r = await db
    .selectFrom('project')
    .innerJoin('grant_pool', 'grant_pool.id', 'project.pool_id')
    .selectAll('project')
    .select(['grant_pool.name as pool_name', 'grant_pool.key as pool_key', 'grant_pool.finance_act as finance_act'])
    .where('project.id', '=', projectId)
    .executeTakeFirst()
  if (!r) throw new DomainError('not_found', da.core.errors.projectNotFound(projectId), { field: 'projectId' })
  const years = await db.selectFrom('project_grant_year').select(['year', 'amount_ore']).where('project_id', '=', projectId).orderBy('year').execute()
  const grantByYear = years.map((y) => ({ year: y.year, amountOre: y.amount_ore }))
  return {
    id: r.id,
    municipality: r.municipality,
    title: r.title,
    poolId: r.pool_id,
    poolName: r.pool_name,
    poolKey: r.pool_key,
    financeAct: r.finance_act,
    caseNumber: r.case_number,
    responsible: r.responsible,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    amountAppliedOre: r.amount_applied_ore,
    grantAmountOre: r.grant_amount_ore,
    grantByYear,
    grantSplit: checkGrantSplit(r.grant_amount_ore, grantByYear, yearsOfPeriod(r.period_start, r.period_end)),
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

/** The project's own columns, as a new project and a changed one write them. */
function projectColumns(input: ProjectInput) {
  return columnsOf(input, ['poolId', 'municipality', 'title', 'caseNumber', 'responsible', 'periodStart', 'periodEnd', 'amountAppliedOre', 'grantAmountOre'])
}

/** Field rules beyond the contract's types: period order, years of the split. */
function validateProjectInput(input: ProjectInput): void {
  if (input.periodEnd < input.periodStart) {
    throw new DomainError('validation', `${da.validationMessages.fieldPrefix(da.core.fields.periodEnd!)}: ${da.core.errors.periodOrder}`, {
      field: 'periodEnd'
    })
  }
  const years = yearsOfPeriod(input.periodStart, input.periodEnd)
  const seen = new Set<number>()
  for (const y of input.grantByYear) {
    if (seen.has(y.year)) throw new DomainError('validation', da.core.errors.duplicateYear(y.year), { field: 'grantByYear' })
    seen.add(y.year)
    if (!years.includes(y.year)) throw new DomainError('validation', da.core.errors.yearOutsidePeriod(y.year), { field: 'grantByYear' })
  }
}

async function requirePool(db: Db, poolId: number): Promise<void> {
  const pool = await db.selectFrom('grant_pool').select('id').where('id', '=', poolId).executeTakeFirst()
  if (!pool) throw new DomainError('validation', da.core.errors.poolNotFound(poolId), { field: 'poolId' })
}

async function writeGrantYears(db: Db, ctx: ServiceContext, projectId: number, split: ProjectInput['grantByYear']): Promise<void> {
  const existing = await db.selectFrom('project_grant_year').selectAll().where('project_id', '=', projectId).execute()
  const wanted = new Map(split.map((s) => [s.year, s.amountOre]))
  for (const row of existing) {
    const amount = wanted.get(row.year)
    if (amount === undefined) await deleteAudited(db, ctx, 'project_grant_year', row.id, { projectId })
    else if (amount !== row.amount_ore) await updateAudited(db, ctx, 'project_grant_year', row.id, { amount_ore: amount }, { projectId })
    wanted.delete(row.year)
  }
  for (const [year, amount] of wanted) {
    await insertAudited(db, ctx, 'project_grant_year', { project_id: projectId, year, amount_ore: amount }, { projectId })
  }
}

export async function createProject(ctx: ServiceContext, input: ProjectInput, options: { isDemo?: boolean } = {}): Promise<Project> {
  validateProjectInput(input)
  const projectId = await ctx.db.transaction().execute(async (trx) => {
    await requirePool(trx, input.poolId)
    const now = nowIso(ctx)
    const row = await insertAudited(
      trx,
      ctx,
      'project',
      {
        ...projectColumns(input),
        is_demo: options.isDemo ? 1 : 0,
        created_at: now,
        updated_at: now
      },
      { projectId: null }
    )
    await writeGrantYears(trx, ctx, row.id, input.grantByYear)
    return row.id
  })
  return getProject(ctx.db, projectId)
}

export async function updateProject(ctx: ServiceContext, projectId: number, input: ProjectInput): Promise<Project> {
  validateProjectInput(input)
  await ctx.db.transaction().execute(async (trx) => {
    await getProject(trx, projectId)
    await requirePool(trx, input.poolId)
    await updateAudited(trx, ctx, 'project', projectId, { ...projectColumns(input), updated_at: nowIso(ctx) }, { projectId })
    await writeGrantYears(trx, ctx, projectId, input.grantByYear)
  })
  return getProject(ctx.db, projectId)
}
