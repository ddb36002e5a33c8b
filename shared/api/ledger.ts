// API methods of the ledger: every posting of the project (salary from approved hours, manual
// postings, imported postings), corrections by reversal, and the import of postings.
import { z } from 'zod'
import { minutesSchema } from '../domain/duration'
import { oreSchema } from '../domain/money'
import { defineMethod } from './define'
import {
  idSchema,
  isoDateSchema,
  projectRefSchema,
  requiredText,
  optionalText,
  timestampSchema,
  importResultSchema,
  fileInputSchema,
  monthSchema
} from './schemas'

// --- Ledger ---------------------------------------------------------------------------------------

export const postingSourceSchema = z.enum(['timesheet', 'manual', 'import'])

export const postingSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  budgetLineId: idSchema,
  budgetLineTitle: z.string(),
  budgetLineYear: z.number().int(),
  categoryKey: z.string(),
  staffId: idSchema.nullable(),
  staffName: z.string().nullable(),
  minutes: minutesSchema.nullable(),
  hourlyRateOre: oreSchema.nullable(),
  amountOre: oreSchema,
  source: postingSourceSchema,
  documentRef: z.string(),
  description: z.string(),
  reversesPostingId: idSchema.nullable(),
  reversedByPostingId: idSchema.nullable(),
  createdAt: timestampSchema
})
export type Posting = z.infer<typeof postingSchema>

export const ledgerFilterSchema = z
  .object({
    projectId: idSchema,
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    budgetLineId: idSchema.optional(),
    /** The postings on the budget lines of one year. */
    year: z.number().int().min(2000).max(2100).optional(),
    staffId: idSchema.optional(),
    source: postingSourceSchema.optional(),
    // A page of the postings (the screen pages in SQL); without `limit` every posting is returned.
    // `limit: 0` gives the totals only.
    limit: z.number().int().min(0).max(1000).optional(),
    offset: z.number().int().min(0).optional()
  })
  .strict()

/** The largest page `ledger.list` gives; `puljestyr ledger --json` reads the whole ledger page by page. */
export const LEDGER_MAX_PAGE = 1000

export const ledgerSchema = z.object({
  /** The postings of the page asked for (all of them without `limit`), in date order. */
  postings: z.array(postingSchema),
  /** How many postings match the filter in all; totals and byLine cover all of them, not the page. */
  count: z.number().int().min(0),
  offset: z.number().int().min(0),
  pageTotalOre: oreSchema,
  pageTotalMinutes: minutesSchema,
  totalOre: oreSchema,
  totalMinutes: minutesSchema,
  byLine: z.array(z.object({ budgetLineId: idSchema, title: z.string(), year: z.number().int(), amountOre: oreSchema, minutes: minutesSchema }))
})
export type Ledger = z.infer<typeof ledgerSchema>

/** Each budget line's postings per month, with the line's balance (spent to the month's end). */
export const ledgerMonthlySchema = z.object({
  lines: z.array(z.object({ budgetLineId: idSchema, title: z.string(), year: z.number().int() })),
  /** One row per month and budget line with postings, by month, then line. */
  months: z.array(
    z.object({ month: monthSchema, budgetLineId: idSchema, amountOre: oreSchema, minutes: minutesSchema, balanceOre: oreSchema, postings: z.number().int() })
  )
})
export type LedgerMonthly = z.infer<typeof ledgerMonthlySchema>

export const budgetLineRefSchema = z.object({ id: idSchema, year: z.number().int(), categoryKey: z.string(), title: z.string() })

/** A posting entered by hand (or read from a postings file, shared/domain/time/imports.ts): the one shape of both. */
export const manualPostingSchema = z
  .object({
    date: isoDateSchema,
    budgetLineId: idSchema,
    amountOre: oreSchema,
    documentRef: requiredText.max(200),
    description: optionalText,
    staffId: idSchema.nullable().default(null),
    minutes: minutesSchema.nullable().default(null),
    hourlyRateOre: oreSchema.nullable().default(null)
  })
  .strict()
export type ManualPosting = z.output<typeof manualPostingSchema>

export const ledgerApi = {
  'ledger.list': defineMethod({
    summary: 'The postings of the ledger with totals',
    input: ledgerFilterSchema,
    output: ledgerSchema
  }),
  'ledger.monthly': defineMethod({
    summary: "Each budget line's postings summed per month, with the line's running balance",
    input: z.object({ projectId: idSchema, from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict(),
    output: ledgerMonthlySchema
  }),
  'ledger.budgetLines': defineMethod({
    summary: "The project's budget lines (for postings)",
    input: projectRefSchema.strict(),
    output: z.array(budgetLineRefSchema)
  }),
  'ledger.create': defineMethod({
    summary: 'A manual posting (e.g. the auditor’s fee), with a document reference',
    input: manualPostingSchema.extend({ projectId: idSchema }),
    output: postingSchema
  }),
  'ledger.reverse': defineMethod({
    summary: 'Correct a posting: a reversing posting, and optionally one that replaces it',
    input: z
      .object({
        projectId: idSchema,
        postingId: idSchema,
        reason: requiredText.max(1000),
        date: isoDateSchema.optional(),
        replacement: manualPostingSchema.optional()
      })
      .strict(),
    output: z.object({ reversal: postingSchema, replacement: postingSchema.nullable() })
  }),
  'ledger.import': defineMethod({
    summary: 'Import postings from CSV or XLSX: every row valid, or nothing imported',
    input: fileInputSchema,
    output: importResultSchema
  })
} as const
