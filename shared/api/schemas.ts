// Reusable field schemas. Money is integer øre, hours integer minutes, dates ISO `YYYY-MM-DD`.
import { z } from 'zod'
import { isIsoDate } from '../domain/dates'
import { isMonth } from '../domain/months'
import { freeText } from '../domain/freeText'

export const idSchema = z.number().int().positive()
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'invalid_date' })
/** A calendar month `YYYY-MM` (shared/domain/months.ts). */
export const monthSchema = z.string().refine(isMonth, { message: 'invalid_month' })
export const timestampSchema = z.string()
/** The one free-text type (shared/domain/freeText.ts): no CPR numbers, no broken Unicode. */
export { freeText }
export const requiredText = freeText.trim().min(1)
export const optionalText = freeText.trim().default('')
/** Who approves, as entered (a month, a week, minutes): their name and role. */
export const approverFields = { approverName: requiredText.max(200), approverRole: requiredText.max(200) }
/** A step back (unlocking an approved month or week, withdrawing a signed account): why, and who. */
export const stepBackFields = { reason: requiredText.max(1000), actorName: requiredText.max(200) }
export const yearSchema = z.number().int().min(2000).max(2100)
export const projectRefSchema = z.object({ projectId: idSchema })
export const poolRefSchema = z.object({ poolId: idSchema })
/** What a delete answers: whether there was something to delete. */
export const deletedSchema = z.object({ deleted: z.boolean() })

/** A pool's rules of one domain as `<domain>.rules.get/save` answer them (shared/api/pools.ts). */
export const poolRulesOutputSchema = <R extends z.ZodType>(rules: R) =>
  poolRefSchema.extend({
    /** true while the pool uses the rules shipped with the app (no saved edit). */
    shipped: z.boolean(),
    rules
  })
/** What `<domain>.rules.save` takes: the pool, its new rules and (optionally) why. */
export const poolRulesSaveSchema = <R extends z.ZodType>(rules: R) => poolRefSchema.extend({ rules, reason: optionalText }).strict()
export const emptyInputSchema = z.object({}).strict()
export const base64Schema = z.string()

/** The result of importing a file (hours or postings): every row valid, or nothing imported. */
export const importResultSchema = z.object({
  fileName: z.string(),
  kind: z.enum(['hours', 'postings']),
  imported: z.number().int(),
  skipped: z.number().int(),
  /** The same file (by SHA-256) was imported before: nothing was changed. */
  alreadyImported: z.boolean(),
  importedAt: timestampSchema,
  sha256: z.string()
})
export type ImportResult = z.infer<typeof importResultSchema>

/** A file sent to an import: its name and its bytes as base64. */
export const fileInputSchema = z.object({ projectId: idSchema, fileName: requiredText.max(300), contentBase64: base64Schema.min(1) }).strict()
