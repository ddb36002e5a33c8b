import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { holdMeeting, meetingOn, projectWithGroup } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2021-01-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

async function approve(meetingId: number) {
  return rt.call('meetings.approve', { meetingId, approverName: 'Bente Hjorth', approverRole: 'Formand' })
}

describe('carry-over of open action items', () => {
  it('lists an open action item under "Opfølgning" on every later meeting until it is closed, and not after', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m1 = await meetingOn(rt, groupId, '2020-03-12')
    const budget = await rt.call('meetings.items.save', { meetingId: m1.id, title: 'Budgetopfølgning', decisionChoice: 'noted' })
    const a1 = await rt.call('meetings.actions.save', {
      itemId: budget.id,
      text: 'Projektlederen udarbejder en prognose for 2020',
      owner: 'Mette Kjær',
      dueDate: '2020-05-01'
    })
    const a2 = await rt.call('meetings.actions.save', { itemId: budget.id, text: 'Afklar ompostering med STAR', owner: 'Bente Hjorth', dueDate: null })
    await holdMeeting(rt, m1.id)
    await approve(m1.id)

    // The first meeting has nothing to follow up on; the second lists both open action items.
    expect((await rt.call('meetings.get', { meetingId: m1.id })).followUp).toEqual([])
    const m2 = await meetingOn(rt, groupId, '2020-06-11')
    expect(m2.followUp.map((f) => f.text)).toEqual(['Projektlederen udarbejder en prognose for 2020', 'Afklar ompostering med STAR'])
    expect(m2.followUp[0]).toMatchObject({ owner: 'Mette Kjær', dueDate: '2020-05-01', status: 'open', originMeetingDate: '2020-03-12', originItemNumber: 3 })

    // Reported done at meeting 2: listed there one last time (as done), not on meeting 3.
    await rt.call('meetings.actions.setStatus', { actionId: a1.id, status: 'done', closedOn: '2020-06-11', statusNote: 'Prognosen blev fremlagt.' })
    await holdMeeting(rt, m2.id)
    const approved2 = await approve(m2.id)
    expect(approved2.followUp.map((f) => [f.text, f.status])).toEqual([
      ['Projektlederen udarbejder en prognose for 2020', 'done'],
      ['Afklar ompostering med STAR', 'open']
    ])
    const m3 = await meetingOn(rt, groupId, '2020-09-10')
    expect(m3.followUp.map((f) => f.text)).toEqual(['Afklar ompostering med STAR'])

    // Approved minutes keep the list as it stood: closing a2 later does not change meeting 2's minutes.
    await rt.call('meetings.actions.setStatus', { actionId: a2.id, status: 'dropped', closedOn: '2020-09-10', statusNote: 'Ikke længere relevant.' })
    const again2 = await rt.call('meetings.get', { meetingId: m2.id })
    expect(again2.followUp.map((f) => f.status)).toEqual(['done', 'open'])
    const m4 = await meetingOn(rt, groupId, '2020-12-03')
    expect(m4.followUp).toEqual([])
    expect((await rt.call('meetings.get', { meetingId: m3.id })).followUp.map((f) => f.status)).toEqual(['dropped'])
  })

  it('keeps an action item of approved minutes: its text is locked, its status can still be followed up', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m1 = await meetingOn(rt, groupId, '2020-03-12')
    const item = await rt.call('meetings.items.save', { meetingId: m1.id, title: 'Pareto-fokusliste', decisionChoice: 'approved' })
    const a = await rt.call('meetings.actions.save', { itemId: item.id, text: 'Fokuslisten gennemgås i teamene', owner: 'Afsnitsleder', dueDate: '2020-04-30' })
    await holdMeeting(rt, m1.id)
    await approve(m1.id)
    const err = await rt.callError('meetings.actions.save', { actionId: a.id, text: 'Noget andet', owner: '', dueDate: null })
    expect(err).toMatchObject({ code: 'locked' })
    expect(err.message).toContain('hører til det godkendte referat af mødet 12.03.2020')
    const closed = await rt.call('meetings.actions.setStatus', { actionId: a.id, status: 'done', closedOn: '2020-05-04', statusNote: '' })
    expect(closed).toMatchObject({ status: 'done', closedOn: '2020-05-04', text: 'Fokuslisten gennemgås i teamene', locked: true })
    const early = await rt.callError('meetings.actions.setStatus', { actionId: a.id, status: 'done', closedOn: '2020-03-01', statusNote: '' })
    expect(early.message).toBe('Feltet «Lukket den» kan ikke ligge før mødet 12.03.2020, hvor punktet blev besluttet.')
    const noDate = await rt.callError('meetings.actions.setStatus', { actionId: a.id, status: 'done', closedOn: null, statusNote: '' })
    expect(noDate.message).toBe('Feltet «Lukket den» skal udfyldes, når status er «Udført» eller «Udgået».')
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('carries an undecided item to a later meeting; from held minutes the original stays with a note', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m1 = await meetingOn(rt, groupId, '2020-03-12')
    const m2 = await meetingOn(rt, groupId, '2020-06-11')
    const step = await rt.call('meetings.items.save', {
      meetingId: m1.id,
      title: 'Step up-indsatsen',
      closed: false,
      caseSummary: 'Status på den tværfaglige indsats.'
    })
    // Before the meeting is held, the item moves.
    const early = await rt.call('meetings.items.move', { itemId: step.id, meetingId: m2.id })
    expect(early).toMatchObject({ id: step.id, meetingId: m2.id, number: 3 })
    expect((await rt.call('meetings.get', { meetingId: m1.id })).items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Opfølgning', 'Eventuelt'])

    // From a held meeting, the item stays in the minutes and a linked copy goes on.
    const m3 = await meetingOn(rt, groupId, '2020-09-10')
    await rt.call('meetings.attachments.add', {
      itemId: step.id,
      fileName: 'notat.txt',
      mimeType: 'text/plain',
      contentBase64: Buffer.from('Notat om step up').toString('base64')
    })
    await rt.call('meetings.setStatus', { meetingId: m2.id, status: 'held' })
    const copy = await rt.call('meetings.items.move', { itemId: step.id, meetingId: m3.id })
    expect(copy.id).not.toBe(step.id)
    expect(copy).toMatchObject({
      meetingId: m3.id,
      title: 'Step up-indsatsen',
      caseSummary: 'Status på den tværfaglige indsats.',
      carriedFrom: { meetingId: m2.id, meetingDate: '2020-06-11', number: 3 }
    })
    expect(copy.attachments.map((a) => a.fileName)).toEqual(['notat.txt'])
    const original = (await rt.call('meetings.get', { meetingId: m2.id })).items.find((i) => i.id === step.id)!
    expect(original.decisionText).toBe('Punktet overføres til mødet 10.09.2020.')
    const back = await rt.callError('meetings.items.move', { itemId: copy.id, meetingId: m2.id })
    expect(back.message).toBe('Punktet kan kun flyttes til et møde, der ikke er afholdt.')
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('keeps a backlog of proposed items and puts one on an agenda', async () => {
    const { projectId, groupId } = await projectWithGroup(rt)
    const proposed = await rt.call('meetings.items.save', { groupId, title: 'Evaluering af CV-forløbet', proposedBy: 'Lars Møller' })
    expect(proposed.meetingId).toBeNull()
    expect((await rt.call('meetings.backlog', { projectId })).map((i) => i.title)).toEqual(['Evaluering af CV-forløbet'])
    const m = await meetingOn(rt, groupId, '2021-03-11')
    await rt.call('meetings.items.move', { itemId: proposed.id, meetingId: m.id })
    expect((await rt.call('meetings.backlog', { projectId })).length).toBe(0)
    expect((await rt.call('meetings.get', { meetingId: m.id })).items.map((i) => i.title)).toEqual([
      'Godkendelse af dagsorden',
      'Opfølgning',
      'Evaluering af CV-forløbet',
      'Eventuelt'
    ])
    // Deleting a planned meeting returns its proposed items to the backlog.
    await rt.call('meetings.delete', { meetingId: m.id })
    expect((await rt.call('meetings.backlog', { projectId })).map((i) => i.title)).toEqual(['Evaluering af CV-forløbet'])
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
