// API methods of the time domain: the pool's time rules, working calendar, timesheets and their
// weekly and monthly approval, management statements and the import of hours.
// Declared once here; bound to IPC and HTTP by iterating the contract.
import { z } from 'zod'

import { defineMethod } from './define'
import { timePoolRulesSchema } from '../domain/time/poolRules'
import { basisPointsSchema, minutesSchema, oreSchema } from '../domain/unitSchemas'
import {
  approverFields,
  fileInputSchema,
  idSchema,
  importResultSchema,
  isoDateSchema,
  monthSchema,
  optionalText,
  poolRefSchema,
  poolRulesOutputSchema,
  poolRulesSaveSchema,
  projectRefSchema,
  requiredText,
  stepBackFields,
  timestampSchema,
  yearSchema
} from './schemas'

// --- Settings ------------------------------------------------------------------------------------

export const daysOffSchema = z
  .object({
    christmasEveOff: z.boolean(),
    newYearsEveOff: z.boolean(),
    mayDayAfternoonOff: z.boolean(),
    constitutionDayAfternoonOff: z.boolean()
  })
  .strict()

export const activitySchema = z.object({ id: idSchema, name: z.string(), active: z.boolean(), sortOrder: z.number().int(), entryCount: z.number().int() })
export type Activity = z.infer<typeof activitySchema>

export const timeSettingsSchema = z.object({
  projectId: idSchema,
  daysOff: daysOffSchema,
  /** The employee signs their month before a manager approves it (default, as grant bodies require). */
  requireEmployeeSignature: z.boolean(),
  activities: z.array(activitySchema)
})
export type TimeSettings = z.infer<typeof timeSettingsSchema>

export const salaryLineChoiceSchema = z.object({
  staffId: idSchema,
  staffName: z.string(),
  year: z.number().int(),
  categoryKey: z.string(),
  candidates: z.array(z.object({ id: idSchema, title: z.string() })),
  chosenBudgetLineId: idSchema.nullable()
})
export type SalaryLineChoice = z.infer<typeof salaryLineChoiceSchema>

// --- Staff, weeks and months ---------------------------------------------------------------------

/** 'timesheet': registers hours (part-time on the project); 'statement': 100 %, a monthly management statement. */
export const timeModeSchema = z.enum(['timesheet', 'statement'])

export const timeStaffSchema = z.object({
  id: idSchema,
  name: z.string(),
  title: z.string(),
  functionKey: z.string(),
  mode: timeModeSchema,
  weeklyProjectMinutes: minutesSchema,
  projectShareBp: basisPointsSchema,
  employedFrom: isoDateSchema.nullable(),
  employedTo: isoDateSchema.nullable()
})
export type TimeStaff = z.infer<typeof timeStaffSchema>

export const monthStatusSchema = z.enum(['open', 'signed', 'approved'])
export type MonthStatus = z.infer<typeof monthStatusSchema>

export const weekDaySchema = z.object({
  date: isoDateSchema,
  kind: z.enum(['workday', 'halfDay', 'dayOff', 'holiday', 'weekend']),
  name: z.string().nullable(),
  normMinutes: minutesSchema,
  /** Why the day cannot be changed (outside the period, approved month, closed by an account), or null. */
  lockedReason: z.string().nullable(),
  monthStatus: monthStatusSchema
})

/** A manager's approval of one staff member's ISO week (or its trace, once unlocked). */
export const weekApprovalSchema = z.object({
  weekStart: isoDateSchema,
  isoYear: z.number().int(),
  week: z.number().int(),
  status: z.enum(['open', 'approved']),
  /** The week's registered minutes when it was approved. */
  minutes: minutesSchema,
  approvedByName: z.string().nullable(),
  approvedByRole: z.string().nullable(),
  approvedAt: timestampSchema.nullable(),
  approvedOsUser: z.string().nullable(),
  unlockReason: z.string().nullable(),
  unlockedByName: z.string().nullable(),
  unlockedAt: timestampSchema.nullable()
})
export type WeekApproval = z.infer<typeof weekApprovalSchema>

export const weekSchema = z.object({
  staff: timeStaffSchema,
  /** The week's approval (null: never approved). */
  approval: weekApprovalSchema.nullable(),
  weekStart: isoDateSchema,
  isoYear: z.number().int(),
  week: z.number().int(),
  days: z.array(weekDaySchema),
  activities: z.array(z.object({ id: idSchema, name: z.string(), active: z.boolean() })),
  entries: z.array(z.object({ date: isoDateSchema, activityId: idSchema, minutes: minutesSchema })),
  totals: z.object({
    byDay: z.array(minutesSchema),
    byActivity: z.array(z.object({ activityId: idSchema, minutes: minutesSchema })),
    minutes: minutesSchema,
    normMinutes: minutesSchema
  })
})
export type Week = z.infer<typeof weekSchema>

export const weekCellSchema = z.object({ date: isoDateSchema, activityId: idSchema, minutes: minutesSchema }).strict()

export const monthRowSchema = z.object({
  staffId: idSchema,
  staffName: z.string(),
  mode: timeModeSchema,
  month: monthSchema,
  kind: timeModeSchema,
  status: monthStatusSchema,
  /** Registered minutes now (timesheets) or the statement's norm hours. */
  minutes: minutesSchema,
  normMinutes: minutesSchema,
  /** Salary cost posted for the month (net of reversals). */
  postedOre: oreSchema,
  signedByName: z.string().nullable(),
  signedAt: timestampSchema.nullable(),
  signedOsUser: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedByRole: z.string().nullable(),
  approvedAt: timestampSchema.nullable(),
  approvedOsUser: z.string().nullable(),
  unlockReason: z.string().nullable(),
  /** A signed account covers the month: nothing in it may change. */
  closed: z.boolean(),
  /** The approved weeks that touch the month (a week across a month boundary is listed in both). */
  weeks: z.array(weekApprovalSchema),
  /** Registered minutes of the month on days of approved weeks. */
  weekApprovedMinutes: minutesSchema
})
export type MonthRow = z.infer<typeof monthRowSchema>

export const salarySegmentSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  minutes: minutesSchema,
  hourlyRateOre: oreSchema,
  amountOre: oreSchema,
  rateId: idSchema
})

export const monthPreviewSchema = z.object({
  staffId: idSchema,
  staffName: z.string(),
  month: monthSchema,
  mode: timeModeSchema,
  minutes: minutesSchema,
  normMinutes: minutesSchema,
  workingDays: z.number(),
  segments: z.array(salarySegmentSchema),
  totalOre: oreSchema,
  budgetLine: z.object({ id: idSchema, title: z.string(), year: z.number().int() }).nullable(),
  /** Why the month cannot be approved as it stands (no rate, no budget line, …), or null. */
  problem: z.string().nullable(),
  /** Parts of the month approved and posted with weeks before the month: left out of the month's own postings. */
  coveredByWeeks: z.array(
    z.object({
      weekStart: isoDateSchema,
      isoYear: z.number().int(),
      week: z.number().int(),
      from: isoDateSchema,
      to: isoDateSchema,
      minutes: minutesSchema,
      postedOre: oreSchema
    })
  )
})
export type MonthPreview = z.infer<typeof monthPreviewSchema>

/** What approving a week would post, per month part (a week across a month boundary has two). */
export const weekPreviewSchema = z.object({
  staffId: idSchema,
  staffName: z.string(),
  weekStart: isoDateSchema,
  isoYear: z.number().int(),
  week: z.number().int(),
  /** The week's registered minutes (all its days in the project). */
  minutes: minutesSchema,
  parts: z.array(
    z.object({
      month: monthSchema,
      from: isoDateSchema,
      to: isoDateSchema,
      minutes: minutesSchema,
      /** 'week': posted by this approval; 'month': the month is approved already and has posted these days. */
      postedWith: z.enum(['week', 'month']),
      segments: z.array(salarySegmentSchema),
      totalOre: oreSchema,
      budgetLine: z.object({ id: idSchema, title: z.string(), year: z.number().int() }).nullable()
    })
  ),
  totalOre: oreSchema,
  /** Why the week cannot be approved as it stands, or null. */
  problem: z.string().nullable()
})
export type WeekPreview = z.infer<typeof weekPreviewSchema>

const monthRefSchema = z.object({ projectId: idSchema, staffId: idSchema, month: monthSchema })
const weekRefSchema = z.object({ projectId: idSchema, staffId: idSchema, weekStart: isoDateSchema })

/** One staff member's month as a document: the timesheet (or the management statement) with its signatures. */
export const monthSheetSchema = z.object({
  project: z.object({ title: z.string(), municipality: z.string(), caseNumber: z.string(), poolName: z.string() }),
  staff: timeStaffSchema,
  row: monthRowSchema,
  activities: z.array(z.object({ id: idSchema, name: z.string() })),
  days: z.array(
    z.object({
      date: isoDateSchema,
      kind: weekDaySchema.shape.kind,
      name: z.string().nullable(),
      normMinutes: minutesSchema,
      /** Minutes per activity, in the order of `activities`. */
      minutes: z.array(minutesSchema),
      total: minutesSchema
    })
  ),
  totals: z.object({ byActivity: z.array(minutesSchema), minutes: minutesSchema }),
  statementText: z.string(),
  salary: monthPreviewSchema
})
export type MonthSheet = z.infer<typeof monthSheetSchema>

export const timeRulesOutputSchema = poolRulesOutputSchema(timePoolRulesSchema)
export type TimeRulesOutput = z.infer<typeof timeRulesOutputSchema>

export const timeApi = {
  'time.rules.get': defineMethod({
    summary: "A pool's time rules: who documents time by a management statement, and whether employees sign their month",
    input: poolRefSchema.strict(),
    output: timeRulesOutputSchema
  }),
  'time.rules.save': defineMethod({
    summary: "Save a pool's time rules (audited, with a reason)",
    input: poolRulesSaveSchema(timePoolRulesSchema),
    output: timeRulesOutputSchema
  }),
  'time.settings.get': defineMethod({
    summary: "The project's working calendar settings and timesheet activities",
    input: projectRefSchema.strict(),
    output: timeSettingsSchema
  }),
  'time.settings.update': defineMethod({
    summary: 'Change the days off (24/12, 31/12, afternoons of 1 May and 5 June) and whether employees sign their month',
    input: z.object({ projectId: idSchema, daysOff: daysOffSchema, requireEmployeeSignature: z.boolean() }).strict(),
    output: timeSettingsSchema
  }),
  'time.activities.save': defineMethod({
    summary: "Save the project's activity list (order as given; activities with hours can be deactivated, not removed)",
    input: z
      .object({
        projectId: idSchema,
        activities: z.array(z.object({ id: idSchema.optional(), name: requiredText.max(100), active: z.boolean().default(true) }).strict()).min(1)
      })
      .strict(),
    output: timeSettingsSchema
  }),
  'time.staff': defineMethod({
    summary: 'The staff with how their time is documented (timesheet or management statement)',
    input: projectRefSchema.strict(),
    output: z.array(timeStaffSchema)
  }),
  'time.week': defineMethod({
    summary: "One staff member's ISO week: days, norm, activities and hours",
    input: weekRefSchema.strict(),
    output: weekSchema
  }),
  'time.week.save': defineMethod({
    summary: "Save a week's hours (each cell replaces the hours of its date and activity; 0 removes them)",
    input: weekRefSchema.extend({ cells: z.array(weekCellSchema) }).strict(),
    output: weekSchema
  }),
  'time.week.preview': defineMethod({
    summary: 'What approving a week would post: hours and cost per month part (a week can cross a month boundary)',
    input: weekRefSchema.strict(),
    output: weekPreviewSchema
  }),
  'time.week.approve': defineMethod({
    summary: "A manager approves a staff member's ISO week; posts the salary of the days not already approved with their month and locks the week",
    input: weekRefSchema.extend(approverFields).strict(),
    output: weekSchema
  }),
  'time.week.unlock': defineMethod({
    summary: 'Reopen an approved week, with a reason; reverses exactly the salary postings the week made',
    input: weekRefSchema.extend(stepBackFields).strict(),
    output: weekSchema
  }),
  'time.months': defineMethod({
    summary: 'Every staff member’s months with hours, norm, status and posted salary',
    input: z.object({ projectId: idSchema, year: yearSchema.optional() }).strict(),
    output: z.array(monthRowSchema)
  }),
  'time.month.preview': defineMethod({
    summary: 'What approving a month would post: hours, norm, rate periods and cost',
    input: monthRefSchema.strict(),
    output: monthPreviewSchema
  }),
  'time.month.sheet': defineMethod({
    summary: "A staff member's month as a document (for print): hours per day and activity, signatures, salary",
    input: monthRefSchema.strict(),
    output: monthSheetSchema
  }),
  'time.month.sign': defineMethod({
    summary: 'The employee signs their month',
    input: monthRefSchema.extend({ signerName: requiredText.max(200) }).strict(),
    output: monthRowSchema
  }),
  'time.month.approve': defineMethod({
    summary: 'A manager approves a month (timesheet, or the management statement for 100 % staff); posts the salary cost and locks the month',
    input: monthRefSchema.extend({ ...approverFields, statementText: optionalText }).strict(),
    output: monthRowSchema
  }),
  'time.month.unlock': defineMethod({
    summary: 'Reopen a signed or approved month, with a reason; reverses its salary postings',
    input: monthRefSchema.extend(stepBackFields).strict(),
    output: monthRowSchema
  }),
  'time.lineChoices': defineMethod({
    summary: 'Staff and years whose salary could go to more than one budget line, with the chosen line',
    input: projectRefSchema.strict(),
    output: z.array(salaryLineChoiceSchema)
  }),
  'time.lineChoice.set': defineMethod({
    summary: "Choose the budget line a staff member's salary goes to in a year",
    input: z.object({ projectId: idSchema, staffId: idSchema, year: yearSchema, budgetLineId: idSchema }).strict(),
    output: z.array(salaryLineChoiceSchema)
  }),
  'time.import.hours': defineMethod({
    summary: 'Import hours from CSV or XLSX: every row valid, or nothing imported',
    input: fileInputSchema,
    output: importResultSchema
  })
} as const
