import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { meetingOn, projectWithGroup } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '')
}

describe('the invitation as iCalendar', () => {
  it('writes Danish local time as UTC (winter and summer time), the place, the agenda without closed titles, and the members with e-mail', async () => {
    const { groupId } = await projectWithGroup(rt)
    const march = await meetingOn(rt, groupId, '2020-03-12')
    await rt.call('meetings.items.save', { meetingId: march.id, title: 'Personalesag', closed: true })
    await rt.call('meetings.items.save', { meetingId: march.id, title: 'Budgetopfølgning' })
    const ics = await rt.call('meetings.ics', { meetingId: march.id })
    expect(ics.fileName).toBe('Styregruppemøde 12.03.2020.ics')
    const text = unfold(ics.content)
    expect(text).toContain('BEGIN:VCALENDAR')
    expect(text).toContain('DTSTART:20200312T120000Z')
    expect(text).toContain('DTEND:20200312T140000Z')
    expect(text).toContain('LOCATION:Rådhuset\\, lokale A1.158')
    expect(text).toContain('SUMMARY:Styregruppemøde: Testprojekt')
    expect(text).toContain('4. Budgetopfølgning')
    expect(text).toContain('3. Lukket punkt')
    expect(text).not.toContain('Personalesag')
    expect(text).toMatch(/ATTENDEE;.*CN="?Bente Hjorth"?.*:mailto:bente@example.dk/)
    expect(text).toContain(`UID:puljestyr-meeting-`)

    const june = await meetingOn(rt, groupId, '2020-06-11')
    expect(unfold((await rt.call('meetings.ics', { meetingId: june.id })).content)).toContain('DTSTART:20200611T110000Z')
  })

  it('raises the SEQUENCE when an invited meeting moves, so Outlook updates the appointment', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-09-10')
    await rt.call('meetings.setStatus', { meetingId: m.id, status: 'invited' })
    expect(unfold((await rt.call('meetings.ics', { meetingId: m.id })).content)).toContain('SEQUENCE:0')
    await rt.call('meetings.update', { meetingId: m.id, title: m.title, date: '2020-09-17', startTime: '09:00', endTime: '11:00', place: m.place, guests: '' })
    const text = unfold((await rt.call('meetings.ics', { meetingId: m.id })).content)
    expect(text).toContain('SEQUENCE:1')
    expect(text).toContain('DTSTART:20200917T070000Z')
  })
})
