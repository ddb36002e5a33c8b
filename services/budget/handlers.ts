// API handlers of the budget domain.
import type { budgetApi } from '@shared/api/budget'
import type { DomainHandlers } from '../registry'
import { addLine, createDraft, deleteDraft, removeLine, updateLine } from './drafts'
import { approveVersion, registerVersion, rejectVersion, sendVersion } from './lifecycle'
import { budgetOverview, versionDetail } from './views'
import { budgetSpending } from './spending'
import { listInstalments, updateInstalment } from './instalments'
import { getBudgetRules, updateBudgetRules } from './rules'

export const budgetHandlers: DomainHandlers<keyof typeof budgetApi> = {
  'budget.rules.get': ({ poolId }, ctx) => getBudgetRules(ctx.db, poolId),
  'budget.rules.save': ({ poolId, rules, reason }, ctx) => updateBudgetRules(ctx, poolId, rules, reason),
  'budget.overview': ({ projectId }, ctx) => budgetOverview(ctx, projectId),
  'budget.version': ({ versionId }, ctx) => versionDetail(ctx, versionId),
  'budget.createDraft': ({ projectId, ...input }, ctx) => createDraft(ctx, projectId, input),
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
