// API handlers of the participants domain.
import type { participantsApi } from '@shared/api/participants'
import type { DomainHandlers } from '../registry'
import {
  addGroupChange,
  createParticipant,
  deleteGroupChange,
  deleteParticipant,
  describeParticipant,
  describeParticipants,
  requireParticipant,
  updateParticipant
} from './participants'
import { monthRows, saveMonth } from './statuses'
import { importStatuses, statusTemplate } from './import'
import { kpiReport } from './kpis'
import { kpiMembersOf, caseloadMembersOf } from './kpiMembers'
import { loadProjectRules, resetRules, rulesView, saveProjectTargets, saveRules } from './rules'
import { deleteAnswer, listAnswers, progressionMembers, progressionSummary, saveAnswer } from './progression'
import { participantsOverview } from './overview'
import { toStatus } from './load'

export const participantsHandlers: DomainHandlers<keyof typeof participantsApi> = {
  'participants.list': ({ projectId }, ctx) => describeParticipants(ctx, projectId),
  'participants.get': async ({ projectId, participantId }, ctx) => {
    await requireParticipant(ctx.db, projectId, participantId)
    // The participant's own statuses, not the project's (#14: a project has thousands).
    const rows = await ctx.db.selectFrom('participant_status').selectAll().where('participant_id', '=', participantId).orderBy('month').execute()
    const statuses = rows.map(toStatus)
    return {
      participant: await describeParticipant(ctx, projectId, participantId),
      statuses: statuses.reverse(),
      progression: await listAnswers(ctx, projectId, participantId)
    }
  },
  'participants.create': ({ projectId, ...input }, ctx) => createParticipant(ctx, projectId, input),
  'participants.update': ({ projectId, participantId, reason, ...input }, ctx) => updateParticipant(ctx, projectId, participantId, input, reason),
  'participants.delete': ({ projectId, participantId, reason }, ctx) => deleteParticipant(ctx, projectId, participantId, reason),
  'participants.groupChange.add': ({ projectId, participantId, ...change }, ctx) => addGroupChange(ctx, projectId, participantId, change),
  'participants.groupChange.delete': ({ projectId, changeId, reason }, ctx) => deleteGroupChange(ctx, projectId, changeId, reason),
  'participants.month.get': ({ projectId, month, jobBrokerId, includeClosed }, ctx) => monthRows(ctx, projectId, month, { jobBrokerId, includeClosed }),
  'participants.month.save': ({ projectId, month, rows, source }, ctx) => saveMonth(ctx, projectId, month, rows, source),
  'participants.status.import': ({ projectId, fileName, contentBase64 }, ctx) => importStatuses(ctx, projectId, fileName, Buffer.from(contentBase64, 'base64')),
  'participants.status.template': ({ projectId, month }, ctx) => statusTemplate(ctx, projectId, month),
  'participants.kpi.monthly': ({ projectId }, ctx) => kpiReport(ctx, projectId),
  'participants.kpi.members': ({ projectId, month, kpi }, ctx) => kpiMembersOf(ctx, projectId, month, kpi),
  'participants.caseload.members': ({ projectId, month, jobBrokerId }, ctx) => caseloadMembersOf(ctx, projectId, month, jobBrokerId),
  'participants.rules.get': ({ poolId }, ctx) => rulesView(ctx.db, poolId),
  'participants.rules.save': ({ poolId, rules, reason }, ctx) => saveRules(ctx, poolId, rules, reason),
  'participants.rules.reset': ({ poolId, reason }, ctx) => resetRules(ctx, poolId, reason),
  'participants.targets.get': async ({ projectId }, ctx) => {
    const pr = await loadProjectRules(ctx.db, projectId)
    const view = await rulesView(ctx.db, pr.poolId)
    return { ...view, projectTargets: pr.projectTargets, targets: pr.targets }
  },
  'participants.targets.save': ({ projectId, targets, reason }, ctx) => saveProjectTargets(ctx, projectId, targets, reason),
  'participants.progression.save': (input, ctx) => saveAnswer(ctx, input),
  'participants.progression.delete': ({ projectId, answerId, reason }, ctx) => deleteAnswer(ctx, projectId, answerId, reason),
  'participants.progression.summary': ({ projectId }, ctx) => progressionSummary(ctx, projectId),
  'participants.progression.members': ({ projectId, themeKey }, ctx) => progressionMembers(ctx, projectId, themeKey),
  'participants.overview': ({ projectId }, ctx) => participantsOverview(ctx, projectId)
}
