// API methods of the audit trail: the entries, and the check of the hash chain.
import { z } from 'zod'
import { defineMethod } from './define'
import { emptyInputSchema, idSchema, timestampSchema } from './schemas'

export const auditEntrySchema = z.object({
  id: idSchema,
  at: timestampSchema,
  osUser: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  projectId: z.number().int().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  hash: z.string()
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
export const auditFindingSchema = z.object({
  kind: z.enum(['chain_broken', 'row_changed', 'row_missing', 'row_unaudited']),
  entity: z.string(),
  entityId: z.string(),
  auditId: z.number().int().nullable(),
  message: z.string()
})
export const auditVerifyReportSchema = z.object({
  ok: z.boolean(),
  entriesChecked: z.number().int(),
  rowsChecked: z.number().int(),
  findings: z.array(auditFindingSchema)
})
export type AuditVerifyReport = z.infer<typeof auditVerifyReportSchema>

export const auditApi = {
  'audit.list': defineMethod({
    summary: 'The audit trail, newest first',
    input: z
      .object({
        projectId: idSchema.optional(),
        entity: z.string().optional(),
        entityId: z.string().optional(),
        limit: z.number().int().min(1).max(5000).default(200)
      })
      .strict(),
    output: z.array(auditEntrySchema)
  }),
  'audit.verify': defineMethod({
    summary: 'Check the hash chain and that audited rows were not changed behind the app’s back',
    input: emptyInputSchema,
    output: auditVerifyReportSchema
  })
} as const
