// The rules of a grant pool are settings, not code (docs/domain.md: "Where a rule differs between
// grant pools, the product keeps it as a setting of the pool"). Each domain owns one section of
// them ('budget', 'meetings', 'results') with its own zod schema and the rules shipped for each
// pool key (shared/domain/<domain>/poolRules.ts). A pool that has no saved row for a section uses
// the shipped rules for its key; a user's edit is saved through the audit trail.
import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited } from '../audit/audit'

type Db = Kysely<Database>

type PoolRulesSection = 'budget' | 'meetings' | 'results' | 'time'

export interface PoolRulesDefinition<S extends z.ZodType> {
  section: PoolRulesSection
  schema: S
  /** The rules shipped with the app for a pool key (FSM2, FSM1, HRF, or a user's own pool). */
  shipped: (poolKey: string) => z.output<S>
}

export async function poolKeyOf(db: Db, poolId: number): Promise<string> {
  const pool = await db.selectFrom('grant_pool').select('key').where('id', '=', poolId).executeTakeFirst()
  if (!pool) throw new DomainError('not_found', da.core.errors.poolNotFound(poolId), { field: 'poolId' })
  return pool.key
}

/** The rules of one section from a pool's key and its saved row's JSON (none saved: the shipped ones). */
export function poolRulesOf<S extends z.ZodType>(def: PoolRulesDefinition<S>, key: string, rulesJson: string | null | undefined): z.output<S> {
  if (rulesJson === null || rulesJson === undefined) return def.shipped(key)
  const parsed = def.schema.safeParse(JSON.parse(rulesJson))
  // Saved rules that no longer parse (an older version's shape) fall back to the shipped rules
  // rather than stopping the app; the saved row stays in the audit trail.
  return parsed.success ? parsed.data : def.shipped(key)
}

/** A pool's key and its saved row of one section (null when none is saved), as one query. */
function poolWithSavedRules(db: Db, section: PoolRulesSection) {
  return db
    .selectFrom('grant_pool')
    .leftJoin('grant_pool_rules', (join) => join.onRef('grant_pool_rules.pool_id', '=', 'grant_pool.id').on('grant_pool_rules.section', '=', section))
    .select(['grant_pool.key', 'grant_pool_rules.rules_json'])
}

/**
 * The pool's rules for one section: the saved ones, else the shipped ones for its key. The pool's key
 * and its saved row are one query: most calls read rules, and each query has its cost (#14).
 */
export async function readPoolRules<S extends z.ZodType>(db: Db, poolId: number, def: PoolRulesDefinition<S>): Promise<z.output<S>> {
  const row = await poolWithSavedRules(db, def.section).where('grant_pool.id', '=', poolId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', da.core.errors.poolNotFound(poolId), { field: 'poolId' })
  return poolRulesOf(def, row.key, row.rules_json)
}

/** The rules of the pool a project belongs to: the project, its pool and the pool's saved row in one query. */
export async function readProjectPoolRules<S extends z.ZodType>(db: Db, projectId: number, def: PoolRulesDefinition<S>): Promise<z.output<S>> {
  const row = await poolWithSavedRules(db, def.section)
    .innerJoin('project', 'project.pool_id', 'grant_pool.id')
    .where('project.id', '=', projectId)
    .executeTakeFirst()
  if (!row) throw new DomainError('not_found', da.core.errors.projectNotFound(projectId), { field: 'projectId' })
  return poolRulesOf(def, row.key, row.rules_json)
}

/** Saves a pool's rules for one section (validated by the section's schema), audited. */
export async function writePoolRules<S extends z.ZodType>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  poolId: number,
  def: PoolRulesDefinition<S>,
  rules: z.input<S>,
  options: { reason?: string } = {}
): Promise<z.output<S>> {
  await poolKeyOf(db, poolId)
  const value = def.schema.parse(rules) as z.output<S>
  const json = JSON.stringify(value)
  const existing = await db.selectFrom('grant_pool_rules').select('id').where('pool_id', '=', poolId).where('section', '=', def.section).executeTakeFirst()
  const meta = { projectId: null, reason: options.reason ?? null }
  if (existing) await updateAudited(db, ctx, 'grant_pool_rules', existing.id, { rules_json: json, updated_at: nowIso(ctx) }, meta)
  else await insertAudited(db, ctx, 'grant_pool_rules', { pool_id: poolId, section: def.section, rules_json: json, updated_at: nowIso(ctx) }, meta)
  return value
}
