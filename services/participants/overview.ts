// The participants card of the project's front page: the same figures as the KPI screen.
import type { ServiceContext } from '../context'
import { evaluateCondition, loadKpiData, withCaseload } from './kpis'
import { staffNames } from './load'
import { describeParticipants } from './participants'

export async function participantsOverview(ctx: ServiceContext, projectId: number) {
  const data = await loadKpiData(ctx, projectId)
  const names = await staffNames(ctx.db, projectId)
  const described = await describeParticipants(ctx, projectId)
  const month = data.lastStatusMonth
  const latestKpis = month ? data.kpis.find((k) => k.month === month) : undefined
  const latest = latestKpis ? withCaseload(latestKpis, data.participants, names) : null
  const max = data.pr.targets.caseloadMax
  return {
    participants: described.length,
    effortGroup: described.filter((p) => p.inEffortGroup).length,
    openCases: described.filter((p) => p.open).length,
    month,
    latest,
    targets: data.pr.targets,
    conditions: data.pr.resultConditions.map((c) => evaluateCondition(data, c)),
    remindersDue: described.filter((p) => p.inEffortGroup && p.reminder && p.reminder.kind !== 'followUpSoon').length,
    caseloadOverMax:
      latest && max !== null ? latest.caseload.filter((c) => c.staffId !== null && c.count > max).map((c) => ({ name: c.name, count: c.count })) : []
  }
}
