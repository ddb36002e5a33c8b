// The budget section of a pool's rules (grant_pool_rules): read, saved with audit, checked.
import type { Kysely } from 'kysely'
import type { BudgetRulesOutput } from '@shared/api/budget'
import { budgetRulesDefinition, type BudgetPoolRules, type BudgetPoolRulesInput } from '@shared/domain/budget/poolRules'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import type { ServiceContext } from '../context'
import { readPoolRules, readProjectPoolRules, writePoolRules } from '../pools/rules'
import { WHOLE_BP } from '@shared/domain/percent'

type Db = Kysely<Database>

export async function getBudgetRules(db: Db, poolId: number): Promise<BudgetRulesOutput> {
  const rules = await readPoolRules(db, poolId, budgetRulesDefinition)
  const saved = await db.selectFrom('grant_pool_rules').select('id').where('pool_id', '=', poolId).where('section', '=', 'budget').executeTakeFirst()
  return { poolId, shipped: !saved, rules }
}

export async function updateBudgetRules(ctx: ServiceContext, poolId: number, rules: BudgetPoolRulesInput, reason: string): Promise<BudgetRulesOutput> {
  validateRules(rules as BudgetPoolRules)
  await ctx.db.transaction().execute(async (trx) => {
    await writePoolRules(trx, ctx, poolId, budgetRulesDefinition, rules, reason ? { reason } : {})
  })
  return getBudgetRules(ctx.db, poolId)
}

function validateRules(rules: BudgetPoolRules): void {
  const keys = new Set<string>()
  for (const c of rules.categories) {
    if (keys.has(c.key)) throw new DomainError('validation', da.budget.errors.duplicateCategory(c.key), { field: 'categories' })
    keys.add(c.key)
    if (!c.eligible && !c.ruleText) throw new DomainError('validation', da.budget.errors.ruleTextRequired(c.label), { field: 'categories' })
  }
  const nos = new Set<number>()
  for (const i of rules.instalments) {
    if (nos.has(i.no)) throw new DomainError('validation', da.budget.errors.duplicateInstalment(i.no), { field: 'instalments' })
    nos.add(i.no)
  }
  const fixed = rules.instalments.reduce((s, i) => s + (i.shareOfGrantBp ?? 0), 0)
  if (fixed > WHOLE_BP) throw new DomainError('validation', da.budget.errors.instalmentSharesOver, { field: 'instalments' })
}

export async function projectBudgetRules(db: Db, projectId: number): Promise<BudgetPoolRules> {
  return readProjectPoolRules(db, projectId, budgetRulesDefinition)
}
