// API methods of the revisor export: its summary and the zip of CSV, XLSX, PDF and manifest.
import { z } from 'zod'
import { minutesSchema } from '../domain/duration'
import { oreSchema } from '../domain/money'
import { auditAnchorSchema } from './audit'
import { defineMethod } from './define'
import { base64Schema, idSchema, isoDateSchema, projectRefSchema, timestampSchema } from './schemas'
import { timeModeSchema } from './time'
import { ledgerSchema } from './ledger'
import { accountKindSchema } from './accounts'

// --- Export ---------------------------------------------------------------------------------------

export const exportFileSchema = z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })

export const exportSummarySchema = z.object({
  projectId: idSchema,
  projectTitle: z.string(),
  municipality: z.string(),
  caseNumber: z.string(),
  poolName: z.string(),
  financeAct: z.string(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  grantAmountOre: oreSchema,
  generatedAt: timestampSchema,
  osUser: z.string(),
  ledger: z.object({ postingCount: z.number().int(), totalOre: oreSchema, totalMinutes: minutesSchema, byLine: ledgerSchema.shape.byLine }),
  approvedHours: z.object({ entryCount: z.number().int(), minutes: minutesSchema, months: z.number().int() }),
  staff: z.array(z.object({ name: z.string(), title: z.string(), mode: timeModeSchema, approvedMinutes: minutesSchema, postedOre: oreSchema })),
  accounts: z.array(
    z.object({
      id: idSchema,
      kind: accountKindSchema,
      periodFrom: isoDateSchema,
      periodTo: isoDateSchema,
      status: z.string(),
      signedByName: z.string(),
      signedOn: isoDateSchema,
      totalCostOre: oreSchema
    })
  ),
  audit: z.object({ entries: z.number().int(), verified: z.boolean(), findings: z.number().int(), head: auditAnchorSchema.nullable() }),
  budgetRevisions: z.number().int()
})
export type ExportSummary = z.infer<typeof exportSummarySchema>

export const exportApi = {
  'export.summary': defineMethod({
    summary: "The revisor export's summary (the figures of its PDF)",
    input: projectRefSchema.strict(),
    output: exportSummarySchema
  }),
  'export.revisor': defineMethod({
    summary: 'The revisor export as one zip: CSV, XLSX, PDF summary and a manifest of SHA-256 hashes',
    // Personal records (participant-level data) only when asked for; the manifest says which.
    input: projectRefSchema.extend({ withPersonal: z.boolean().default(false) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: base64Schema, files: z.array(exportFileSchema) })
  })
} as const
