// Builders shared by the meetings integration tests: a project with a steering group of members.
import type { TestRuntime } from '../../support/runtime'

export async function projectWithGroup(rt: TestRuntime, options: { periodStart?: string; periodEnd?: string } = {}) {
  const project = await rt.call('projects.create', {
    poolId: 1,
    municipality: 'Herning Kommune',
    title: 'Testprojekt',
    caseNumber: '',
    responsible: '',
    periodStart: options.periodStart ?? '2019-12-01',
    periodEnd: options.periodEnd ?? '2021-12-31',
    amountAppliedOre: 0,
    grantAmountOre: 0,
    grantByYear: []
  })
  const group = await rt.call('meetings.groups.save', { projectId: project.id, kind: 'steering', name: 'Styregruppe', description: '', cadenceMonths: null })
  const chair = await rt.call('meetings.members.save', {
    groupId: group.id,
    name: 'Bente Hjorth',
    administration: 'Social og Jobindsats',
    jobTitle: 'Chef',
    role: 'chair',
    email: 'bente@example.dk'
  })
  const member = await rt.call('meetings.members.save', {
    groupId: group.id,
    name: 'Lars Møller',
    administration: 'Center for Børn og Familie',
    jobTitle: 'Leder',
    role: 'member',
    email: ''
  })
  const secretary = await rt.call('meetings.members.save', {
    groupId: group.id,
    name: 'Mette Kjær',
    administration: 'Social og Jobindsats',
    jobTitle: 'Projektleder',
    role: 'secretary',
    email: ''
  })
  return { projectId: project.id, groupId: group.id, chair, member, secretary }
}

export async function meetingOn(rt: TestRuntime, groupId: number, date: string) {
  return rt.call('meetings.create', {
    groupId,
    title: 'Styregruppemøde',
    date,
    startTime: '13:00',
    endTime: '15:00',
    place: 'Rådhuset, lokale A1.158',
    guests: ''
  })
}

/** Records everyone present and a decision on every item, then marks the meeting held. */
export async function holdMeeting(rt: TestRuntime, meetingId: number) {
  const m = await rt.call('meetings.get', { meetingId })
  await rt.call('meetings.attendance.save', {
    meetingId,
    entries: m.attendance.map((a) => ({ memberId: a.memberId, status: 'present' as const, deputyName: '', note: '' }))
  })
  for (const item of m.items) {
    if (!item.decisionChoice && !item.decisionText) {
      await rt.call('meetings.items.save', { ...itemFields(item), itemId: item.id, decisionChoice: 'noted' })
    }
  }
  await rt.call('meetings.setStatus', { meetingId, status: 'held' })
}

export function itemFields(item: {
  title: string
  closed: boolean
  caseNumber: string
  caseOfficer: string
  presenter: string
  minutesAllotted: number | null
  caseSummary: string
  recommendation: string
  decisionChoice: '' | 'approved' | 'endorsed' | 'noted'
  decisionText: string
  dissent: string
  proposedBy: string
  itemAbsentMemberIds: number[]
}) {
  return {
    title: item.title,
    closed: item.closed,
    caseNumber: item.caseNumber,
    caseOfficer: item.caseOfficer,
    presenter: item.presenter,
    minutesAllotted: item.minutesAllotted,
    caseSummary: item.caseSummary,
    recommendation: item.recommendation,
    decisionChoice: item.decisionChoice,
    decisionText: item.decisionText,
    dissent: item.dissent,
    proposedBy: item.proposedBy,
    itemAbsentMemberIds: item.itemAbsentMemberIds
  }
}
