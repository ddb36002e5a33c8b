// API methods of the project's staff and their hourly rates over time.
import { z } from 'zod'

import { defineMethod } from './define'
import { deletedSchema, idSchema, isoDateSchema, optionalText, projectRefSchema, requiredText } from './schemas'
import { WHOLE_BP } from '../domain/percent'
import { basisPointsSchema, minutesSchema, nonNegativeOreSchema, oreSchema } from '../domain/unitSchemas'

export const staffMemberSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  name: z.string(),
  /** A cost category key of the pool, e.g. 'jobBroker', 'projectManagement'. */
  functionKey: z.string(),
  title: z.string(),
  weeklyMinutes: minutesSchema,
  /** Share of working time on the project in basis points (10000 = 100 %). */
  projectShareBp: basisPointsSchema,
  employedFrom: isoDateSchema.nullable(),
  employedTo: isoDateSchema.nullable(),
  note: z.string()
})
export type StaffMember = z.infer<typeof staffMemberSchema>
export const staffInputSchema = z
  .object({
    name: requiredText.max(200),
    functionKey: requiredText.max(60),
    title: optionalText,
    /** Weekly working time in minutes (37 hours = 2220). */
    weeklyMinutes: minutesSchema.min(1).max(60 * 80),
    /** Share of working time on the project in basis points (10000 = 100 %). */
    projectShareBp: basisPointsSchema.min(1).max(WHOLE_BP),
    employedFrom: isoDateSchema.nullable().default(null),
    employedTo: isoDateSchema.nullable().default(null),
    note: optionalText
  })
  .strict()
/** A staff member's fields as the service receives them (parsed: defaults filled, units typed). */
export type StaffFields = z.output<typeof staffInputSchema>
export const salaryPartAmountSchema = z.object({ key: z.string(), label: z.string(), amountOre: oreSchema })
export const staffRateSchema = z.object({
  id: idSchema,
  staffId: idSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  salaryParts: z.array(salaryPartAmountSchema),
  annualSalaryOre: oreSchema,
  divisorMinutes: minutesSchema,
  hourlyRateOre: oreSchema,
  /** "(A-indkomst … + pension … + ATP …) / 1.924,00 timer = … kr./time" */
  calculation: z.string(),
  note: z.string(),
  /** Used by postings in the ledger: it can no longer be deleted. */
  inUse: z.boolean()
})
export type StaffRate = z.infer<typeof staffRateSchema>
export const staffWithRatesSchema = z.object({
  staff: staffMemberSchema,
  functionLabel: z.string(),
  rates: z.array(staffRateSchema),
  /** The rate valid today, if any. */
  currentRate: staffRateSchema.nullable()
})
export type StaffWithRates = z.infer<typeof staffWithRatesSchema>
export const rateFormulaSchema = z.object({
  divisorMinutes: minutesSchema,
  salaryParts: z.array(z.object({ key: z.string(), label: z.string() })),
  excluded: z.array(z.string()),
  source: z.string()
})

export const staffApi = {
  'staff.list': defineMethod({
    summary: "The project's staff",
    input: projectRefSchema.strict(),
    output: z.array(staffMemberSchema)
  }),
  'staff.create': defineMethod({
    summary: 'Add a staff member to a project (audited)',
    input: staffInputSchema.extend({ projectId: idSchema }).strict(),
    output: staffMemberSchema
  }),
  'staff.update': defineMethod({
    summary: "Change a staff member's master data (audited)",
    input: staffInputSchema.extend({ staffId: idSchema }).strict(),
    output: staffMemberSchema
  }),
  'staff.rates.list': defineMethod({
    summary: "The project's staff with their hourly rates (history) and the pool's rate formula",
    input: projectRefSchema.strict(),
    output: z.object({
      formula: rateFormulaSchema,
      categories: z.array(z.object({ key: z.string(), label: z.string(), eligible: z.boolean(), kind: z.enum(['salary', 'lumpSum']) })),
      staff: z.array(staffWithRatesSchema)
    })
  }),
  'staff.rates.add': defineMethod({
    summary: "Add an hourly rate from a date, computed from the salary parts by the pool's formula (audited)",
    input: z
      .object({
        staffId: idSchema,
        validFrom: isoDateSchema,
        salaryParts: z.array(z.object({ key: z.string().trim().min(1), amountOre: nonNegativeOreSchema }).strict()).min(1),
        note: optionalText
      })
      .strict(),
    output: staffRateSchema
  }),
  'staff.rates.delete': defineMethod({
    summary: 'Delete the latest hourly rate of a staff member, if no posting uses it (audited)',
    input: z.object({ rateId: idSchema, reason: optionalText }).strict(),
    output: deletedSchema
  })
} as const
