// API handlers of the budget domain.
import type { budgetApi } from '@shared/api/budget'
import type { DomainHandlers } from '../registry'
import { addStaffRate, createStaff, deleteStaffRate, listStaffWithRates, updateStaff } from './staff'
import { addLine, createDraft, deleteDraft, removeLine, updateDraft, updateLine } from './drafts'
import { approveVersion, registerVersion, rejectVersion, sendVersion } from './lifecycle'
import { budgetOverview, versionDetail } from './views'
import { budgetSpending } from './spending'
import { listInstalments, updateInstalment } from './instalments'
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
  'staffRates.delete': ({ rateId, reason }, ctx) => deleteStaffRate(ctx, rateId, reason),
  'budget.overview': ({ projectId }, ctx) => budgetOverview(ctx, projectId),
  'budget.version': ({ versionId }, ctx) => versionDetail(ctx, versionId),
  'budget.createDraft': ({ projectId, ...input }, ctx) => createDraft(ctx, projectId, input),
  'budget.updateDraft': ({ versionId, ...input }, ctx) => updateDraft(ctx, versionId, input),
  'budget.deleteDraft': ({ versionId }, ctx) => deleteDraft(ctx, versionId),
  'budget.addLine': ({ versionId, ...input }, ctx) => addLine(ctx, versionId, input),
  'budget.updateLine': ({ versionId, budgetLineId, ...input }, ctx) => updateLine(ctx, versionId, budgetLineId, input),
  'budget.removeLine': ({ versionId, budgetLineId }, ctx) => removeLine(ctx, versionId, budgetLineId),
  'budget.send': ({ versionId, ...input }, ctx) => sendVersion(ctx, versionId, input),
  'budget.approve': ({ versionId, ...input }, ctx) => approveVersion(ctx, versionId, input),
  'budget.reject': ({ versionId, ...input }, ctx) => rejectVersion(ctx, versionId, input),
  'budget.register': ({ versionId, ...input }, ctx) => registerVersion(ctx, versionId, input),
  'budget.spending': ({ projectId, asOf }, ctx) => budgetSpending(ctx, projectId, asOf),
  'budget.instalments': ({ projectId }, ctx) => listInstalments(ctx, projectId),
  'budget.updateInstalment': (input, ctx) => updateInstalment(ctx, input)
}
