// API handlers of the budget domain.
import type { budgetApi } from '@shared/api/budget'
import type { DomainHandlers } from '../registry'
import { createPool, getBudgetRules, getPool, updateBudgetRules, updatePool } from './pools'

export const budgetHandlers: DomainHandlers<keyof typeof budgetApi> = {
  'pools.get': ({ poolId }, ctx) => getPool(ctx.db, poolId),
  'pools.create': (input, ctx) => createPool(ctx, input),
  'pools.update': ({ poolId, ...input }, ctx) => updatePool(ctx, poolId, input),
  'budgetRules.get': ({ poolId }, ctx) => getBudgetRules(ctx.db, poolId),
  'budgetRules.update': ({ poolId, rules, reason }, ctx) => updateBudgetRules(ctx, poolId, rules, reason)
}
