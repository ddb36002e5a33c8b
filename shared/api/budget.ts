// API methods of the budget domain: grant pools and their budget rules, staff and their hourly
// rates, budget versions (original and revisions) with their lines, spending, instalments.
// Declared once here; bound to IPC and HTTP by iterating the contract.
import { z } from 'zod'

import { defineMethod } from './define'
import {
  deletedSchema,
  idSchema,
  isoDateSchema,
  optionalText,
  poolRefSchema,
  poolRulesOutputSchema,
  poolRulesSaveSchema,
  projectRefSchema,
  requiredText
} from './schemas'
import { budgetPoolRulesSchema } from '../domain/budget/poolRules'
import { basisPointsSchema, minutesSchema, nonNegativeOreSchema, oreSchema } from '../domain/unitSchemas'

export const budgetRulesOutputSchema = poolRulesOutputSchema(budgetPoolRulesSchema)
export type BudgetRulesOutput = z.infer<typeof budgetRulesOutputSchema>

const versionStatusSchema = z.enum(['draft', 'sent', 'approved', 'rejected', 'registered'])
const versionActionSchema = z.enum(['edit', 'delete', 'send', 'approve', 'reject', 'register'])

export const budgetVersionSummarySchema = z.object({
  id: idSchema,
  projectId: idSchema,
  number: z.number().int(),
  kind: z.enum(['original', 'revision']),
  status: versionStatusSchema,
  title: z.string(),
  reason: z.string(),
  baseVersionId: idSchema.nullable(),
  baseVersionNumber: z.number().int().nullable(),
  sentDate: isoDateSchema.nullable(),
  effectiveDate: isoDateSchema.nullable(),
  decidedDate: isoDateSchema.nullable(),
  starReference: z.string(),
  decisionNote: z.string(),
  decidedByName: z.string().nullable(),
  decidedByRole: z.string().nullable(),
  totalOre: oreSchema,
  lineCount: z.number().int(),
  /** This version is the budget in force today (spending is measured against it). */
  inForce: z.boolean(),
  createdAt: z.string()
})
export type BudgetVersionSummary = z.infer<typeof budgetVersionSummarySchema>

export const budgetLineViewSchema = z.object({
  budgetLineId: idSchema,
  year: z.number().int(),
  categoryKey: z.string(),
  categoryLabel: z.string(),
  kind: z.enum(['salary', 'lumpSum']),
  title: z.string(),
  staffCount: z.number().int().nullable(),
  hourlyRateOre: oreSchema.nullable(),
  minutes: minutesSchema.nullable(),
  amountOre: oreSchema,
  note: z.string()
})
export type BudgetLineView = z.infer<typeof budgetLineViewSchema>

export const lineChangeSchema = z.object({
  budgetLineId: idSchema,
  year: z.number().int(),
  categoryKey: z.string(),
  categoryLabel: z.string(),
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: budgetLineViewSchema.nullable(),
  after: budgetLineViewSchema.nullable(),
  deltaOre: oreSchema
})
export type LineChangeView = z.infer<typeof lineChangeSchema>

export const yearComparisonSchema = z.object({
  year: z.number().int(),
  grantOre: oreSchema,
  budgetOre: oreSchema,
  differenceOre: oreSchema
})
export const budgetGrantComparisonSchema = z.object({
  years: z.array(yearComparisonSchema),
  grantAmountOre: oreSchema,
  grantSplitTotalOre: oreSchema,
  budgetTotalOre: oreSchema,
  budgetVsGrantOre: oreSchema,
  budgetVsSplitOre: oreSchema,
  splitVsGrantOre: oreSchema
})
export type BudgetGrantComparisonView = z.infer<typeof budgetGrantComparisonSchema>

export const budgetCategorySchema = z.object({
  key: z.string(),
  label: z.string(),
  eligible: z.boolean(),
  kind: z.enum(['salary', 'lumpSum']),
  ruleText: z.string()
})

export const budgetVersionDetailSchema = z.object({
  version: budgetVersionSummarySchema,
  lines: z.array(budgetLineViewSchema),
  /** What this version changes against its base (empty for the original budget). */
  changes: z.array(lineChangeSchema),
  revisionKind: z.enum(['none', 'betweenYears', 'other']),
  approvalNeeded: z.boolean(),
  allowedActions: z.array(versionActionSchema),
  comparison: budgetGrantComparisonSchema,
  /** Why the version cannot be sent to STAR or put in force (e.g. its total exceeds the grant); Danish. */
  blockedReasons: z.array(z.string()),
  project: z.object({
    id: idSchema,
    title: z.string(),
    municipality: z.string(),
    poolName: z.string(),
    caseNumber: z.string(),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    grantAmountOre: oreSchema,
    years: z.array(z.number().int())
  })
})
export type BudgetVersionDetail = z.infer<typeof budgetVersionDetailSchema>

export const budgetOverviewSchema = z.object({
  projectId: idSchema,
  years: z.array(z.number().int()),
  versions: z.array(budgetVersionSummarySchema),
  inForceVersionId: idSchema.nullable(),
  openVersionId: idSchema.nullable(),
  /** The budget in force compared with the grant (all zero budget before an approval). */
  comparison: budgetGrantComparisonSchema,
  categories: z.array(budgetCategorySchema),
  revisionsNote: z.string(),
  betweenYearsNeedsApproval: z.boolean()
})
export type BudgetOverview = z.infer<typeof budgetOverviewSchema>

export const lineFieldsSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  categoryKey: requiredText.max(60),
  title: requiredText.max(200),
  staffCount: z.number().int().min(1).max(1000).nullable().default(null),
  hourlyRateOre: nonNegativeOreSchema.nullable().default(null),
  /** Hours per staff member in the year, in minutes. */
  minutes: minutesSchema
    .min(1)
    .max(60 * 24 * 366)
    .nullable()
    .default(null),
  amountOre: nonNegativeOreSchema.nullable().default(null),
  note: requiredText.max(2000)
})
/** A budget line's fields as a draft's service receives them (parsed: defaults filled, units typed). */
export type LineFields = z.output<typeof lineFieldsSchema>
export const budgetLineInputSchema = lineFieldsSchema.extend({ versionId: idSchema }).strict()
const decisionActorSchema = { actorName: requiredText.max(200), actorRole: requiredText.max(200) }

const flagSchema = z.enum(['over', 'under']).nullable()

export const spendingFiguresSchema = z.object({
  budgetOre: oreSchema,
  spentOre: oreSchema,
  remainingOre: oreSchema,
  /** Share of the budget used, basis points (null when the budget is 0). */
  usedBp: basisPointsSchema.nullable(),
  /** Share of the (year's part of the) project period elapsed, basis points. */
  elapsedBp: basisPointsSchema,
  /** Spent at the current pace by the end of the period (null before it starts). */
  forecastOre: oreSchema.nullable(),
  deviationBp: basisPointsSchema.nullable(),
  flag: flagSchema,
  overBudget: z.boolean(),
  passedThresholdBp: basisPointsSchema.nullable()
})
export type SpendingFigures = z.infer<typeof spendingFiguresSchema>

export const spendingLineSchema = spendingFiguresSchema.extend({
  budgetLineId: idSchema,
  year: z.number().int(),
  categoryKey: z.string(),
  categoryLabel: z.string(),
  title: z.string(),
  /** false: postings on a line that is not in the budget in force. */
  inBudget: z.boolean()
})
export type SpendingLine = z.infer<typeof spendingLineSchema>

export const spendingAlertKinds = [
  'noBudget',
  'budgetVsGrant',
  'noPostings',
  'notInBudget',
  'overBudget',
  'passedThreshold',
  'fasterThanPeriod',
  'slowerThanPeriod'
] as const
export const spendingAlertSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  /** What the alert is about, so that a front page can group alike alerts into one line. */
  kind: z.enum(spendingAlertKinds),
  budgetLineId: idSchema.nullable(),
  /** For passedThreshold: the threshold the line passed. */
  thresholdBp: basisPointsSchema.nullable(),
  message: z.string()
})
export type SpendingAlert = z.infer<typeof spendingAlertSchema>

export const budgetSpendingSchema = z.object({
  projectId: idSchema,
  asOf: isoDateSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  inForceVersion: z
    .object({ id: idSchema, number: z.number().int(), title: z.string(), status: versionStatusSchema, effectiveDate: isoDateSchema.nullable() })
    .nullable(),
  lines: z.array(spendingLineSchema),
  years: z.array(spendingFiguresSchema.extend({ year: z.number().int(), grantOre: oreSchema })),
  totals: spendingFiguresSchema.extend({ grantAmountOre: oreSchema, grantSplitTotalOre: oreSchema, budgetVsGrantOre: oreSchema }),
  alerts: z.array(spendingAlertSchema),
  alertThresholdsBp: z.array(basisPointsSchema),
  deviationThresholdBp: basisPointsSchema
})
export type BudgetSpending = z.infer<typeof budgetSpendingSchema>

const instalmentStatusSchema = z.enum(['expected', 'appliedFor', 'received'])

export const instalmentTierViewSchema = z.object({
  label: z.string(),
  atLeastBp: basisPointsSchema,
  consecutiveMonths: z.number().int().nullable(),
  grantPaidInAllBp: basisPointsSchema.nullable(),
  /** null: not yet measured. */
  met: z.boolean().nullable(),
  bestShareBp: basisPointsSchema.nullable(),
  bestMonth: z.string().nullable(),
  detail: z.string()
})

export const instalmentViewSchema = z.object({
  no: z.number().int(),
  label: z.string(),
  basis: z.enum(['interimAccount', 'finalAccount']),
  managementSignOff: z.boolean(),
  accountFrom: isoDateSchema,
  accountTo: isoDateSchema,
  maxAmountOre: oreSchema.nullable(),
  /** Costs posted in the account's period (what the account can document). */
  documentedCostsOre: oreSchema,
  plannedExpectedDate: isoDateSchema,
  expectedDate: isoDateSchema,
  status: instalmentStatusSchema,
  appliedDate: isoDateSchema.nullable(),
  appliedAmountOre: oreSchema.nullable(),
  receivedDate: isoDateSchema.nullable(),
  receivedAmountOre: oreSchema.nullable(),
  note: z.string(),
  ruleNote: z.string(),
  condition: z.object({
    /** 'none': no result condition; 'notMeasured': no KPI data yet. */
    outcome: z.enum(['none', 'notMeasured', 'met', 'notMet']),
    tiers: z.array(instalmentTierViewSchema),
    reachedTierLabel: z.string().nullable(),
    grantPaidInAllOre: oreSchema.nullable()
  })
})
export type InstalmentView = z.infer<typeof instalmentViewSchema>

export const instalmentsSchema = z.object({
  projectId: idSchema,
  schedule: z.enum(['fixed', 'halfYearly']),
  note: z.string(),
  grantAmountOre: oreSchema,
  instalments: z.array(instalmentViewSchema),
  receivedTotalOre: oreSchema,
  appliedTotalOre: oreSchema
})
export type Instalments = z.infer<typeof instalmentsSchema>

export const budgetApi = {
  'budget.rules.get': defineMethod({
    summary: "A pool's budget rules: cost categories, hourly-rate formula, revisions, instalments, alerts",
    input: poolRefSchema.strict(),
    output: budgetRulesOutputSchema
  }),
  'budget.rules.save': defineMethod({
    summary: "Save a pool's budget rules (audited, with a reason)",
    input: poolRulesSaveSchema(budgetPoolRulesSchema),
    output: budgetRulesOutputSchema
  }),
  'budget.overview': defineMethod({
    summary: "The project's budget versions, the one in force, and the budget compared with the grant",
    input: projectRefSchema.strict(),
    output: budgetOverviewSchema
  }),
  'budget.version': defineMethod({
    summary: 'One budget version: its lines, what it changes, and what may be done with it',
    input: z.object({ versionId: idSchema }).strict(),
    output: budgetVersionDetailSchema
  }),
  'budget.createDraft': defineMethod({
    summary: 'Start the original budget, or a revision as a copy of the budget in force',
    input: z.object({ projectId: idSchema, title: optionalText, reason: optionalText }).strict(),
    output: budgetVersionSummarySchema
  }),
  'budget.deleteDraft': defineMethod({
    summary: 'Delete a draft (audited)',
    input: z.object({ versionId: idSchema }).strict(),
    output: deletedSchema
  }),
  'budget.addLine': defineMethod({
    summary: 'Add a budget line to a draft; a category the pool does not pay for is refused',
    input: budgetLineInputSchema,
    output: budgetLineViewSchema
  }),
  'budget.updateLine': defineMethod({
    summary: 'Change a budget line of a draft',
    input: lineFieldsSchema.extend({ versionId: idSchema, budgetLineId: idSchema }).strict(),
    output: budgetLineViewSchema
  }),
  'budget.removeLine': defineMethod({
    summary: 'Remove a budget line from a draft (older versions keep it)',
    input: z.object({ versionId: idSchema, budgetLineId: idSchema }).strict(),
    output: z.object({ removed: z.boolean() })
  }),
  'budget.send': defineMethod({
    summary: 'Record that a draft was sent to STAR (date and reason)',
    input: z.object({ versionId: idSchema, sentDate: isoDateSchema, reason: requiredText.max(4000) }).strict(),
    output: budgetVersionSummarySchema
  }),
  'budget.approve': defineMethod({
    summary: "Record STAR's approval (date and reference): the version becomes the budget in force",
    input: z
      .object({ versionId: idSchema, decidedDate: isoDateSchema, starReference: requiredText.max(200), decisionNote: optionalText, ...decisionActorSchema })
      .strict(),
    output: budgetVersionSummarySchema
  }),
  'budget.reject': defineMethod({
    summary: "Record STAR's rejection: the budget in force does not change",
    input: z
      .object({ versionId: idSchema, decidedDate: isoDateSchema, starReference: optionalText, decisionNote: requiredText.max(4000), ...decisionActorSchema })
      .strict(),
    output: budgetVersionSummarySchema
  }),
  'budget.register': defineMethod({
    summary: 'Put a revision the pool allows without approval in force at once (still recorded)',
    input: z.object({ versionId: idSchema, effectiveDate: isoDateSchema, reason: requiredText.max(4000), ...decisionActorSchema }).strict(),
    output: budgetVersionSummarySchema
  }),
  'budget.spending': defineMethod({
    summary: 'Budget in force, spent and remaining per line and year, % used vs % of period elapsed, forecast, alerts',
    input: z.object({ projectId: idSchema, asOf: isoDateSchema.optional() }).strict(),
    output: budgetSpendingSchema
  }),
  'budget.instalments': defineMethod({
    summary: "The pool's instalment rules applied to the project, with result conditions and status",
    input: projectRefSchema.strict(),
    output: instalmentsSchema
  }),
  'budget.updateInstalment': defineMethod({
    summary: "Record an instalment's status: expected, applied for, received with amount and date (audited)",
    input: z
      .object({
        projectId: idSchema,
        no: z.number().int().min(1),
        status: instalmentStatusSchema,
        expectedDate: isoDateSchema.nullable().default(null),
        appliedDate: isoDateSchema.nullable().default(null),
        appliedAmountOre: nonNegativeOreSchema.nullable().default(null),
        receivedDate: isoDateSchema.nullable().default(null),
        receivedAmountOre: nonNegativeOreSchema.nullable().default(null),
        note: optionalText
      })
      .strict(),
    output: instalmentViewSchema
  })
} as const
