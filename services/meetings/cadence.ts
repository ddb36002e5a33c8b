// The cadence per group: every quarter (or period of the group's cadence) of the project period,
// whether a meeting was held, and whether one was required. One path for this figure: the
// meetings screen, the front page card, the CLI's --json and the quarterly pack all call
// `meetingCadence`.
import type { GroupCadence } from '@shared/api/meetings'
import { cadencePeriods } from '@shared/domain/meetings/cadence'
import { countsAsHeld } from '@shared/domain/meetings/agenda'
import type { GroupKind, MeetingStatus } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { getProject } from '../core/projects'
import type { Db } from './common'
import { effectiveCadence, readMeetingsRules } from './rules'

const t = da.meetings.cadence

function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * Per group of the project: each period with its status ('held', 'missed', 'current', 'future',
 * 'not_required'), the next planned meeting and the number of open action items. `today` decides
 * which periods are over; services pass `todayIso(ctx)`.
 */
export async function meetingCadence(db: Db, projectId: number, options: { today?: string } = {}): Promise<GroupCadence[]> {
  const today = options.today ?? localToday()
  const project = await getProject(db, projectId)
  const rules = await readMeetingsRules(db, projectId)
  const groups = await db.selectFrom('meeting_group').selectAll().where('project_id', '=', projectId).orderBy('position').orderBy('id').execute()
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', 'group_id', 'meeting_date', 'start_time', 'place', 'status'])
    .where('project_id', '=', projectId)
    .orderBy('meeting_date')
    .orderBy('start_time')
    .execute()
  const openActions = await db
    .selectFrom('meeting_action')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('project_id', '=', projectId)
    .where('status', 'in', ['open', 'in_progress'])
    .groupBy('group_id')
    .execute()
  return groups.map((g) => {
    const cadence = effectiveCadence(g, rules)
    const own = meetings.filter((m) => m.group_id === g.id)
    const periods = cadencePeriods({
      projectStart: project.periodStart,
      projectEnd: project.periodEnd,
      cadenceMonths: cadence.months,
      minCoveragePct: rules.partialPeriodMinCoveragePct,
      meetings: own.map((m) => ({ id: m.id, date: m.meeting_date, held: countsAsHeld(m.status) })),
      today
    })
    const next = own.find((m) => m.meeting_date >= today && (m.status === 'draft' || m.status === 'invited'))
    return {
      groupId: g.id,
      groupName: g.name,
      kind: g.kind as GroupKind,
      cadenceMonths: cadence.months,
      cadenceSource: cadence.source,
      partialRule: cadence.months === null ? t.noRequirement : t.partialRule(rules.partialPeriodMinCoveragePct, cadence.months),
      periods: periods.map((p) => ({
        start: p.start,
        end: p.end,
        months: p.months,
        label: t.periodLabel(p.start, p.months),
        coveredFrom: p.coveredFrom,
        coveredTo: p.coveredTo,
        coveragePct: p.coveragePct,
        required: p.required,
        status: p.status,
        heldMeetings: own.filter((m) => p.heldMeetingIds.includes(m.id)).map((m) => ({ id: m.id, date: m.meeting_date })),
        otherMeetings: own.filter((m) => p.otherMeetingIds.includes(m.id)).map((m) => ({ id: m.id, date: m.meeting_date, status: m.status as MeetingStatus }))
      })),
      missedCount: periods.filter((p) => p.status === 'missed').length,
      nextMeeting: next ? { id: next.id, date: next.meeting_date, startTime: next.start_time, place: next.place, status: next.status as MeetingStatus } : null,
      openActionCount: Number(openActions.find((o) => o.group_id === g.id)?.n ?? 0)
    }
  })
}
