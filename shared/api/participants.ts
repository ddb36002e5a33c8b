// API methods of the participants domain: participants, monthly status (form, grid, import), KPIs
// against the pool's result rules, progression, and the Pareto prioritisation. Declared once here;
// bound to IPC and HTTP by iterating the contract.
import { z } from 'zod'
import { defineMethod } from './define'
import {
  base64Schema,
  deletedSchema,
  freeText,
  idSchema,
  isoDateSchema,
  monthSchema,
  poolRefSchema,
  projectRefSchema,
  requiredText,
  timestampSchema
} from './schemas'
import { activityKeys, exitReasons, progressionOccasions } from '../domain/participants/types'
import { kpiKeys, resultsRulesSchema, targetsSchema } from '../domain/participants/poolRules'
import { traceableKpis } from '../domain/participants/kpiMembers'
import { minutesSchema } from '../domain/unitSchemas'

/** Text that may never hold a CPR number (docs/domain.md rule 14 «Personal data»): the contract's one free-text type. */
export const noCprText = (max: number) => freeText.trim().max(max)
export const requiredNoCprText = (max: number) => freeText.trim().min(1).max(max)

const activitySchema = z.enum(activityKeys)
const exitReasonSchema = z.enum(exitReasons)
const groupSchema = z.union([z.literal(1), z.literal(2), z.literal(3)])
const occasionSchema = z.enum(progressionOccasions)
const shareSchema = z.number()

/** A progression theme's change for the effort group: the means at intake and at the latest answer. */
export const progressionThemeSummarySchema = z.object({
  key: z.string(),
  label: z.string(),
  participants: z.number().int(),
  intakeMean: z.number().nullable(),
  latestMean: z.number().nullable(),
  change: z.number().nullable()
})

export const reminderSchema = z.object({
  kind: z.enum(['intakeMissing', 'followUpDue', 'followUpSoon', 'exitMissing']),
  dueOn: isoDateSchema
})

export const participantSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  pseudonym: z.string(),
  caseNumber: z.string(),
  intakeDate: isoDateSchema,
  intakeGroup: groupSchema,
  /** The group today, after the group changes. */
  currentGroup: groupSchema,
  jobBrokerId: idSchema.nullable(),
  jobBrokerName: z.string().nullable(),
  exitDate: isoDateSchema.nullable(),
  exitReason: exitReasonSchema.nullable(),
  note: z.string(),
  /** Counts in the effort group this month (docs/domain.md rule 6 «The effort group»: the pool's exit reasons). */
  inEffortGroup: z.boolean(),
  /** The course is open (not ended). */
  open: z.boolean(),
  groupChanges: z.array(z.object({ id: idSchema, changeDate: isoDateSchema, toGroup: groupSchema, note: z.string() })),
  lastStatusMonth: z.string().nullable(),
  reminder: reminderSchema.nullable(),
  priority: z.object({ kind: z.enum(['pin', 'exclude']), reason: z.string() }).nullable()
})
export type Participant = z.infer<typeof participantSchema>

const participantFields = {
  pseudonym: requiredNoCprText(100),
  caseNumber: noCprText(100).default(''),
  intakeDate: isoDateSchema,
  intakeGroup: groupSchema,
  jobBrokerId: idSchema.nullable().default(null),
  exitDate: isoDateSchema.nullable().default(null),
  exitReason: exitReasonSchema.nullable().default(null),
  note: noCprText(2000).default('')
}
export const participantInputSchema = z.object({ projectId: idSchema, ...participantFields }).strict()
export type ParticipantInput = z.input<typeof participantInputSchema>

export const statusInputSchema = z
  .object({
    participantId: idSchema,
    activities: z.array(activitySchema).default([]),
    paidHoursMinutes: minutesSchema.min(0).nullable().default(null),
    passive: z.boolean().default(false),
    passiveReason: noCprText(100).nullable().default(null),
    cvUpdatedOn: isoDateSchema.nullable().default(null),
    jobPlan: z.boolean().default(false),
    jobGoal: noCprText(200).default(''),
    note: noCprText(1000).default(''),
    /** Removes the month's status instead of saving one. */
    clear: z.boolean().default(false)
  })
  .strict()
export type StatusInputRow = z.input<typeof statusInputSchema>

export const statusSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  month: z.string(),
  activities: z.array(activitySchema),
  paidHoursMinutes: minutesSchema,
  passive: z.boolean(),
  passiveReason: z.string().nullable(),
  cvUpdatedOn: isoDateSchema.nullable(),
  jobPlan: z.boolean(),
  jobGoal: z.string(),
  note: z.string(),
  source: z.string(),
  updatedAt: timestampSchema
})
export type Status = z.infer<typeof statusSchema>

export const monthRowSchema = z.object({
  participantId: idSchema,
  pseudonym: z.string(),
  caseNumber: z.string(),
  jobBrokerId: idSchema.nullable(),
  jobBrokerName: z.string().nullable(),
  intakeDate: isoDateSchema,
  exitDate: isoDateSchema.nullable(),
  inEffortGroup: z.boolean(),
  open: z.boolean(),
  status: statusSchema.nullable(),
  /** The status of the month before, to copy from. */
  previous: statusSchema.nullable()
})
export type MonthRow = z.infer<typeof monthRowSchema>

const countsByKpi = z.object(
  Object.fromEntries(
    [
      'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth',
      'shareOfEffortGroupInFirmBasedActivity',
      'shareOfEffortGroupWithPaidHours',
      'shareOfEffortGroupInWorkPlacement'
    ].map((k) => [k, z.number()])
  ) as Record<
    | 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth'
    | 'shareOfEffortGroupInFirmBasedActivity'
    | 'shareOfEffortGroupWithPaidHours'
    | 'shareOfEffortGroupInWorkPlacement',
    z.ZodNumber
  >
)

export const monthKpisSchema = z.object({
  month: z.string(),
  effortGroup: z.number().int(),
  openCases: z.number().int(),
  withStatus: z.number().int(),
  missingStatus: z.number().int(),
  counts: countsByKpi,
  shares: countsByKpi,
  passive: z.number().int(),
  passiveShare: shareSchema,
  cvUpToDate: z.number().int(),
  jobPlan: z.number().int(),
  paidHoursMinutes: minutesSchema,
  ended: z.number().int(),
  endedSuccessful: z.number().int(),
  endedSuccessfulShare: shareSchema,
  caseload: z.array(z.object({ staffId: idSchema.nullable(), name: z.string(), count: z.number().int() }))
})
export type MonthKpisOut = z.infer<typeof monthKpisSchema>

export const conditionResultSchema = z.object({
  label: z.string(),
  kpi: z.enum(kpiKeys),
  atLeast: z.number(),
  consecutiveMonths: z.number().int().nullable(),
  /** null = not yet measured (no monthly statuses yet). */
  met: z.boolean().nullable(),
  bestShare: z.number(),
  bestMonth: z.string().nullable(),
  metMonths: z.array(z.string()).nullable(),
  detail: z.string()
})
export type ConditionResult = z.infer<typeof conditionResultSchema>

export const kpiReportSchema = z.object({
  projectId: idSchema,
  poolKey: z.string(),
  poolName: z.string(),
  months: z.array(monthKpisSchema),
  targets: targetsSchema,
  conditions: z.array(conditionResultSchema),
  /** What counts, per activity KPI, as Danish labels (from the pool's rules). */
  counting: z.array(z.object({ kpi: z.enum(kpiKeys), activities: z.array(z.string()) })),
  effortGroupExit: z.array(z.string()),
  lastStatusMonth: z.string().nullable()
})
export type KpiReport = z.infer<typeof kpiReportSchema>

export const resultsRulesViewSchema = z.object({
  poolId: idSchema,
  poolKey: z.string(),
  poolName: z.string(),
  rules: resultsRulesSchema,
  /** True when the pool uses the rules shipped with the app (no saved edit). */
  shipped: z.boolean()
})

export const projectTargetsSchema = targetsSchema.partial().strict()

const progressionAnswerSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  occasion: occasionSchema,
  answeredOn: isoDateSchema,
  answers: z.record(z.string(), z.number()),
  note: z.string(),
  /** Mean per theme. */
  themeScores: z.record(z.string(), z.number())
})
export type ProgressionAnswerOut = z.infer<typeof progressionAnswerSchema>

const importResultSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  months: z.array(z.string())
})
export type StatusImportResult = z.infer<typeof importResultSchema>

export const kpiMembersSchema = z.object({
  month: monthSchema,
  kpi: z.enum(traceableKpis),
  label: z.string(),
  count: z.number().int(),
  total: z.number().int(),
  share: shareSchema,
  members: z.array(
    z.object({
      participantId: idSchema,
      pseudonym: z.string(),
      jobBrokerName: z.string().nullable(),
      counted: z.boolean(),
      /** The month's status in words (activities, passive), or empty without a status. */
      status: z.string()
    })
  )
})
export type KpiMembersOut = z.infer<typeof kpiMembersSchema>

/** One participant of a project. */
export const participantRefSchema = z.object({ projectId: idSchema, participantId: idSchema })

export const participantsApi = {
  'participants.list': defineMethod({
    summary: "The project's participants with group, job broker, exit and progression reminder",
    input: projectRefSchema.strict(),
    output: z.array(participantSchema)
  }),
  'participants.get': defineMethod({
    summary: 'One participant with statuses and progression answers',
    input: participantRefSchema.strict(),
    output: z.object({ participant: participantSchema, statuses: z.array(statusSchema), progression: z.array(progressionAnswerSchema) })
  }),
  'participants.create': defineMethod({
    summary: 'Add a participant (pseudonym or case number, never a CPR number)',
    input: participantInputSchema,
    output: participantSchema
  }),
  'participants.update': defineMethod({
    summary: "Change a participant's data, job broker or exit",
    input: participantInputSchema.extend({ participantId: idSchema, reason: noCprText(500).default('') }).strict(),
    output: participantSchema
  }),
  'participants.delete': defineMethod({
    summary: 'Delete a participant entered by mistake, with statuses and answers (audited, with a reason)',
    input: participantRefSchema.extend({ reason: requiredNoCprText(500) }).strict(),
    output: deletedSchema
  }),
  'participants.groupChange.add': defineMethod({
    summary: 'Record a move to another group (the effort group is counted by its rule)',
    input: participantRefSchema.extend({ changeDate: isoDateSchema, toGroup: groupSchema, note: noCprText(500).default('') }).strict(),
    output: participantSchema
  }),
  'participants.groupChange.delete': defineMethod({
    summary: 'Remove a group change entered by mistake',
    input: z.object({ projectId: idSchema, changeId: idSchema, reason: requiredNoCprText(500) }).strict(),
    output: participantSchema
  }),
  'participants.month.get': defineMethod({
    summary: "A month's statuses for a caseload (one job broker or all): the quick-entry grid",
    input: z
      .object({ projectId: idSchema, month: monthSchema, jobBrokerId: idSchema.nullable().optional(), includeClosed: z.boolean().default(false) })
      .strict(),
    output: z.object({ month: z.string(), passiveReasons: z.array(z.string()), rows: z.array(monthRowSchema) })
  }),
  'participants.month.save': defineMethod({
    summary: "Save a month's statuses for many participants in one call: all rows or none, with every bad row named",
    input: z
      .object({ projectId: idSchema, month: monthSchema, rows: z.array(statusInputSchema).max(2000), source: z.enum(['form', 'grid']).default('grid') })
      .strict(),
    output: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), cleared: z.number().int() })
  }),
  'participants.status.import': defineMethod({
    summary: 'Import monthly statuses from CSV or XLSX: every row valid or nothing imported; twice doubles nothing',
    input: z.object({ projectId: idSchema, fileName: requiredText.max(300), contentBase64: base64Schema }).strict(),
    output: importResultSchema
  }),
  'participants.status.template': defineMethod({
    summary: "A CSV for Excel with the month's open courses and the import's columns",
    input: z.object({ projectId: idSchema, month: monthSchema }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: base64Schema })
  }),
  'participants.kpi.monthly': defineMethod({
    summary: "The monthly KPIs, the targets and which of the pool's result conditions are met",
    input: projectRefSchema.strict(),
    output: kpiReportSchema
  }),
  'participants.kpi.members': defineMethod({
    summary: "Who one month's KPI figure is made of: its denominator's participants and which of them it counts",
    input: z.object({ projectId: idSchema, month: monthSchema, kpi: z.enum(traceableKpis) }).strict(),
    output: kpiMembersSchema
  }),
  'participants.caseload.members': defineMethod({
    summary: "Who one job broker's caseload of a month is: the participants whose course is open that month",
    input: z.object({ projectId: idSchema, month: monthSchema, jobBrokerId: idSchema.nullable() }).strict(),
    output: z.object({
      month: monthSchema,
      jobBrokerName: z.string(),
      members: z.array(z.object({ participantId: idSchema, pseudonym: z.string(), intakeDate: isoDateSchema, exitDate: isoDateSchema.nullable() }))
    })
  }),
  'participants.rules.get': defineMethod({
    summary: "A pool's results rules: what counts, exits, targets, progression questions, Pareto weights",
    input: poolRefSchema.strict(),
    output: resultsRulesViewSchema
  }),
  'participants.rules.save': defineMethod({
    summary: "Save a pool's results rules (audited)",
    input: poolRefSchema.extend({ rules: resultsRulesSchema, reason: noCprText(500).default('') }).strict(),
    output: resultsRulesViewSchema
  }),
  'participants.rules.reset': defineMethod({
    summary: 'Go back to the rules shipped for the pool (audited)',
    input: poolRefSchema.extend({ reason: noCprText(500).default('') }).strict(),
    output: resultsRulesViewSchema
  }),
  'participants.targets.get': defineMethod({
    summary: "A project's pool rules for results and its own targets",
    input: projectRefSchema.strict(),
    output: resultsRulesViewSchema.extend({ projectTargets: projectTargetsSchema, targets: targetsSchema })
  }),
  'participants.targets.save': defineMethod({
    summary: "Save the project's own targets (overriding the pool's), audited",
    input: z.object({ projectId: idSchema, targets: projectTargetsSchema, reason: noCprText(500).default('') }).strict(),
    output: z.object({ projectTargets: projectTargetsSchema, targets: targetsSchema })
  }),
  'participants.progression.save': defineMethod({
    summary: 'Save the answers to the progression questions at intake, follow-up or exit',
    input: z
      .object({
        projectId: idSchema,
        participantId: idSchema,
        answerId: idSchema.optional(),
        occasion: occasionSchema,
        answeredOn: isoDateSchema,
        answers: z.record(z.string(), z.number().int()),
        note: noCprText(1000).default('')
      })
      .strict(),
    output: progressionAnswerSchema
  }),
  'participants.progression.delete': defineMethod({
    summary: 'Remove a progression answer entered by mistake (audited, with a reason)',
    input: z.object({ projectId: idSchema, answerId: idSchema, reason: requiredNoCprText(500) }).strict(),
    output: deletedSchema
  }),
  'participants.progression.summary': defineMethod({
    summary: 'Change per theme for the effort group, and whose answers are due',
    input: projectRefSchema.strict(),
    output: z.object({
      themes: z.array(progressionThemeSummarySchema),
      reminders: z.array(reminderSchema.extend({ participantId: idSchema, pseudonym: z.string(), jobBrokerName: z.string().nullable() })),
      answered: z.object({ intake: z.number().int(), followUp: z.number().int(), exit: z.number().int() }),
      scaleMin: z.number().int(),
      scaleMax: z.number().int(),
      exampleWording: z.boolean()
    })
  }),
  'participants.progression.members': defineMethod({
    summary: "Who a theme's progression is made of: each pair of intake and latest answer, and the means",
    input: z.object({ projectId: idSchema, themeKey: z.string().min(1).max(100) }).strict(),
    output: z.object({
      themeKey: z.string(),
      label: z.string(),
      participants: z.number().int(),
      intakeMean: z.number().nullable(),
      latestMean: z.number().nullable(),
      members: z.array(
        z.object({
          participantId: idSchema,
          pseudonym: z.string(),
          intakeOn: isoDateSchema,
          intakeScore: z.number(),
          latestOn: isoDateSchema,
          latestScore: z.number()
        })
      )
    })
  }),
  'participants.overview': defineMethod({
    summary: "The participants card of the project's front page",
    input: projectRefSchema.strict(),
    output: z.object({
      participants: z.number().int(),
      effortGroup: z.number().int(),
      openCases: z.number().int(),
      month: z.string().nullable(),
      latest: monthKpisSchema.nullable(),
      targets: targetsSchema,
      conditions: z.array(conditionResultSchema),
      remindersDue: z.number().int(),
      caseloadOverMax: z.array(z.object({ name: z.string(), count: z.number().int() }))
    })
  })
} as const
