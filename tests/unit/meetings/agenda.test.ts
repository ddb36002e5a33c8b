import { describe, expect, it } from 'vitest'
import {
  approvalProblems,
  canMoveTo,
  documentKind,
  followUpFor,
  insertPosition,
  isMemberOn,
  isOnFollowUp,
  isOpenAt,
  isOverdueAt,
  timeBudget
} from '@shared/domain/meetings/agenda'

describe('agenda rules', () => {
  it('an action item counts as open at a quarter’s end if given by then and not closed by then, overdue if due before it', () => {
    const closedLater = { meetingDate: '2020-05-14', dueDate: '2020-06-04', status: 'done', closedOn: '2020-08-27' }
    expect(isOpenAt(closedLater, '2020-06-30')).toBe(true)
    expect(isOverdueAt(closedLater, '2020-06-30')).toBe(true)
    expect(isOpenAt(closedLater, '2020-09-30')).toBe(false)
    expect(isOpenAt({ ...closedLater, meetingDate: '2020-07-01' }, '2020-06-30')).toBe(false)
    expect(isOverdueAt({ ...closedLater, status: 'open', closedOn: null, dueDate: '2020-06-30' }, '2020-06-30')).toBe(false)
  })

  it('a new item goes before "Eventuelt", or last when the agenda has none', () => {
    expect(insertPosition(['approval_of_agenda', 'follow_up', 'any_other_business'])).toBe(2)
    expect(insertPosition(['approval_of_agenda', 'follow_up', 'regular', 'any_other_business'])).toBe(3)
    expect(insertPosition(['approval_of_agenda', 'regular'])).toBe(2)
  })

  it('the document is "Dagsorden" before the meeting is held and "Referat" after', () => {
    expect(documentKind('draft')).toBe('agenda')
    expect(documentKind('invited')).toBe('agenda')
    expect(documentKind('held')).toBe('minutes')
    expect(documentKind('approved')).toBe('minutes')
  })

  it('a meeting moves forward one step at a time, and approved minutes never move', () => {
    expect(canMoveTo('draft', 'invited')).toBe(true)
    expect(canMoveTo('invited', 'held')).toBe(true)
    expect(canMoveTo('held', 'approved')).toBe(true)
    expect(canMoveTo('approved', 'held')).toBe(false)
    expect(canMoveTo('approved', 'draft')).toBe(false)
    expect(canMoveTo('held', 'draft')).toBe(false)
  })

  it('a member belongs to the group between their start and end dates, both included', () => {
    const m = { startDate: '2020-01-01', endDate: '2020-06-30' }
    expect(isMemberOn(m, '2019-12-31')).toBe(false)
    expect(isMemberOn(m, '2020-01-01')).toBe(true)
    expect(isMemberOn(m, '2020-06-30')).toBe(true)
    expect(isMemberOn(m, '2020-07-01')).toBe(false)
    expect(isMemberOn({ startDate: null, endDate: null }, '2030-01-01')).toBe(true)
  })

  it('an open action item is carried to every later meeting until it is closed', () => {
    const open = { id: 1, originMeetingDate: '2020-03-12', status: 'open' as const, closedOn: null }
    expect(isOnFollowUp(open, '2020-03-12')).toBe(false)
    expect(isOnFollowUp(open, '2020-06-11')).toBe(true)
    expect(isOnFollowUp(open, '2021-06-11')).toBe(true)
    expect(isOnFollowUp({ ...open, status: 'in_progress' }, '2020-06-11')).toBe(true)
  })

  it('an action item closed on a meeting day is listed at that meeting one last time, not after', () => {
    const done = { id: 1, originMeetingDate: '2020-03-12', status: 'done' as const, closedOn: '2020-06-11' }
    expect(isOnFollowUp(done, '2020-06-11')).toBe(true)
    expect(isOnFollowUp(done, '2020-09-10')).toBe(false)
    const droppedBetween = { id: 2, originMeetingDate: '2020-03-12', status: 'dropped' as const, closedOn: '2020-05-01' }
    expect(followUpFor([done, droppedBetween], '2020-06-11').map((a) => a.id)).toEqual([1])
  })

  it('sums the minutes allotted against the meeting length', () => {
    expect(timeBudget([10, null, 45, 30], 120)).toEqual({ allottedMinutes: 85, overBy: 0 })
    expect(timeBudget([60, 90], 120)).toEqual({ allottedMinutes: 150, overBy: 30 })
  })

  it('minutes can be approved only when held, with attendance recorded and a decision on every item', () => {
    expect(
      approvalProblems({
        status: 'held',
        attendance: [{ name: 'A', status: 'present' }],
        items: [
          { number: 1, title: 'Godkendelse af dagsorden', decisionChoice: 'approved', decisionText: '' },
          { number: 2, title: 'Eventuelt', decisionChoice: '', decisionText: 'Intet.' }
        ]
      })
    ).toEqual([])
    expect(
      approvalProblems({
        status: 'invited',
        attendance: [{ name: 'A', status: null }],
        items: [{ number: 4, title: 'Budget', decisionChoice: '', decisionText: '  ' }]
      })
    ).toEqual([{ kind: 'not_held' }, { kind: 'attendance_missing', names: ['A'] }, { kind: 'decision_missing', number: 4, title: 'Budget' }])
  })
})
