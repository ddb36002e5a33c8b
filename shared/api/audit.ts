// API methods of the audit trail: the entries, and the check of the hash chain.
import { z } from 'zod'
import { defineMethod } from './define'
import { idSchema, timestampSchema } from './schemas'

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
  kind: z.enum(['chain_broken', 'row_changed', 'row_missing', 'row_unaudited', 'schema', 'integrity', 'anchor']),
  entity: z.string(),
  entityId: z.string(),
  auditId: z.number().int().nullable(),
  /** For a changed row: the first changed column, its audited value and its value in the file (JSON). */
  column: z.string().optional(),
  before: z.string().optional(),
  after: z.string().optional(),
  message: z.string()
})
/** The chain's head: the last entry's number and hash, printed on every export, account, pack and minutes. */
export const auditAnchorSchema = z.object({ entry: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) })
export type AuditAnchor = z.infer<typeof auditAnchorSchema>
export const auditVerifyReportSchema = z.object({
  ok: z.boolean(),
  entriesChecked: z.number().int(),
  rowsChecked: z.number().int(),
  head: auditAnchorSchema.nullable(),
  /** SQLite's integrity_check: "ok" or the problems found. */
  integrity: z.string(),
  /** All findings; `findings` lists the first 500. */
  findingsTotal: z.number().int(),
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
  'audit.page': defineMethod({
    summary: 'A page of the audit trail, newest first, with how many entries match in all (paged in SQL)',
    input: z
      .object({
        projectId: idSchema.optional(),
        entity: z.string().optional(),
        entityId: z.string().optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0)
      })
      .strict(),
    output: z.object({ entries: z.array(auditEntrySchema), count: z.number().int().min(0), offset: z.number().int().min(0) })
  }),
  'audit.head': defineMethod({
    summary: "The chain's head (last entry's number and hash), to print as an anchor",
    input: z.object({}).strict(),
    output: auditAnchorSchema.nullable()
  }),
  'audit.verify': defineMethod({
    summary: 'Check the hash chain and that audited rows were not changed behind the app’s back',
    input: z.object({ anchor: auditAnchorSchema.optional() }).strict(),
    output: auditVerifyReportSchema
  })
} as const
