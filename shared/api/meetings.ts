// API methods of the meetings domain: groups and members, meetings with attendance, agenda items
// (and the backlog of proposed items), decisions, attachments, action items, approval and
// addenda, the cadence per quarter, search, the .ics invitation and the pool's meeting rules.
// Declared once here; bound to IPC and HTTP by iterating the contract.
import { z } from 'zod'
import { auditAnchorSchema } from './audit'
import { defineMethod } from './define'
import {
  approverFields,
  base64Schema,
  deletedSchema,
  freeText,
  idSchema,
  isoDateSchema,
  optionalText,
  poolRefSchema,
  poolRulesSaveSchema,
  projectRefSchema,
  requiredText,
  timestampSchema
} from './schemas'
import { actionStatuses, attendanceStatuses, decisionChoices, groupKinds, itemKinds, meetingStatuses, memberRoles } from '../domain/meetings/types'
import type { FormatRule } from '../texts/da/common'
import { meetingsPoolRulesSchema } from '../domain/meetings/poolRules'
import { minutesSchema } from '../domain/unitSchemas'

export const groupKindSchema = z.enum(groupKinds)
export const memberRoleSchema = z.enum(memberRoles)
export const meetingStatusSchema = z.enum(meetingStatuses)
export const itemKindSchema = z.enum(itemKinds)
export const decisionChoiceSchema = z.enum(decisionChoices)
export const actionStatusSchema = z.enum(actionStatuses)
export const attendanceStatusSchema = z.enum(attendanceStatuses)
/** A Danish local time of day, `13:00`. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time_of_day' satisfies FormatRule })

const meetingRefSchema = z.object({ meetingId: idSchema }).strict()
const longText = freeText.max(20000).default('')

// ---------------------------------------------------------------- outputs

export const memberSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  name: z.string(),
  administration: z.string(),
  jobTitle: z.string(),
  role: memberRoleSchema,
  email: z.string(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable()
})
export type Member = z.infer<typeof memberSchema>

export const groupSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  kind: groupKindSchema,
  name: z.string(),
  description: z.string(),
  /** The group's own cadence: null = the pool's rule, 0 = no requirement. */
  cadenceMonths: z.number().int().nullable(),
  /** The cadence that applies: the group's own, else the pool's; null = no requirement. */
  effectiveCadenceMonths: z.number().int().nullable(),
  cadenceSource: z.enum(['group', 'pool']),
  members: z.array(memberSchema),
  meetingCount: z.number().int()
})
export type Group = z.infer<typeof groupSchema>

export const attachmentSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: timestampSchema
})
export type Attachment = z.infer<typeof attachmentSchema>

export const actionSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  meetingId: idSchema,
  meetingDate: isoDateSchema,
  itemId: idSchema,
  itemNumber: z.number().int().nullable(),
  itemTitle: z.string(),
  fromClosedItem: z.boolean(),
  text: z.string(),
  owner: z.string(),
  dueDate: isoDateSchema.nullable(),
  status: actionStatusSchema,
  closedOn: isoDateSchema.nullable(),
  statusNote: z.string(),
  /** Still open after its due date (measured against today). */
  overdue: z.boolean(),
  /** Text, owner and due date are part of approved minutes and cannot change. */
  locked: z.boolean()
})
export type ActionItem = z.infer<typeof actionSchema>

export const itemSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  meetingId: idSchema.nullable(),
  /** The item's number on the agenda (1, 2, …); null in the backlog. */
  number: z.number().int().nullable(),
  position: z.number().int(),
  kind: itemKindSchema,
  title: z.string(),
  closed: z.boolean(),
  /** A closed item in a publication copy: everything but the number is left out. */
  masked: z.boolean(),
  caseNumber: z.string(),
  caseOfficer: z.string(),
  presenter: z.string(),
  minutesAllotted: minutesSchema.nullable(),
  caseSummary: z.string(),
  recommendation: z.string(),
  decisionChoice: decisionChoiceSchema,
  decisionText: z.string(),
  dissent: z.string(),
  proposedBy: z.string(),
  carriedFrom: z.object({ meetingId: idSchema, meetingDate: isoDateSchema, number: z.number().int().nullable() }).nullable(),
  /** Members absent for this item: the meeting's absentees and those absent for this item only. */
  absentNames: z.array(z.string()),
  /** Members absent for this item only (e.g. left the meeting, or disqualified). */
  itemAbsentMemberIds: z.array(idSchema),
  attachments: z.array(attachmentSchema),
  actions: z.array(actionSchema)
})
export type AgendaItem = z.infer<typeof itemSchema>

export const attendanceSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  administration: z.string(),
  jobTitle: z.string(),
  role: memberRoleSchema,
  /** null: not recorded yet. */
  status: attendanceStatusSchema.nullable(),
  deputyName: z.string(),
  note: z.string()
})
export type Attendance = z.infer<typeof attendanceSchema>

/** An action item on a later meeting's follow-up: the action's own fields and where it came from. */
export const followUpSchema = z.object({
  actionId: idSchema,
  ...actionSchema.pick({ text: true, owner: true, dueDate: true, status: true, closedOn: true, statusNote: true }).shape,
  originMeetingId: actionSchema.shape.meetingId,
  originMeetingDate: actionSchema.shape.meetingDate,
  originItemNumber: actionSchema.shape.itemNumber,
  originItemTitle: actionSchema.shape.itemTitle
})
export type FollowUp = z.infer<typeof followUpSchema>

export const addendumSchema = z.object({
  id: idSchema,
  itemId: idSchema.nullable(),
  itemNumber: z.number().int().nullable(),
  text: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  osUser: z.string(),
  createdAt: timestampSchema
})
export const meetingSummarySchema = z.object({
  id: idSchema,
  projectId: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  groupKind: groupKindSchema,
  title: z.string(),
  date: isoDateSchema,
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  status: meetingStatusSchema,
  itemCount: z.number().int(),
  approvedAt: timestampSchema.nullable(),
  approvedByName: z.string().nullable()
})
export type MeetingSummary = z.infer<typeof meetingSummarySchema>

export const meetingSchema = meetingSummarySchema.extend({
  projectTitle: z.string(),
  municipality: z.string(),
  guests: z.string(),
  invitedAt: timestampSchema.nullable(),
  heldAt: timestampSchema.nullable(),
  approvedByRole: z.string().nullable(),
  approvedOsUser: z.string().nullable(),
  /** The audit entry of the minutes' approval: printed on approved minutes as an anchor. */
  approvalAnchor: auditAnchorSchema.nullable(),
  locked: z.boolean(),
  /** 'agenda' (Dagsorden) before the meeting is held, 'minutes' (Referat) after. */
  documentKind: z.enum(['agenda', 'minutes']),
  /** A copy for publication: closed items are masked. */
  publication: z.boolean(),
  lengthMinutes: minutesSchema,
  allottedMinutes: minutesSchema,
  attendance: z.array(attendanceSchema),
  items: z.array(itemSchema),
  followUp: z.array(followUpSchema),
  /** Danish sentences: what stops the minutes from being approved now (empty: they can be). */
  approvalProblems: z.array(z.string()),
  addenda: z.array(addendumSchema),
  /** Meetings of the same group not yet held, later than this one: targets for carrying an item. */
  laterMeetings: z.array(z.object({ id: idSchema, date: isoDateSchema, title: z.string() }))
})
export type Meeting = z.infer<typeof meetingSchema>

export const cadencePeriodSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  months: z.number().int(),
  label: z.string(),
  coveredFrom: isoDateSchema,
  coveredTo: isoDateSchema,
  coveragePct: z.number().int(),
  required: z.boolean(),
  status: z.enum(['held', 'missed', 'current', 'future', 'not_required']),
  heldMeetings: z.array(z.object({ id: idSchema, date: isoDateSchema })),
  otherMeetings: z.array(z.object({ id: idSchema, date: isoDateSchema, status: meetingStatusSchema }))
})
export type CadencePeriodOut = z.infer<typeof cadencePeriodSchema>

export const groupCadenceSchema = z.object({
  groupId: idSchema,
  groupName: z.string(),
  kind: groupKindSchema,
  cadenceMonths: z.number().int().nullable(),
  cadenceSource: z.enum(['group', 'pool']),
  /** How a partly covered period counts, in one Danish sentence (shown in the UI and printouts). */
  partialRule: z.string(),
  periods: z.array(cadencePeriodSchema),
  missedCount: z.number().int(),
  nextMeeting: z.object({ id: idSchema, date: isoDateSchema, startTime: z.string(), place: z.string(), status: meetingStatusSchema }).nullable(),
  openActionCount: z.number().int()
})
export type GroupCadence = z.infer<typeof groupCadenceSchema>

export const searchHitSchema = z.object({
  meetingId: idSchema,
  meetingDate: isoDateSchema,
  groupName: z.string(),
  itemId: idSchema,
  itemNumber: z.number().int().nullable(),
  itemTitle: z.string(),
  closed: z.boolean(),
  /** 'decision' | 'dissent' | 'action' */
  field: z.enum(['decision', 'dissent', 'action']),
  text: z.string(),
  actionId: idSchema.nullable(),
  actionStatus: actionStatusSchema.nullable()
})
export type SearchHit = z.infer<typeof searchHitSchema>

// ---------------------------------------------------------------- inputs

const groupInputSchema = z
  .object({
    projectId: idSchema,
    groupId: idSchema.optional(),
    kind: groupKindSchema,
    name: requiredText.max(200),
    description: optionalText,
    cadenceMonths: z.number().int().min(0).max(12).nullable()
  })
  .strict()

const memberInputSchema = z
  .object({
    groupId: idSchema,
    memberId: idSchema.optional(),
    name: requiredText.max(200),
    administration: optionalText,
    jobTitle: optionalText,
    role: memberRoleSchema,
    email: optionalText,
    startDate: isoDateSchema.nullable().default(null),
    endDate: isoDateSchema.nullable().default(null)
  })
  .strict()

const meetingInputFields = {
  title: requiredText.max(200),
  date: isoDateSchema,
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  place: optionalText,
  guests: optionalText
}

/** The fields of an agenda item, without defaults: a new item gets NEW_ITEM's for those not given. */
export const itemFieldsSchema = z.object({
  title: requiredText.max(300),
  closed: z.boolean(),
  caseNumber: optionalText.unwrap(),
  caseOfficer: optionalText.unwrap(),
  presenter: optionalText.unwrap(),
  minutesAllotted: minutesSchema.min(0).max(600).nullable(),
  caseSummary: longText.unwrap(),
  recommendation: longText.unwrap(),
  decisionChoice: decisionChoiceSchema,
  decisionText: longText.unwrap(),
  dissent: longText.unwrap(),
  proposedBy: optionalText.unwrap(),
  itemAbsentMemberIds: z.array(idSchema)
})
export type ItemFields = z.output<typeof itemFieldsSchema>
/** A new item's fields that were not given. */
export const NEW_ITEM: Omit<ItemFields, 'title'> = {
  closed: false,
  caseNumber: '',
  caseOfficer: '',
  presenter: '',
  minutesAllotted: null,
  caseSummary: '',
  recommendation: '',
  decisionChoice: '',
  decisionText: '',
  dissent: '',
  proposedBy: '',
  itemAbsentMemberIds: []
}

/**
 * Add an item (meetingId or groupId; a title and any other fields) or change one (itemId and only
 * the fields that change: the others keep their values).
 */
const itemInputSchema = z
  .object({
    itemId: idSchema.optional(),
    /** A new item: on this meeting's agenda … */
    meetingId: idSchema.optional(),
    /** … or, without a meeting, in this group's backlog of proposed items. */
    groupId: idSchema.optional(),
    ...itemFieldsSchema.partial().shape
  })
  .strict()
  .superRefine((input, ctx) => {
    // A new item needs its title («Feltet «Titel» skal udfyldes.», as any missing field).
    if (input.itemId === undefined && input.title === undefined) ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['title'] })
  })
const attendanceInputSchema = z
  .object({
    meetingId: idSchema,
    entries: z.array(
      z
        .object({
          memberId: idSchema,
          status: attendanceStatusSchema.nullable(),
          deputyName: optionalText,
          note: optionalText
        })
        .strict()
    )
  })
  .strict()

const actionInputSchema = z
  .object({
    actionId: idSchema.optional(),
    /** The agenda item whose decision the action comes from (new actions). */
    itemId: idSchema.optional(),
    text: requiredText.max(2000),
    owner: optionalText,
    dueDate: isoDateSchema.nullable().default(null)
  })
  .strict()

export const meetingsApi = {
  'meetings.groups.list': defineMethod({
    summary: "The project's groups (styregruppe, implementeringsgruppe, …) with their members",
    input: projectRefSchema.strict(),
    output: z.array(groupSchema)
  }),
  'meetings.groups.save': defineMethod({
    summary: 'Create or change a group',
    input: groupInputSchema,
    output: groupSchema
  }),
  'meetings.members.save': defineMethod({
    summary: 'Add or change a member of a group',
    input: memberInputSchema,
    output: memberSchema
  }),
  'meetings.members.delete': defineMethod({
    summary: 'Remove a member who never attended a meeting (otherwise give an end date)',
    input: z.object({ memberId: idSchema }).strict(),
    output: deletedSchema
  }),
  'meetings.list': defineMethod({
    summary: "The project's meetings, newest first",
    input: z.object({ projectId: idSchema, groupId: idSchema.optional() }).strict(),
    output: z.array(meetingSummarySchema)
  }),
  'meetings.get': defineMethod({
    summary: 'One meeting with attendance, agenda items, decisions, action items and follow-up',
    input: z.object({ meetingId: idSchema, publication: z.boolean().default(false) }).strict(),
    output: meetingSchema
  }),
  'meetings.create': defineMethod({
    summary: 'Plan a meeting: a new agenda with the approval of the agenda, the follow-up of action items and any other business',
    input: z.object({ groupId: idSchema, ...meetingInputFields }).strict(),
    output: meetingSchema
  }),
  'meetings.update': defineMethod({
    summary: "Change a meeting's title, date, time, place or guests",
    input: z.object({ meetingId: idSchema, ...meetingInputFields }).strict(),
    output: meetingSchema
  }),
  'meetings.delete': defineMethod({
    summary: 'Delete a meeting that is not held (its items return to the backlog)',
    input: meetingRefSchema,
    output: deletedSchema
  }),
  'meetings.setStatus': defineMethod({
    summary: 'Move a meeting to invited or held (or one step back before approval)',
    input: z.object({ meetingId: idSchema, status: z.enum(['draft', 'invited', 'held']) }).strict(),
    output: meetingSchema
  }),
  'meetings.approve': defineMethod({
    summary: 'Approve the minutes (by whom, as entered); approved minutes are locked',
    input: z.object({ meetingId: idSchema, ...approverFields }).strict(),
    output: meetingSchema
  }),
  'meetings.attendance.save': defineMethod({
    summary: 'Record who was present, absent, and deputies',
    input: attendanceInputSchema,
    output: meetingSchema
  }),
  'meetings.items.save': defineMethod({
    summary: 'Add an agenda item (or a proposed item in the backlog), or change any of its fields and its decision',
    input: itemInputSchema,
    output: itemSchema
  }),
  'meetings.items.delete': defineMethod({
    summary: 'Delete an agenda item of a meeting that is not approved',
    input: z.object({ itemId: idSchema }).strict(),
    output: deletedSchema
  }),
  'meetings.items.reorder': defineMethod({
    summary: "Put a meeting's items in a new order",
    input: z.object({ meetingId: idSchema, itemIds: z.array(idSchema).min(1) }).strict(),
    output: meetingSchema
  }),
  'meetings.items.move': defineMethod({
    summary: 'Carry an item to a later meeting, or to the backlog (meetingId null)',
    input: z.object({ itemId: idSchema, meetingId: idSchema.nullable() }).strict(),
    output: itemSchema
  }),
  'meetings.backlog': defineMethod({
    summary: 'Items proposed for coming meetings, per group',
    input: projectRefSchema.strict(),
    output: z.array(itemSchema)
  }),
  'meetings.attachments.add': defineMethod({
    summary: 'Attach a file (stored in the database, with size and SHA-256) to an agenda item',
    input: z.object({ itemId: idSchema, fileName: requiredText.max(255), mimeType: optionalText, contentBase64: base64Schema }).strict(),
    output: attachmentSchema
  }),
  'meetings.attachments.get': defineMethod({
    summary: 'An attachment with its content (base64), checked against its SHA-256',
    input: z.object({ attachmentId: idSchema }).strict(),
    output: attachmentSchema.extend({ contentBase64: base64Schema })
  }),
  'meetings.attachments.delete': defineMethod({
    summary: 'Remove an attachment from an item of a meeting that is not approved',
    input: z.object({ attachmentId: idSchema }).strict(),
    output: deletedSchema
  }),
  'meetings.actions.save': defineMethod({
    summary: 'Add or change an action item from a decision',
    input: actionInputSchema,
    output: actionSchema
  }),
  'meetings.actions.setStatus': defineMethod({
    summary: "Change an action item's status (closing it takes it off later agendas)",
    input: z.object({ actionId: idSchema, status: actionStatusSchema, closedOn: isoDateSchema.nullable().default(null), statusNote: optionalText }).strict(),
    output: actionSchema
  }),
  'meetings.actions.delete': defineMethod({
    summary: 'Delete an action item of a meeting that is not approved',
    input: z.object({ actionId: idSchema }).strict(),
    output: deletedSchema
  }),
  'meetings.actions.list': defineMethod({
    summary: "The project's action items",
    input: z.object({ projectId: idSchema, openOnly: z.boolean().default(false) }).strict(),
    output: z.array(actionSchema)
  }),
  'meetings.addenda.add': defineMethod({
    summary: 'A correction to approved minutes: an addendum that keeps the original',
    input: z
      .object({
        meetingId: idSchema,
        itemId: idSchema.nullable().default(null),
        text: requiredText.max(20000),
        authorName: requiredText.max(200),
        authorRole: requiredText.max(200)
      })
      .strict(),
    output: meetingSchema
  }),
  'meetings.cadence': defineMethod({
    summary: 'Per group: every quarter (period) of the project period and whether a meeting was held',
    input: projectRefSchema.strict(),
    output: z.array(groupCadenceSchema)
  }),
  'meetings.search': defineMethod({
    summary: "Search all the project's decisions and action items",
    input: z.object({ projectId: idSchema, query: requiredText.max(200) }).strict(),
    output: z.array(searchHitSchema)
  }),
  'meetings.ics': defineMethod({
    summary: 'The invitation as an iCalendar (.ics) file that Outlook opens',
    input: meetingRefSchema,
    output: z.object({ fileName: z.string(), content: z.string() })
  }),
  'meetings.export': defineMethod({
    summary: 'Groups, members, every meeting with attendance, items, decisions and action items, and the cadence (CLI --json)',
    input: projectRefSchema.strict(),
    output: z.object({
      projectId: idSchema,
      groups: z.array(groupSchema),
      meetings: z.array(meetingSchema),
      backlog: z.array(itemSchema),
      cadence: z.array(groupCadenceSchema)
    })
  }),
  'meetings.rules.get': defineMethod({
    summary: "A grant pool's rules for meetings (cadence, partly covered quarters)",
    input: poolRefSchema.strict(),
    output: z.object({ rules: meetingsPoolRulesSchema, shipped: meetingsPoolRulesSchema })
  }),
  'meetings.rules.save': defineMethod({
    summary: "Change a grant pool's rules for meetings",
    input: poolRulesSaveSchema(meetingsPoolRulesSchema),
    output: z.object({ rules: meetingsPoolRulesSchema, shipped: meetingsPoolRulesSchema })
  })
} as const
