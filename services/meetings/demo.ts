// The meetings part of the demo project: the steering group (the seven roles of Herning's
// application, chaired by Bente Hjorth) and the implementation group, with a plausible two years
// of meetings from resources/demo/meetings.json. Each meeting is written through the same service
// functions as the UI, on a clock set to the days it happened: planned two weeks before, held on
// the day, minutes approved a week after.
import meetingsDemo from '../../resources/demo/meetings.json'
import { addDaysIso } from '@shared/domain/dates'
import { minutes } from '@shared/domain/duration'
import type { ActionStatus, DecisionChoice, GroupKind, MemberRole } from '@shared/domain/meetings/types'
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'
import { saveAction, setActionStatus } from './actions'
import { saveGroup, saveMember } from './groups'
import { saveItem } from './items'
import { approveMinutes, createMeeting, getMeeting, saveAttendance, setMeetingStatus } from './meetings'

type DemoMeeting = (typeof meetingsDemo.meetings)[number]
type DemoItem = DemoMeeting['items'][number] & { closed?: boolean; caseNumber?: string; dissent?: string; actions?: DemoAction[] }
interface DemoAction {
  text: string
  owner: string
  due: string | null
  status: string
  closedOn: string | null
  note: string
}

function at(ctx: ServiceContext, date: string, time = '10:00'): ServiceContext {
  const instant = new Date(`${date}T${time}:00+01:00`)
  return { ...ctx, now: () => instant }
}

export async function seedMeetingsDemo(ctx: ServiceContext, projectId: number, _facts: DemoFacts): Promise<void> {
  const start = at(ctx, '2020-01-15')
  const groups = new Map<string, { id: number; approver: { name: string; role: string }; members: Map<string, number> }>()
  for (const g of meetingsDemo.groups) {
    const group = await saveGroup(start, { projectId, kind: g.kind as GroupKind, name: g.name, description: g.description, cadenceMonths: null })
    const members = new Map<string, number>()
    for (const m of g.members) {
      const member = await saveMember(start, {
        groupId: group.id,
        name: m.name,
        administration: m.administration,
        jobTitle: m.jobTitle,
        role: m.role as MemberRole,
        email: '',
        startDate: m.startDate,
        endDate: 'endDate' in m ? (m.endDate as string) : null
      })
      members.set(m.name, member.id)
    }
    groups.set(g.key, { id: group.id, approver: g.approver, members })
  }

  // Action items are closed on the day they were reported done, before that meeting's minutes are
  // approved, so each approved "Opfølgning" list shows the status of its day.
  const pending: { id: number; action: DemoAction }[] = []
  const closeUpTo = async (date: string) => {
    for (const p of pending.filter((x) => x.action.closedOn !== null && x.action.closedOn <= date)) {
      await setActionStatus(at(ctx, p.action.closedOn!, '16:00'), {
        actionId: p.id,
        status: p.action.status as ActionStatus,
        closedOn: p.action.closedOn,
        statusNote: p.action.note
      })
      pending.splice(pending.indexOf(p), 1)
    }
  }

  const meetings = [...meetingsDemo.meetings].sort((a, b) => a.date.localeCompare(b.date))
  for (const dm of meetings) {
    const group = groups.get(dm.group)!
    const planned = at(ctx, addDaysIso(dm.date, -14))
    const onDay = at(ctx, dm.date, dm.end)
    await closeUpTo(addDaysIso(dm.date, -1))
    const created = await createMeeting(planned, {
      groupId: group.id,
      title: dm.title,
      date: dm.date,
      startTime: dm.start,
      endTime: dm.end,
      place: dm.place,
      guests: ''
    })
    for (const raw of dm.items as DemoItem[]) {
      const item = await saveItem(planned, {
        meetingId: created.id,
        title: raw.title,
        closed: raw.closed ?? false,
        caseNumber: raw.caseNumber ?? '',
        caseOfficer: raw.caseOfficer,
        presenter: raw.presenter,
        minutesAllotted: minutes(raw.minutes),
        caseSummary: raw.summary,
        recommendation: raw.recommendation
      })
      await saveItem(onDay, { itemId: item.id, decisionChoice: raw.choice as DecisionChoice, decisionText: raw.decision, dissent: raw.dissent ?? '' })
      for (const a of raw.actions ?? []) {
        const action = await saveAction(onDay, { itemId: item.id, text: a.text, owner: a.owner, dueDate: a.due })
        pending.push({ id: action.id, action: a })
      }
    }
    await setMeetingStatus(planned, created.id, 'invited')
    await closeUpTo(dm.date)
    const meeting = await getMeeting(ctx.db, created.id, { today: dm.date })
    for (const item of meeting.items) {
      if (item.kind === 'regular') continue
      const decision =
        item.kind === 'approval_of_agenda'
          ? { decisionChoice: 'approved' as const, decisionText: '' }
          : item.kind === 'follow_up'
            ? { decisionChoice: '' as const, decisionText: dm.followUpDecision }
            : { decisionChoice: '' as const, decisionText: ('aob' in dm ? (dm.aob as string) : '') || meetingsDemo.anyOtherBusinessDefault }
      await saveItem(onDay, { itemId: item.id, ...decision })
    }
    const absent = new Map(dm.absent.map((a) => [group.members.get(a.member)!, a.deputy]))
    await saveAttendance(onDay, {
      meetingId: created.id,
      entries: meeting.attendance.map((a) => ({
        memberId: a.memberId,
        status: absent.has(a.memberId) ? ('absent' as const) : ('present' as const),
        deputyName: absent.get(a.memberId) ?? '',
        note: ''
      }))
    })
    await setMeetingStatus(onDay, created.id, 'held')
    await approveMinutes(at(ctx, addDaysIso(dm.date, 7), '09:00'), {
      meetingId: created.id,
      approverName: group.approver.name,
      approverRole: group.approver.role
    })
  }
  await closeUpTo('9999-12-31')

  for (const b of meetingsDemo.backlog) {
    const group = groups.get(b.group)!
    await saveItem(at(ctx, '2021-11-26'), { groupId: group.id, title: b.title, proposedBy: b.proposedBy })
  }
}
