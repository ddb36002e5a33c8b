// API methods of the grant pools (puljer): the list, one pool, and a pool's master data.
// Each domain's per-pool rules are `<domain>.rules.get/save` in that domain's file.
import { z } from 'zod'
import { defineMethod } from './define'
import { emptyInputSchema, idSchema, optionalText, poolRefSchema, requiredText } from './schemas'
import type { FormatRule } from '../texts/da/common'

export const poolSummarySchema = z.object({
  id: idSchema,
  key: z.string(),
  name: z.string(),
  financeAct: z.string()
})
export type PoolSummary = z.infer<typeof poolSummarySchema>
const poolKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9ÆØÅæøå_-]+$/, { message: 'pool_key' satisfies FormatRule })
export const poolInputSchema = z.object({ key: poolKeySchema, name: requiredText.max(200), financeAct: optionalText }).strict()
export const poolDetailSchema = poolSummarySchema.extend({ projectCount: z.number().int() })
export type PoolDetail = z.infer<typeof poolDetailSchema>

export const poolsApi = {
  'pools.list': defineMethod({
    summary: 'The grant pools',
    input: emptyInputSchema,
    output: z.array(poolSummarySchema)
  }),
  'pools.get': defineMethod({
    summary: 'One grant pool with its master data',
    input: poolRefSchema.strict(),
    output: poolDetailSchema
  }),
  'pools.create': defineMethod({
    summary: 'Add a grant pool (its budget rules start as the default for a new pool)',
    input: poolInputSchema,
    output: poolDetailSchema
  }),
  'pools.update': defineMethod({
    summary: "Change a grant pool's name, key or finance-act account",
    input: poolInputSchema.extend(poolRefSchema.shape).strict(),
    output: poolDetailSchema
  })
} as const
