import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { holdMeeting, itemFields, meetingOn, projectWithGroup } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

describe('a meeting from agenda to approved minutes', () => {
  it('starts a new agenda with "Godkendelse af dagsorden" and "Opfølgning", ends with "Eventuelt", and adds items before it', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    expect(m.items.map((i) => `${i.number}. ${i.title}`)).toEqual(['1. Godkendelse af dagsorden', '2. Opfølgning', '3. Eventuelt'])
    expect(m.documentKind).toBe('agenda')
    await rt.call('meetings.items.save', { meetingId: m.id, title: 'Budgetopfølgning', minutesAllotted: 30 })
    await rt.call('meetings.items.save', { meetingId: m.id, title: 'Status på KPI', minutesAllotted: 20 })
    const after = await rt.call('meetings.get', { meetingId: m.id })
    expect(after.items.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Godkendelse af dagsorden',
      '2. Opfølgning',
      '3. Budgetopfølgning',
      '4. Status på KPI',
      '5. Eventuelt'
    ])
    // The minutes allotted are summed against the meeting's two hours.
    expect(after.allottedMinutes).toBe(50)
    expect(after.lengthMinutes).toBe(120)
  })

  it('reorders items and renumbers them', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const a = await rt.call('meetings.items.save', { meetingId: m.id, title: 'A' })
    const b = await rt.call('meetings.items.save', { meetingId: m.id, title: 'B' })
    const ids = (await rt.call('meetings.get', { meetingId: m.id })).items.map((i) => i.id)
    const reordered = await rt.call('meetings.items.reorder', { meetingId: m.id, itemIds: [ids[0]!, ids[1]!, b.id, a.id, ids[4]!] })
    expect(reordered.items.map((i) => `${i.number}. ${i.title}`)).toEqual(['1. Godkendelse af dagsorden', '2. Opfølgning', '3. B', '4. A', '5. Eventuelt'])
    const bad = await rt.callError('meetings.items.reorder', { meetingId: m.id, itemIds: [a.id, b.id] })
    expect(bad.message).toBe('Rækkefølgen skal nævne hvert af mødets punkter præcis én gang.')
  })

  it('changes one field of an item and keeps the others; a new item without a title is refused in Danish', async () => {
    const { groupId, member } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const item = await rt.call('meetings.items.save', {
      meetingId: m.id,
      title: 'Budgetopfølgning',
      caseNumber: '15.20.00-G01-1-20',
      minutesAllotted: 30,
      caseSummary: 'Forbruget følger planen.',
      recommendation: 'Tages til efterretning.',
      itemAbsentMemberIds: [member.id]
    })
    const changed = await rt.call('meetings.items.save', { itemId: item.id, decisionChoice: 'noted' })
    expect(changed).toMatchObject({
      decisionChoice: 'noted',
      title: 'Budgetopfølgning',
      caseNumber: '15.20.00-G01-1-20',
      minutesAllotted: 30,
      caseSummary: 'Forbruget følger planen.',
      recommendation: 'Tages til efterretning.',
      itemAbsentMemberIds: [member.id]
    })
    const renamed = await rt.call('meetings.items.save', { itemId: item.id, title: 'Budgetopfølgning 1. kvartal', minutesAllotted: null })
    expect(renamed).toMatchObject({
      title: 'Budgetopfølgning 1. kvartal',
      minutesAllotted: null,
      decisionChoice: 'noted',
      caseSummary: 'Forbruget følger planen.'
    })
    const untitled = await rt.callError('meetings.items.save', { meetingId: m.id, caseSummary: 'Uden titel' })
    expect(untitled).toMatchObject({ code: 'validation', field: 'title', message: 'Feltet «Titel» skal udfyldes.' })
  })

  it('refuses to approve incomplete minutes and says what is missing, in Danish', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const notHeld = await rt.callError('meetings.approve', { meetingId: m.id, approverName: 'Bente Hjorth', approverRole: 'Formand' })
    expect(notHeld.message).toContain('Kun referatet af et afholdt møde kan godkendes')
    await rt.call('meetings.setStatus', { meetingId: m.id, status: 'held' })
    const err = await rt.callError('meetings.approve', { meetingId: m.id, approverName: 'Bente Hjorth', approverRole: 'Formand' })
    expect(err.code).toBe('conflict')
    expect(err.message).toContain('Fremmødet mangler for Bente Hjorth, Lars Møller og Mette Kjær.')
    expect(err.message).toContain('Punkt 1 «Godkendelse af dagsorden» har ingen beslutning.')
  })

  it('a future meeting cannot be marked held', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-09-10')
    const err = await rt.callError('meetings.setStatus', { meetingId: m.id, status: 'held' })
    expect(err.message).toBe('Mødet den 10.09.2020 ligger ude i fremtiden og kan ikke markeres som afholdt endnu.')
  })

  it('records the approver as entered with the OS user and time, then locks the minutes; a correction is an addendum that keeps the original', async () => {
    const { groupId, member } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const item = await rt.call('meetings.items.save', {
      meetingId: m.id,
      title: 'Budgetopfølgning',
      recommendation: 'Projektlederen indstiller, at budgetopfølgningen tages til efterretning.',
      decisionChoice: 'noted',
      dissent: 'Lars Møller ønskede ført til referat, at forbruget i 2020 bør følges månedligt.'
    })
    await holdMeeting(rt, m.id)
    await rt.call('meetings.attendance.save', { meetingId: m.id, entries: [{ memberId: member.id, status: 'absent', deputyName: 'Hanne Bach', note: '' }] })
    rt.setNow('2020-06-16T08:30:00.000Z')
    const approved = await rt.call('meetings.approve', { meetingId: m.id, approverName: 'Bente Hjorth', approverRole: 'Formand for styregruppen' })
    expect(approved.status).toBe('approved')
    expect(approved.documentKind).toBe('minutes')
    expect(approved.locked).toBe(true)
    expect(approved.approvedByName).toBe('Bente Hjorth')
    expect(approved.approvedByRole).toBe('Formand for styregruppen')
    expect(approved.approvedOsUser).toBe(rt.ctx.osUser)
    expect(approved.approvedAt).toBe('2020-06-16T08:30:00.000Z')
    const trail = await rt.call('audit.list', { entity: 'meeting', entityId: String(m.id) })
    expect(trail[0]).toMatchObject({ action: 'approve', actorName: 'Bente Hjorth', actorRole: 'Formand for styregruppen', osUser: rt.ctx.osUser })

    const locked =
      'Referatet af mødet 12.03.2020 er godkendt og låst, så det kan ikke ændres. Tilføj et tillæg til referatet i stedet; det oprindelige referat bevares.'
    const edit = await rt.callError('meetings.items.save', { ...itemFields(item), itemId: item.id, decisionChoice: 'approved' })
    expect(edit).toMatchObject({ code: 'locked', message: locked })
    expect((await rt.callError('meetings.items.save', { meetingId: m.id, title: 'Nyt punkt' })).message).toBe(locked)
    expect((await rt.callError('meetings.items.delete', { itemId: item.id })).message).toBe(locked)
    expect((await rt.callError('meetings.attendance.save', { meetingId: m.id, entries: [] })).message).toBe(locked)
    expect(
      (await rt.callError('meetings.update', { meetingId: m.id, title: 'X', date: '2020-03-12', startTime: '13:00', endTime: '15:00', place: '', guests: '' }))
        .message
    ).toBe(locked)
    expect((await rt.callError('meetings.setStatus', { meetingId: m.id, status: 'held' })).message).toBe(locked)
    expect((await rt.callError('meetings.attachments.add', { itemId: item.id, fileName: 'x.txt', mimeType: '', contentBase64: 'aGVq' })).message).toBe(locked)
    expect((await rt.callError('meetings.delete', { meetingId: m.id })).message).toBe('Et afholdt møde kan ikke slettes: referatet skal bevares.')

    const withAddendum = await rt.call('meetings.addenda.add', {
      meetingId: m.id,
      itemId: item.id,
      text: 'Rettelse: Lars Møllers stedfortræder var Hanne Bach, ikke Hanne Bech.',
      authorName: 'Mette Kjær',
      authorRole: 'Sekretær'
    })
    expect(withAddendum.addenda).toHaveLength(1)
    expect(withAddendum.addenda[0]).toMatchObject({ itemNumber: 3, authorName: 'Mette Kjær', osUser: rt.ctx.osUser })
    const original = withAddendum.items.find((i) => i.id === item.id)!
    expect(original.decisionChoice).toBe('noted')
    expect(original.dissent).toBe('Lars Møller ønskede ført til referat, at forbruget i 2020 bør følges månedligt.')
    expect(withAddendum.attendance.find((a) => a.memberId === member.id)).toMatchObject({ status: 'absent', deputyName: 'Hanne Bach' })
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses a CPR number in any text of the minutes', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const err = await rt.callError('meetings.items.save', { meetingId: m.id, title: 'Borgersag', caseSummary: 'Borgeren 010180-1234 er startet i praktik.' })
    expect(err).toMatchObject({ code: 'validation', field: 'caseSummary' })
    // Refused at the contract boundary by the one free-text type (issue #13), with its one message.
    expect(err.message).toContain('Feltet «Sagsfremstilling» ligner et CPR-nummer')
  })

  it('keeps members by their start and end dates: a former member is not on a later meeting', async () => {
    const { groupId, member } = await projectWithGroup(rt)
    const { id: memberId, ...fields } = member
    await rt.call('meetings.members.save', { ...fields, memberId, endDate: '2020-05-31' })
    const march = await meetingOn(rt, groupId, '2020-03-12')
    const june = await meetingOn(rt, groupId, '2020-06-11')
    expect(march.attendance.map((a) => a.name)).toContain('Lars Møller')
    expect(june.attendance.map((a) => a.name)).not.toContain('Lars Møller')
    const err = await rt.callError('meetings.attendance.save', {
      meetingId: june.id,
      entries: [{ memberId: member.id, status: 'present', deputyName: '', note: '' }]
    })
    expect(err.message).toBe('Lars Møller var ikke medlem af gruppen den 11.06.2020.')
  })
})
