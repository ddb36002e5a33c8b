// API methods of the prioritisation: the Pareto focus list of the effort group (pseudonyms only),
// pins and exclusions with a reason, and the 80/20 views of causes.
import { z } from 'zod'
import { defineMethod } from './define'
import { idSchema } from './schemas'
import { paretoPartKeys } from '../domain/participants/poolRules'
import { monthSchema } from './schemas'
import { participantRefSchema, requiredNoCprText } from './participants'

export const priorityEntrySchema = z.object({
  participantId: idSchema,
  pseudonym: z.string(),
  jobBrokerName: z.string().nullable(),
  score: z.number(),
  rank: z.number().int(),
  focus: z.boolean(),
  pinned: z.boolean(),
  pinReason: z.string().nullable(),
  parts: z.array(z.object({ key: z.enum(paretoPartKeys), value: z.number(), weight: z.number(), points: z.number() }))
})
export type PriorityEntry = z.infer<typeof priorityEntrySchema>
export const paretoDimensions = [
  'passiveReason',
  'passiveByBroker',
  'missingCvByBroker',
  'exitReason',
  'paidHoursByBroker',
  'activity',
  'spendingByBudgetLine'
] as const
export type ParetoDimension = (typeof paretoDimensions)[number]
export const paretoBarSchema = z.object({
  category: z.string(),
  value: z.number(),
  share: z.number(),
  cumulativeShare: z.number(),
  isOther: z.boolean(),
  vitalFew: z.boolean(),
  items: z.array(z.object({ category: z.string(), value: z.number(), label: z.string() }))
})
export const prioritisationApi = {
  'prioritisation.list': defineMethod({
    summary: 'The Pareto list of a month: score with its parts, the top 20 % as focus, pins and exclusions',
    input: z.object({ projectId: idSchema, month: monthSchema.optional() }).strict(),
    output: z.object({
      month: z.string(),
      focusShare: z.number(),
      lookbackMonths: z.number().int(),
      entries: z.array(priorityEntrySchema),
      excluded: z.array(z.object({ participantId: idSchema, pseudonym: z.string(), reason: z.string() }))
    })
  }),
  'prioritisation.set': defineMethod({
    summary: 'Pin a participant to the focus list, exclude one, or undo it, with a reason (audited)',
    input: participantRefSchema.extend({ kind: z.enum(['pin', 'exclude', 'none']), reason: requiredNoCprText(500) }).strict(),
    output: z.object({ kind: z.enum(['pin', 'exclude', 'none']) })
  }),
  'prioritisation.categories': defineMethod({
    summary: 'An 80/20 view of a category (causes of passivity, …) by count or by a summed value',
    input: z.object({ projectId: idSchema, dimension: z.enum(paretoDimensions), fromMonth: monthSchema.optional(), toMonth: monthSchema.optional() }).strict(),
    output: z.object({
      dimension: z.enum(paretoDimensions),
      unit: z.enum(['count', 'minutes', 'ore']),
      fromMonth: z.string(),
      toMonth: z.string(),
      total: z.number(),
      bars: z.array(paretoBarSchema)
    })
  })
} as const
