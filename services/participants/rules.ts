// The 'results' section of the pool rules (services/core/poolRules.ts) and a project's own targets.
import type { Kysely } from 'kysely'
import { resultsRulesSchema, shippedResultsRules, targetsSchema, type ResultsRules, type Targets } from '@shared/domain/participants/poolRules'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited, deleteAudited } from '../audit/audit'
import { budgetRulesDefinition } from '@shared/domain/budget/poolRules'
import { resultConditionsOfInstalments, type ResultCondition } from '@shared/domain/participants/resultConditions'
import { poolKeyOf, poolRulesOf, readPoolRules, writePoolRules, type PoolRulesDefinition } from '../pools/rules'

type Db = Kysely<Database>

const resultsRulesDefinition: PoolRulesDefinition<typeof resultsRulesSchema> = {
  section: 'results',
  schema: resultsRulesSchema,
  shipped: shippedResultsRules
}

export interface ProjectRules {
  projectId: number
  poolId: number
  poolKey: string
  poolName: string
  periodStart: string
  periodEnd: string
  rules: ResultsRules
  /** The pool's result conditions: the result tiers of its instalments (the budget section). */
  resultConditions: ResultCondition[]
  /** The project's own targets over the pool's. */
  targets: Targets
  projectTargets: Partial<Targets>
}

const projectTargetsSchema = targetsSchema.partial()

/** A project's own targets from their saved JSON (none, or a shape that no longer parses: none). */
function projectTargetsOf(targetsJson: string | null | undefined): Partial<Targets> {
  if (targetsJson === null || targetsJson === undefined) return {}
  const parsed = projectTargetsSchema.safeParse(JSON.parse(targetsJson))
  return parsed.success ? parsed.data : {}
}

function mergeTargets(pool: Targets, project: Partial<Targets>): Targets {
  const out = { ...pool }
  for (const [k, v] of Object.entries(project) as [keyof Targets, number | null | undefined][]) {
    if (v !== undefined) (out as Record<string, number | null>)[k] = v
  }
  return out
}

/**
 * The project, its pool's results and budget rules and its own targets, read in one query: every
 * KPI, focus list and Pareto view starts here, and the quarterly pack asks several of them (#14).
 */
export async function loadProjectRules(db: Db, projectId: number): Promise<ProjectRules> {
  const project = await db
    .selectFrom('project')
    .innerJoin('grant_pool', 'grant_pool.id', 'project.pool_id')
    .leftJoin('grant_pool_rules as results', (join) =>
      join.onRef('results.pool_id', '=', 'grant_pool.id').on('results.section', '=', resultsRulesDefinition.section)
    )
    .leftJoin('grant_pool_rules as budget', (join) =>
      join.onRef('budget.pool_id', '=', 'grant_pool.id').on('budget.section', '=', budgetRulesDefinition.section)
    )
    .leftJoin('participant_project_targets as targets', 'targets.project_id', 'project.id')
    .select([
      'project.id',
      'project.pool_id',
      'project.period_start',
      'project.period_end',
      'grant_pool.key',
      'grant_pool.name',
      'results.rules_json as results_json',
      'budget.rules_json as budget_json',
      'targets.targets_json'
    ])
    .where('project.id', '=', projectId)
    .executeTakeFirst()
  if (!project) throw new DomainError('not_found', da.core.errors.projectNotFound(projectId), { field: 'projectId' })
  const rules = poolRulesOf(resultsRulesDefinition, project.key, project.results_json)
  const resultConditions = resultConditionsOfInstalments(poolRulesOf(budgetRulesDefinition, project.key, project.budget_json))
  const projectTargets = projectTargetsOf(project.targets_json)
  return {
    projectId,
    poolId: project.pool_id,
    poolKey: project.key,
    poolName: project.name,
    periodStart: project.period_start,
    periodEnd: project.period_end,
    rules,
    resultConditions,
    targets: mergeTargets(rules.targets, projectTargets),
    projectTargets
  }
}

export async function rulesView(db: Db, poolId: number) {
  const key = await poolKeyOf(db, poolId)
  const pool = await db.selectFrom('grant_pool').select(['name']).where('id', '=', poolId).executeTakeFirstOrThrow()
  const saved = await db.selectFrom('grant_pool_rules').select('id').where('pool_id', '=', poolId).where('section', '=', 'results').executeTakeFirst()
  const rules = await readPoolRules(db, poolId, resultsRulesDefinition)
  return { poolId, poolKey: key, poolName: pool.name, rules, shipped: !saved }
}

export async function saveRules(ctx: ServiceContext, poolId: number, rules: ResultsRules, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await writePoolRules(trx, ctx, poolId, resultsRulesDefinition, rules, { reason: reason || null } as { reason?: string })
  })
  return rulesView(ctx.db, poolId)
}

/** Removes the saved edit so the pool uses the shipped rules again (audited). */
export async function resetRules(ctx: ServiceContext, poolId: number, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await poolKeyOf(trx, poolId)
    const saved = await trx.selectFrom('grant_pool_rules').select('id').where('pool_id', '=', poolId).where('section', '=', 'results').executeTakeFirst()
    if (saved) await deleteAudited(trx, ctx, 'grant_pool_rules', saved.id, { projectId: null, reason: reason || null })
  })
  return rulesView(ctx.db, poolId)
}

export async function saveProjectTargets(ctx: ServiceContext, projectId: number, targets: Partial<Targets>, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await loadProjectRules(trx, projectId)
    const json = JSON.stringify(targets)
    const row = await trx.selectFrom('participant_project_targets').select('id').where('project_id', '=', projectId).executeTakeFirst()
    const meta = { projectId, reason: reason || null }
    if (row) await updateAudited(trx, ctx, 'participant_project_targets', row.id, { targets_json: json, updated_at: nowIso(ctx) }, meta)
    else await insertAudited(trx, ctx, 'participant_project_targets', { project_id: projectId, targets_json: json, updated_at: nowIso(ctx) }, meta)
  })
  const r = await loadProjectRules(ctx.db, projectId)
  return { projectTargets: r.projectTargets, targets: r.targets }
}
