// Who one month's KPI figure is made of: the participants of its denominator, which of them it
// counts, and their status in words. The quarterly pack's preview opens this from a KPI figure.
import type { KpiMembersOut } from '@shared/api/participants'
import { caseloadMembers, indexStatuses } from '@shared/domain/participants/kpis'
import { kpiMembers, type TraceableKpi } from '@shared/domain/participants/kpiMembers'
import { da } from '@shared/texts/da'
import type { ServiceContext } from '../context'
import { loadMonthlyStatuses, loadParticipants, staffNames, toKpiParticipant } from './load'
import { loadProjectRules } from './rules'
import { type Month } from '@shared/domain/months'

const t = da.participants

export async function kpiMembersOf(ctx: ServiceContext, projectId: number, month: Month, kpi: TraceableKpi): Promise<KpiMembersOut> {
  const pr = await loadProjectRules(ctx.db, projectId)
  const rows = await loadParticipants(ctx.db, projectId)
  const statuses = await loadMonthlyStatuses(ctx.db, projectId, { from: month, to: month })
  const result = kpiMembers(rows.map(toKpiParticipant), indexStatuses(statuses), pr.rules, month, kpi)
  const byId = new Map(rows.map((r) => [r.id, r]))
  const names = await staffNames(ctx.db, projectId)
  return {
    month,
    kpi,
    label: t.kpis[kpi],
    count: result.count,
    total: result.total,
    share: result.share,
    members: result.members.map((m) => {
      const row = byId.get(m.participantId)!
      const s = m.status
      const words =
        kpi === 'shareOfEndedInJobOrEducation'
          ? t.kpiMembers.exit(row.exit_reason ? (t.exitReasons[row.exit_reason as keyof typeof t.exitReasons] ?? row.exit_reason) : null)
          : !s
            ? t.kpiMembers.noStatus
            : s.passive
              ? t.kpiMembers.passive(s.passiveReason)
              : s.activities.length
                ? s.activities.map((a) => t.activities[a]).join(', ')
                : t.kpiMembers.noActivity
      return {
        participantId: m.participantId,
        pseudonym: row.pseudonym,
        jobBrokerName: row.job_broker_id === null ? null : (names.get(row.job_broker_id) ?? null),
        counted: m.counted,
        status: words
      }
    })
  }
}

/** Who one job broker's caseload of a month is (the pack's «Sager pr. jobformidler»). */
export async function caseloadMembersOf(ctx: ServiceContext, projectId: number, month: Month, jobBrokerId: number | null) {
  const rows = await loadParticipants(ctx.db, projectId)
  const names = await staffNames(ctx.db, projectId)
  const byId = new Map(rows.map((r) => [r.id, r]))
  const members = caseloadMembers(rows.map(toKpiParticipant), month, jobBrokerId).map((p) => {
    const row = byId.get(p.id)!
    return { participantId: row.id, pseudonym: row.pseudonym, intakeDate: row.intake_date, exitDate: row.exit_date }
  })
  return { month, jobBrokerName: jobBrokerId === null ? t.noBroker : (names.get(jobBrokerId) ?? String(jobBrokerId)), members }
}
