// Anchors on what leaves the program (issues #11, #13): the quarterly pack's front page, a signed
// account and approved minutes print an audit entry's number and hash; `verify --anchor` with the
// printed pair passes on the untouched database. (That a re-forged chain fails it: verify.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfPagesText, pdfText } from '../../support/pdf'
import { meetingOn } from '../meetings/helpers'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2021-08-10T10:00:00.000Z', printer: true })
  projectId = (await rt.call('demo.open', {})).projectId
}, 120_000)
afterAll(async () => {
  await rt.close()
})

/** The anchor line as printed; the hash may wrap, so whitespace is taken out before comparing. */
function anchorIn(text: string): { entry: number; hash: string } | null {
  const m = text.replace(/\s+/g, '').match(/Revisionsspor:postnr\.(\d+),kontrolsum([0-9a-f]{64})/)
  return m ? { entry: Number(m[1]), hash: m[2]! } : null
}

async function printText(route: string): Promise<string> {
  const pdf = await rt.call('print.pdf', { route, fileName: 'udskrift.pdf' })
  return pdfText(Buffer.from(pdf.contentBase64, 'base64'))
}

describe('printed anchors', () => {
  it('the quarterly pack’s front page prints the chain head as it stood when the figures were gathered', async () => {
    const headBefore = await rt.call('audit.head', {})
    expect(headBefore).not.toBeNull()
    const pack = await rt.call('quarterly.make', { projectId, quarter: '2020-Q3', publication: false })
    const full = await rt.call('quarterly.packs.get', { packId: pack.id })
    const pages = await pdfPagesText(Buffer.from(full.contentBase64, 'base64'))
    expect(anchorIn(pages[0]!)).toEqual(headBefore)
    expect(pages[0]).toContain('puljestyr verify --anchor')
    expect((full.figures as { anchor: unknown }).anchor).toEqual(headBefore)
    // Making the pack is itself in the trail: the head moved on, the printed anchor still holds.
    const headAfter = (await rt.call('audit.head', {}))!
    expect(headAfter.entry).toBeGreaterThan(headBefore!.entry)
    const report = await rt.call('audit.verify', { anchor: headBefore! })
    expect(report.findings).toEqual([])
  }, 120_000)

  it('a signed account prints the audit entry of its signature', async () => {
    const account = (await rt.call('accounts.list', { projectId })).find((a) => a.status === 'signed')!
    const signature = (await rt.call('audit.list', { projectId, entity: 'account', entityId: String(account.id) })).find((e) => e.action === 'sign')!
    expect(account.signatureAnchor).toEqual({ entry: signature.id, hash: signature.hash })
    const text = await printText(`/print/regnskab/${projectId}/${account.id}`)
    expect(anchorIn(text)).toEqual({ entry: signature.id, hash: signature.hash })
    expect((await rt.call('audit.verify', { anchor: account.signatureAnchor! })).ok).toBe(true)
  }, 120_000)

  it('approved minutes print the audit entry of their approval; an agenda prints none', async () => {
    const meetings = await rt.call('meetings.list', { projectId })
    const approved = meetings.find((m) => m.status === 'approved')!
    const notApproved = await meetingOn(rt, approved.groupId, '2021-09-01')
    const approval = (await rt.call('audit.list', { projectId, entity: 'meeting', entityId: String(approved.id) })).find((e) => e.action === 'approve')!
    const meeting = await rt.call('meetings.get', { meetingId: approved.id })
    expect(meeting.approvalAnchor).toEqual({ entry: approval.id, hash: approval.hash })
    expect(anchorIn(await printText(`/print/moeder/${approved.id}`))).toEqual({ entry: approval.id, hash: approval.hash })
    expect(anchorIn(await printText(`/print/moeder/${notApproved.id}`))).toBeNull()
    expect((await rt.call('audit.verify', { anchor: meeting.approvalAnchor! })).ok).toBe(true)
  }, 120_000)
})
