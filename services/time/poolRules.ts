// The time section of a grant pool's rules, read and saved through the pool-rules settings.
import type { TimeRulesOutput } from '@shared/api/time'
import { timeRulesDefinition, type TimePoolRules } from '@shared/domain/time/poolRules'
import type { ServiceContext } from '../context'
import { readPoolRules, writePoolRules } from '../pools/rules'
import type { Db } from './common'

export async function getTimeRules(db: Db, poolId: number): Promise<TimeRulesOutput> {
  const rules = await readPoolRules(db, poolId, timeRulesDefinition)
  const saved = await db.selectFrom('grant_pool_rules').select('id').where('pool_id', '=', poolId).where('section', '=', 'time').executeTakeFirst()
  return { poolId, shipped: !saved, rules }
}

export async function updateTimeRules(ctx: ServiceContext, poolId: number, rules: TimePoolRules, reason: string): Promise<TimeRulesOutput> {
  await ctx.db.transaction().execute((trx) => writePoolRules(trx, ctx, poolId, timeRulesDefinition, rules, reason ? { reason } : {}))
  return getTimeRules(ctx.db, poolId)
}
