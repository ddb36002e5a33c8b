// API methods of the accounts: interim and final accounts (delregnskab / slutregnskab) with
// management sign-off; a signed account closes its period.
import { z } from 'zod'
import { basisPointsSchema } from '../domain/percent'
import { minutesSchema } from '../domain/duration'
import { oreSchema } from '../domain/money'
import { auditAnchorSchema } from './audit'
import { defineMethod } from './define'
import { idSchema, stepBackFields, isoDateSchema, projectRefSchema, requiredText, timestampSchema } from './schemas'
import { timeModeSchema } from './time'

// --- Accounts -------------------------------------------------------------------------------------

export const accountKindSchema = z.enum(['interim', 'final'])

export const accountLineSchema = z.object({
  budgetLineId: idSchema,
  year: z.number().int(),
  categoryKey: z.string(),
  title: z.string(),
  budgetOre: oreSchema,
  actualOre: oreSchema,
  remainingOre: oreSchema,
  usedBp: basisPointsSchema.nullable()
})

export const accountFiguresSchema = z.object({
  lines: z.array(accountLineSchema),
  totals: z.object({ budgetOre: oreSchema, actualOre: oreSchema, remainingOre: oreSchema }),
  hoursByStaff: z.array(z.object({ staffId: idSchema, staffName: z.string(), mode: timeModeSchema, minutes: minutesSchema, amountOre: oreSchema })),
  postingCount: z.number().int()
})
export type AccountFigures = z.infer<typeof accountFiguresSchema>

export const accountPreviewSchema = z.object({
  kind: accountKindSchema,
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  figures: accountFiguresSchema,
  /** Things that stop a signature (e.g. hours not yet approved). */
  blockers: z.array(z.string()),
  /** Things the signer should know (e.g. a month without a management statement). */
  warnings: z.array(z.string()),
  defaultStatement: z.string()
})
export type AccountPreview = z.infer<typeof accountPreviewSchema>

export const accountSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  kind: accountKindSchema,
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  status: z.enum(['signed', 'withdrawn']),
  signedByName: z.string(),
  signedByTitle: z.string(),
  signedOn: isoDateSchema,
  signedAt: timestampSchema,
  osUser: z.string(),
  statementText: z.string(),
  figures: accountFiguresSchema,
  withdrawnReason: z.string().nullable(),
  withdrawnAt: timestampSchema.nullable(),
  /** The audit entry of the signature: printed on the account as an anchor. */
  signatureAnchor: auditAnchorSchema.nullable()
})
export type Account = z.infer<typeof accountSchema>

export const accountsApi = {
  'accounts.list': defineMethod({
    summary: "The project's signed (and withdrawn) accounts",
    input: projectRefSchema.strict(),
    output: z.array(accountSchema)
  }),
  'accounts.preview': defineMethod({
    summary: 'The figures of an account for a period, before it is signed',
    input: z.object({ projectId: idSchema, kind: accountKindSchema, periodFrom: isoDateSchema, periodTo: isoDateSchema }).strict(),
    output: accountPreviewSchema
  }),
  'accounts.sign': defineMethod({
    summary: 'Management signs an account (delregnskab / slutregnskab); its period is closed for changes',
    input: z
      .object({
        projectId: idSchema,
        kind: accountKindSchema,
        periodFrom: isoDateSchema,
        periodTo: isoDateSchema,
        signedByName: requiredText.max(200),
        signedByTitle: requiredText.max(200),
        signedOn: isoDateSchema,
        statementText: requiredText.max(5000)
      })
      .strict(),
    output: accountSchema
  }),
  'accounts.get': defineMethod({
    summary: 'One account with its figures as signed',
    input: z.object({ projectId: idSchema, accountId: idSchema }).strict(),
    output: accountSchema
  }),
  'accounts.withdraw': defineMethod({
    summary: 'Withdraw a signed account (e.g. signed by mistake), with a reason; reopens its period',
    input: z.object({ projectId: idSchema, accountId: idSchema, ...stepBackFields }).strict(),
    output: accountSchema
  })
} as const
