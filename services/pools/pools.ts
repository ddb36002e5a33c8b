// Grant pools (master data): the list, one pool, creating and changing one. Each domain keeps its
// own section of the pool's rules (services/pools/rules.ts stores them).
import type { Kysely } from 'kysely'
import type { PoolDetail, PoolSummary } from '@shared/api/pools'
import { budgetRulesDefinition } from '@shared/domain/budget/poolRules'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, recordAudit, updateAudited } from '../audit/audit'
import { poolKeyOf, readPoolRules, writePoolRules } from './rules'

type Db = Kysely<Database>

export async function getPool(db: Db, poolId: number): Promise<PoolDetail> {
  const row = await db.selectFrom('grant_pool').selectAll().where('id', '=', poolId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', da.core.errors.poolNotFound(poolId), { field: 'poolId' })
  const count = await db
    .selectFrom('project')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pool_id', '=', poolId)
    .executeTakeFirstOrThrow()
  return { id: row.id, key: row.key, name: row.name, financeAct: row.finance_act, projectCount: Number(count.n) }
}

async function requireUniqueKey(db: Db, key: string, exceptId: number | null): Promise<void> {
  const other = await db.selectFrom('grant_pool').select(['id', 'key']).execute()
  if (other.some((p) => p.key.toLowerCase() === key.toLowerCase() && p.id !== exceptId)) {
    throw new DomainError('conflict', da.budget.errors.poolKeyTaken(key), { field: 'key' })
  }
}

/**
 * The pools shipped by migration 0001 were inserted without audit entries. Before the first audited
 * change to grant_pool, each such row gets its baseline entry, so that `verify` can check every
 * pool row (and does not report the shipped ones as inserted behind the app's back).
 */
async function ensurePoolBaseline(db: Db, ctx: ServiceContext): Promise<void> {
  const audited = new Set((await db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'grant_pool').execute()).map((r) => r.entity_id))
  const rows = await db.selectFrom('grant_pool').selectAll().orderBy('id').execute()
  for (const row of rows) {
    if (audited.has(String(row.id))) continue
    await recordAudit(db, ctx, {
      entity: 'grant_pool',
      entityId: row.id,
      before: null,
      after: row,
      projectId: null,
      action: 'create',
      reason: da.budget.pools.shippedReason
    })
  }
}

export async function createPool(ctx: ServiceContext, input: { key: string; name: string; financeAct: string }): Promise<PoolDetail> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await requireUniqueKey(trx, input.key, null)
    await ensurePoolBaseline(trx, ctx)
    const now = nowIso(ctx)
    const row = await insertAudited(
      trx,
      ctx,
      'grant_pool',
      { key: input.key, name: input.name, finance_act: input.financeAct, created_at: now, updated_at: now },
      { projectId: null }
    )
    return row.id
  })
  return getPool(ctx.db, id)
}

export async function updatePool(ctx: ServiceContext, poolId: number, input: { key: string; name: string; financeAct: string }): Promise<PoolDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const key = await poolKeyOf(trx, poolId)
    await ensurePoolBaseline(trx, ctx)
    if (key !== input.key) {
      // The key chooses the shipped rules: pin the rules in use before the key changes, so that
      // renaming a pool never silently changes its rules.
      const rules = await readPoolRules(trx, poolId, budgetRulesDefinition)
      await requireUniqueKey(trx, input.key, poolId)
      await writePoolRules(trx, ctx, poolId, budgetRulesDefinition, rules, { reason: da.budget.pools.keyChangedReason(key, input.key) })
    }
    await updateAudited(
      trx,
      ctx,
      'grant_pool',
      poolId,
      { key: input.key, name: input.name, finance_act: input.financeAct, updated_at: nowIso(ctx) },
      { projectId: null }
    )
  })
  return getPool(ctx.db, poolId)
}

export async function listPools(db: Kysely<Database>): Promise<PoolSummary[]> {
  const rows = await db.selectFrom('grant_pool').select(['id', 'key', 'name', 'finance_act']).orderBy('id').execute()
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, financeAct: r.finance_act }))
}

export async function poolIdByKey(db: Kysely<Database>, key: string): Promise<number> {
  const row = await db.selectFrom('grant_pool').select('id').where('key', '=', key).executeTakeFirstOrThrow()
  return row.id
}
