// API handlers of the meetings domain.
import type { meetingsApi } from '@shared/api/meetings'
import { todayIso } from '../context'
import type { DomainHandlers } from '../registry'
import { poolKeyOf, readPoolRules, writePoolRules } from '../pools/rules'
import { listActions, deleteAction, saveAction, setActionStatus } from './actions'
import { addAttachment, deleteAttachment, getAttachment } from './attachments'
import { meetingCadence } from './cadence'
import { deleteMember, listGroups, saveGroup, saveMember } from './groups'
import { meetingIcs } from './ics'
import { deleteItem, listBacklog, moveItem, reorderItems, saveItem } from './items'
import {
  addAddendum,
  approveMinutes,
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  saveAttendance,
  setMeetingStatus,
  updateMeeting
} from './meetings'
import { exportMeetings } from './export'
import { meetingsRulesDefinition } from './rules'
import { searchMeetings } from './search'

export const meetingsHandlers: DomainHandlers<keyof typeof meetingsApi> = {
  'meetings.groups.list': ({ projectId }, ctx) => listGroups(ctx.db, projectId),
  'meetings.groups.save': (input, ctx) => saveGroup(ctx, input),
  'meetings.members.save': (input, ctx) => saveMember(ctx, input),
  'meetings.members.delete': ({ memberId }, ctx) => deleteMember(ctx, memberId),
  'meetings.list': (input, ctx) => listMeetings(ctx.db, input),
  'meetings.get': ({ meetingId, publication }, ctx) => getMeeting(ctx.db, meetingId, { publication, today: todayIso(ctx) }),
  'meetings.create': (input, ctx) => createMeeting(ctx, input),
  'meetings.update': (input, ctx) => updateMeeting(ctx, input),
  'meetings.delete': ({ meetingId }, ctx) => deleteMeeting(ctx, meetingId),
  'meetings.setStatus': ({ meetingId, status }, ctx) => setMeetingStatus(ctx, meetingId, status),
  'meetings.approve': (input, ctx) => approveMinutes(ctx, input),
  'meetings.attendance.save': (input, ctx) => saveAttendance(ctx, input),
  'meetings.items.save': (input, ctx) => saveItem(ctx, input),
  'meetings.items.delete': ({ itemId }, ctx) => deleteItem(ctx, itemId),
  'meetings.items.reorder': async ({ meetingId, itemIds }, ctx) => {
    await reorderItems(ctx, meetingId, itemIds)
    return getMeeting(ctx.db, meetingId, { today: todayIso(ctx) })
  },
  'meetings.items.move': ({ itemId, meetingId }, ctx) => moveItem(ctx, itemId, meetingId),
  'meetings.backlog': ({ projectId }, ctx) => listBacklog(ctx.db, projectId, todayIso(ctx)),
  'meetings.attachments.add': (input, ctx) => addAttachment(ctx, input),
  'meetings.attachments.get': ({ attachmentId }, ctx) => getAttachment(ctx.db, attachmentId),
  'meetings.attachments.delete': ({ attachmentId }, ctx) => deleteAttachment(ctx, attachmentId),
  'meetings.actions.save': (input, ctx) => saveAction(ctx, input),
  'meetings.actions.setStatus': (input, ctx) => setActionStatus(ctx, input),
  'meetings.actions.delete': ({ actionId }, ctx) => deleteAction(ctx, actionId),
  'meetings.actions.list': ({ projectId, openOnly }, ctx) => listActions(ctx.db, { projectId, openOnly }, todayIso(ctx)),
  'meetings.addenda.add': (input, ctx) => addAddendum(ctx, input),
  'meetings.cadence': ({ projectId }, ctx) => meetingCadence(ctx.db, projectId, { today: todayIso(ctx) }),
  'meetings.search': ({ projectId, query }, ctx) => searchMeetings(ctx.db, projectId, query),
  'meetings.ics': ({ meetingId }, ctx) => meetingIcs(ctx, meetingId),
  'meetings.export': ({ projectId }, ctx) => exportMeetings(ctx, projectId),
  'meetings.rules.get': async ({ poolId }, ctx) => ({
    rules: await readPoolRules(ctx.db, poolId, meetingsRulesDefinition),
    shipped: meetingsRulesDefinition.shipped(await poolKeyOf(ctx.db, poolId))
  }),
  'meetings.rules.save': async ({ poolId, rules, reason }, ctx) => {
    const saved = await ctx.db.transaction().execute((trx) => writePoolRules(trx, ctx, poolId, meetingsRulesDefinition, rules, reason ? { reason } : {}))
    return { rules: saved, shipped: meetingsRulesDefinition.shipped(await poolKeyOf(ctx.db, poolId)) }
  }
}
