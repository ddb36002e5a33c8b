// API methods of the budget domain: grant pools and their budget rules, staff and their hourly
// rates, budget versions (original and revisions) with their lines, spending, instalments.
// Declared once here; bound to IPC and HTTP by iterating the contract.
import { z } from 'zod'
import { defineMethod } from './define'
import { idSchema, optionalText, requiredText } from './schemas'
import { poolSummarySchema } from './core'
import { budgetPoolRulesSchema } from '../domain/budget/poolRules'

const poolKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9ÆØÅæøå_-]+$/, { message: 'Nøglen må kun indeholde bogstaver, tal, - og _.' })

export const poolInputSchema = z
  .object({ key: poolKeySchema, name: requiredText.max(200), financeAct: optionalText })
  .strict()

export const poolDetailSchema = poolSummarySchema.extend({ projectCount: z.number().int() })
export type PoolDetail = z.infer<typeof poolDetailSchema>

export const budgetRulesOutputSchema = z.object({
  poolId: idSchema,
  /** true while the pool uses the rules shipped with the app (no saved edit). */
  shipped: z.boolean(),
  rules: budgetPoolRulesSchema
})
export type BudgetRulesOutput = z.infer<typeof budgetRulesOutputSchema>

export const budgetApi = {
  'pools.get': defineMethod({
    summary: 'One grant pool with its master data',
    input: z.object({ poolId: idSchema }).strict(),
    output: poolDetailSchema
  }),
  'pools.create': defineMethod({
    summary: 'Add a grant pool (its budget rules start as the default for a new pool)',
    input: poolInputSchema,
    output: poolDetailSchema
  }),
  'pools.update': defineMethod({
    summary: "Change a grant pool's name, key or finance-act account",
    input: poolInputSchema.extend({ poolId: idSchema }).strict(),
    output: poolDetailSchema
  }),
  'budgetRules.get': defineMethod({
    summary: "A pool's budget rules: cost categories, hourly-rate formula, revisions, instalments, alerts",
    input: z.object({ poolId: idSchema }).strict(),
    output: budgetRulesOutputSchema
  }),
  'budgetRules.update': defineMethod({
    summary: "Save a pool's budget rules (audited, with a reason)",
    input: z.object({ poolId: idSchema, rules: budgetPoolRulesSchema, reason: optionalText }).strict(),
    output: budgetRulesOutputSchema
  })
} as const

