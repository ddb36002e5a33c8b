// API handlers of the budget domain.
import type { budgetApi } from '@shared/api/budget'
import type { DomainHandlers } from '../registry'
import { addStaffRate, createStaff, deleteStaffRate, listStaffWithRates, updateStaff } from './staff'
import { createPool, getBudgetRules, getPool, updateBudgetRules, updatePool } from './pools'

export const budgetHandlers: DomainHandlers<keyof typeof budgetApi> = {
  'pools.get': ({ poolId }, ctx) => getPool(ctx.db, poolId),
  'pools.create': (input, ctx) => createPool(ctx, input),
  'pools.update': ({ poolId, ...input }, ctx) => updatePool(ctx, poolId, input),
  'budgetRules.get': ({ poolId }, ctx) => getBudgetRules(ctx.db, poolId),
  'budgetRules.update': ({ poolId, rules, reason }, ctx) => updateBudgetRules(ctx, poolId, rules, reason),
  'staff.create': ({ projectId, ...input }, ctx) => createStaff(ctx, projectId, input),
  'staff.update': ({ staffId, ...input }, ctx) => updateStaff(ctx, staffId, input),
  'staffRates.list': ({ projectId }, ctx) => listStaffWithRates(ctx, projectId),
  'staffRates.add': (input, ctx) => addStaffRate(ctx, input),
  'staffRates.delete': ({ rateId, reason }, ctx) => deleteStaffRate(ctx, rateId, reason)
}
