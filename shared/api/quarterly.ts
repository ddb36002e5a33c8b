// API methods of the quarterly pack (kvartalsvis statuspakke): the figures of a quarter, gathered
// from the same service calls as the budget, KPI and meetings screens; the project leader's text;
// making a pack (PDF stored with its figures and SHA-256), the list of made packs, and checking a
// PDF against them. Declared once here; bound to IPC and HTTP by iterating the contract.
import { z } from 'zod'
import { basisPointsSchema } from '../domain/percent'
import { oreSchema } from '../domain/money'
import { auditAnchorSchema } from './audit'
import { defineMethod } from './define'
import { base64Schema, freeText, idSchema, isoDateSchema, projectRefSchema, timestampSchema } from './schemas'
import { QUARTER_PATTERN } from '../domain/quarterly/quarter'
import { kpiReportSchema, progressionThemeSummarySchema } from './participants'
import { priorityEntrySchema } from './prioritisation'
import { actionSchema } from './meetings'

/** `2020-Q3`: the year and the quarter's number 1–4. */
export const quarterSchema = z
  .string()
  .trim()
  .refine((s) => QUARTER_PATTERN.test(s), { message: 'invalid_quarter' })

const quarterTextMax = 4000
export const quarterTextSchema = z.object({
  risks: freeText.trim().max(quarterTextMax).default(''),
  nextSteps: freeText.trim().max(quarterTextMax).default(''),
  decisions: freeText.trim().max(quarterTextMax).default('')
})

const quarterRefSchema = z.object({ key: z.string(), label: z.string(), from: isoDateSchema, to: isoDateSchema })

export const trafficLightSchema = z.object({
  key: z.string(),
  label: z.string(),
  colour: z.enum(['red', 'yellow', 'green', 'grey']),
  /** The rule that set the colour, in words (e.g. «Forbrug 61 % mod 58 % af perioden»). */
  rule: z.string()
})
export type TrafficLight = z.infer<typeof trafficLightSchema>

const spentSchema = z.object({
  budgetOre: oreSchema,
  spentInQuarterOre: oreSchema,
  spentToDateOre: oreSchema,
  /** Spent to the end of the previous quarter (the change since then is spentInQuarterOre). */
  spentToPreviousOre: oreSchema,
  remainingOre: oreSchema,
  forecastOre: oreSchema.nullable()
})

export const quarterlyReportSchema = z.object({
  projectId: idSchema,
  quarter: quarterRefSchema,
  previousQuarter: quarterRefSchema.nullable(),
  publication: z.boolean(),
  project: z.object({
    title: z.string(),
    municipality: z.string(),
    poolName: z.string(),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    grantAmountOre: oreSchema
  }),
  lights: z.array(trafficLightSchema),
  economy: z.object({
    inForceVersion: z.string().nullable(),
    usedBp: basisPointsSchema.nullable(),
    elapsedBp: basisPointsSchema,
    totals: spentSchema,
    years: z.array(spentSchema.extend({ year: z.number().int() })),
    lines: z.array(spentSchema.extend({ budgetLineId: idSchema, year: z.number().int(), title: z.string(), categoryLabel: z.string() })),
    /** The quarter's revisions and moves between years: what each moved per year (the budget screen's comparison with its base). */
    revisions: z.array(
      z.object({
        versionId: idSchema,
        number: z.number().int(),
        title: z.string(),
        status: z.string(),
        statusLabel: z.string(),
        betweenYears: z.boolean(),
        date: isoDateSchema.nullable(),
        years: z.array(z.object({ year: z.number().int(), deltaOre: z.number().int() })),
        /** How many budget lines the version changed (added, removed or changed). */
        changedLines: z.number().int()
      })
    )
  }),
  /** The instalments as they stood at the quarter's end. */
  instalments: z.array(
    z.object({
      no: z.number().int(),
      label: z.string(),
      expectedDate: isoDateSchema,
      status: z.enum(['expected', 'appliedFor', 'received']),
      appliedDate: isoDateSchema.nullable(),
      appliedAmountOre: z.number().int().nullable(),
      receivedDate: isoDateSchema.nullable(),
      receivedAmountOre: z.number().int().nullable()
    })
  ),
  results: kpiReportSchema.extend({
    /** The last measured month of the quarter and of the quarter before (for the change). */
    latestMonth: z.string().nullable(),
    previousMonth: z.string().nullable()
  }),
  progression: z.array(progressionThemeSummarySchema),
  /** null in the publication copy (pseudonyms are left out). */
  focusList: z
    .object({
      month: z.string(),
      entries: z.array(priorityEntrySchema),
      /** How many were in focus in the previous quarter's last measured month; null without one. */
      previousCount: z.number().int().nullable()
    })
    .nullable(),
  passivity: z.object({
    total: z.number(),
    /** The previous quarter's total; null in the first quarter. */
    previousTotal: z.number().nullable(),
    rows: z.array(z.object({ label: z.string(), value: z.number(), cumulativeShare: z.number() }))
  }),
  steering: z.object({
    groups: z.array(
      z.object({
        groupId: idSchema,
        groupName: z.string(),
        metInQuarter: z.boolean(),
        required: z.boolean(),
        meetings: z.array(
          z.object({
            meetingId: idSchema,
            date: isoDateSchema,
            title: z.string(),
            status: z.string(),
            decisions: z.array(z.object({ number: z.number().int().nullable(), title: z.string(), decision: z.string() }))
          })
        )
      })
    ),
    /** Meetings of both groups held (or with approved minutes) in the quarter. */
    meetingsHeld: z.number().int(),
    openActions: z.array(actionSchema),
    overdueCount: z.number().int(),
    /** The previous quarter's meetings held and action items open and overdue at its end; null in the first quarter. */
    previous: z.object({ meetingsHeld: z.number().int(), openActions: z.number().int(), overdueCount: z.number().int() }).nullable()
  }),
  unapprovedMonths: z.array(z.object({ month: z.string(), staffName: z.string(), status: z.string() })),
  text: quarterTextSchema.required(),
  madeAt: timestampSchema,
  /** The audit chain's head when the figures were gathered: printed on the front page as an anchor. */
  anchor: auditAnchorSchema.nullable()
})
export type QuarterlyReport = z.infer<typeof quarterlyReportSchema>

export const quarterlyPackSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  quarter: z.string(),
  quarterLabel: z.string(),
  publication: z.boolean(),
  madeBy: z.string(),
  madeAt: timestampSchema,
  pdfSha256: z.string(),
  pages: z.number().int(),
  fileName: z.string()
})
export type QuarterlyPack = z.infer<typeof quarterlyPackSchema>

const quarterInputSchema = z.object({ projectId: idSchema, quarter: quarterSchema })

export const overviewAlertGroupSchema = z.object({
  /** The alert's kind (and for thresholds the threshold), e.g. `overBudget` or `passedThreshold:9000`. */
  key: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  /** One line for the group: the alert itself when it is alone, else «3 budgetposter over 90 %». */
  title: z.string(),
  items: z.array(z.object({ budgetLineId: idSchema.nullable(), message: z.string() }))
})

export const projectOverviewSchema = z.object({
  projectId: idSchema,
  /** The day the figures are taken (today, or the period's last day once the period has ended). */
  asOf: isoDateSchema,
  quarter: quarterRefSchema,
  /** The quarterly pack's lights for the quarter holding asOf, plus the instalments, worst first. */
  lights: z.array(trafficLightSchema),
  /** The spending view's alerts, alike ones grouped into one line, worst first. */
  alerts: z.array(overviewAlertGroupSchema),
  kpis: z.object({
    month: z.string().nullable(),
    rows: z.array(
      z.object({ kpi: z.string(), label: z.string(), value: z.number(), target: z.number().nullable(), atMost: z.boolean(), met: z.boolean().nullable() })
    )
  })
})
export type ProjectOverview = z.infer<typeof projectOverviewSchema>

export const quarterlyApi = {
  'quarterly.quarters': defineMethod({
    summary: 'The quarters of the project period, and the one a pack is made for by default (the last ended)',
    input: projectRefSchema.strict(),
    output: z.object({ quarters: z.array(quarterRefSchema.extend({ ended: z.boolean() })), defaultQuarter: z.string() })
  }),
  'quarterly.overview': defineMethod({
    summary: "The project's front page: the quarterly pack's traffic lights as of today, the budget's alerts grouped, the KPIs against their targets",
    input: projectRefSchema.strict(),
    output: projectOverviewSchema
  }),
  'quarterly.get': defineMethod({
    summary: "A quarter's figures for the pack: traffic lights, economy, results, prioritisation, steering, text",
    input: quarterInputSchema.extend({ publication: z.boolean().default(false) }).strict(),
    output: quarterlyReportSchema
  }),
  'quarterly.text.save': defineMethod({
    summary: "The project leader's own text for the quarter: risks, next steps, what the steering group is asked to decide (audited)",
    input: quarterInputSchema.extend(quarterTextSchema.shape).strict(),
    output: quarterTextSchema.required()
  }),
  'quarterly.make': defineMethod({
    summary: 'Make the pack: print it through the one print path and store the PDF, the figures and its SHA-256 (audited)',
    input: quarterInputSchema.extend({ publication: z.boolean().default(false) }).strict(),
    output: quarterlyPackSchema
  }),
  'quarterly.packs.list': defineMethod({
    summary: 'The packs made for the project, newest first',
    input: projectRefSchema.strict(),
    output: z.array(quarterlyPackSchema)
  }),
  'quarterly.packs.get': defineMethod({
    summary: 'One made pack: its PDF (checked against its SHA-256) and the figures it showed',
    input: z.object({ packId: idSchema }).strict(),
    output: quarterlyPackSchema.extend({ contentBase64: z.string(), figures: z.unknown() })
  }),
  'quarterly.packs.attach': defineMethod({
    summary: "Attach a made pack to a meeting's agenda item «Kvartalsstatus» (added when the agenda has none), audited",
    input: z.object({ packId: idSchema, meetingId: idSchema }).strict(),
    output: z.object({ meetingId: idSchema, itemId: idSchema, attachmentId: idSchema, fileName: z.string() })
  }),
  'quarterly.verify': defineMethod({
    summary: 'Is this PDF a pack that Puljestyr made and stored, unchanged?',
    input: z.object({ contentBase64: base64Schema.min(1) }).strict(),
    output: z.object({ known: z.boolean(), sha256: z.string(), pack: quarterlyPackSchema.nullable() })
  })
} as const
