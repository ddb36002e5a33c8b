import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfText } from '../../support/pdf'
import { findStaticDir } from '../../../server/runtime'
import { holdMeeting, meetingOn, projectWithGroup } from './helpers'

// The minutes through the one print path (headless Chromium renders /print/moeder/… to A4).
let rt: TestRuntime
let meetingId: number
beforeAll(async () => {
  rt = await createTestRuntime({ printer: true, now: '2020-06-20T10:00:00.000Z' })
  const { groupId, member } = await projectWithGroup(rt)
  const m = await meetingOn(rt, groupId, '2020-06-11')
  meetingId = m.id
  await rt.call('meetings.items.save', {
    meetingId,
    title: 'Budgetopfølgning 1. halvår',
    caseNumber: '15.00.00-A00-1-20',
    caseOfficer: 'Mette Kjær',
    caseSummary: 'Forbruget følger budgettet.',
    recommendation: 'Projektlederen indstiller, at budgetopfølgningen tages til efterretning.',
    decisionChoice: 'noted'
  })
  const closed = await rt.call('meetings.items.save', {
    meetingId,
    title: 'Personalesag om jobformidler',
    closed: true,
    caseSummary: 'Fortroligt: sygefravær.',
    decisionChoice: 'noted',
    decisionText: 'Sagsstammen fordeles midlertidigt.'
  })
  await rt.call('meetings.actions.save', { itemId: closed.id, text: 'Følge op på fordelingen af sagsstammen', owner: 'Bente Hjorth', dueDate: null })
  await rt.call('meetings.attachments.add', {
    itemId: closed.id,
    fileName: 'Lægeerklæring.pdf',
    mimeType: 'application/pdf',
    contentBase64: Buffer.from('%PDF fortrolig').toString('base64')
  })
  await rt.call('meetings.items.save', {
    meetingId,
    title: 'Pareto-fokusliste',
    caseSummary: 'De bedste 20 % af borgerne i gruppe 1.',
    decisionChoice: 'endorsed',
    dissent: 'Lars Møller tog forbehold.'
  })
  await holdMeeting(rt, meetingId)
  await rt.call('meetings.attendance.save', { meetingId, entries: [{ memberId: member.id, status: 'absent', deputyName: 'Hanne Bach', note: '' }] })
  await rt.call('meetings.approve', { meetingId, approverName: 'Bente Hjorth', approverRole: 'Formand for styregruppen' })
})
afterAll(async () => {
  await rt.close()
})

async function print(route: string): Promise<string> {
  const pdf = await rt.call('print.pdf', { route, fileName: 'referat.pdf' })
  return pdfText(Buffer.from(pdf.contentBase64, 'base64'))
}

describe('minutes as PDF', () => {
  it('is built before the tests run', () => {
    expect(findStaticDir(), 'run `npm run build` first').not.toBeNull()
  })

  it('prints "Referat" with attendance, contents and every item with its decision, in order', async () => {
    const text = await print(`/print/moeder/${meetingId}`)
    expect(text).toContain('Referat')
    expect(text).toMatch(/Mødedato\s+11\.06\.2020/)
    expect(text).toMatch(/Mødetidspunkt\s+13:00–15:00/)
    expect(text).toMatch(/Fraværende\s+Lars Møller/)
    expect(text).toMatch(/Stedfortrædere\s+Hanne Bach for Lars Møller/)
    const headings = ['3 (Åben) Budgetopfølgning 1. halvår', '4 (Lukket) Personalesag om jobformidler', '5 (Åben) Pareto-fokusliste', '6 (Åben) Eventuelt']
    const positions = headings.map((h) => text.lastIndexOf(h))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).toMatch(/Sagsnr\.: 15\.00\.00-A00-1-20\s+Sagsbehandler: Mette Kjær/)
    expect(text).toMatch(/Beslutning\s+Taget til efterretning\. Sagsstammen fordeles midlertidigt\./)
    expect(text).toMatch(/Mindretalsudtalelse\s+Lars Møller tog forbehold\./)
    expect(text).toContain('Lægeerklæring.pdf')
    expect(text).toContain('Referatet er godkendt 20.06.2020 af Bente Hjorth (Formand for styregruppen).')
  })

  it('leaves a closed item out of the copy for publication: only its number and "Lukket punkt"', async () => {
    const text = await print(`/print/moeder/${meetingId}/offentlig`)
    expect(text).toContain('Til offentliggørelse')
    expect(text).toContain('4 Lukket punkt')
    for (const secret of ['Personalesag', 'sygefravær', 'Sagsstammen fordeles', 'Lægeerklæring', 'Følge op på fordelingen']) expect(text).not.toContain(secret)
    expect(text).toContain('5 (Åben) Pareto-fokusliste')
    expect(text).toMatch(/Beslutning\s+Tiltrådt\./)
  })

  it('prints "Dagsorden" before the meeting is held, without decisions', async () => {
    const { groupId } = await projectWithGroup(rt)
    const next = await meetingOn(rt, groupId, '2020-09-10')
    await rt.call('meetings.items.save', { meetingId: next.id, title: 'KPI-status', recommendation: 'Status tages til efterretning.' })
    const text = await print(`/print/moeder/${next.id}`)
    expect(text).toContain('Dagsorden')
    expect(text).not.toContain('Referat')
    expect(text).toContain('Indkaldte')
    expect(text).toContain('3 (Åben) KPI-status')
    expect(text).not.toContain('Beslutning')
  })
})
