import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { meetingOn, projectWithGroup } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

describe('attachments', () => {
  it('stores a file in the database with its name, size and SHA-256, and gives back the same bytes', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const item = await rt.call('meetings.items.save', { meetingId: m.id, title: 'Budgetopfølgning' })
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256))
    const expected = createHash('sha256').update(bytes).digest('hex')
    const att = await rt.call('meetings.attachments.add', {
      itemId: item.id,
      fileName: 'Budgetopfølgning marts 2020.xlsx',
      mimeType: '',
      contentBase64: bytes.toString('base64')
    })
    expect(att).toMatchObject({
      fileName: 'Budgetopfølgning marts 2020.xlsx',
      sizeBytes: 70_000,
      sha256: expected,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    })
    const got = await rt.call('meetings.attachments.get', { attachmentId: att.id })
    expect(Buffer.from(got.contentBase64, 'base64').equals(bytes)).toBe(true)
    const meeting = await rt.call('meetings.get', { meetingId: m.id })
    expect(meeting.items.find((i) => i.id === item.id)!.attachments).toEqual([{ ...att }])
    // The audit trail records the file's size and hash, not its content.
    const [entry] = await rt.call('audit.list', { entity: 'meeting_attachment' })
    expect((entry!.after as { content: unknown }).content).toEqual({ $bytes: 70_000, $sha256: expected })
  })

  it('refuses a file whose stored content no longer matches its hash, and verify reports it', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const item = await rt.call('meetings.items.save', { meetingId: m.id, title: 'KPI-status' })
    const att = await rt.call('meetings.attachments.add', {
      itemId: item.id,
      fileName: 'kpi.pdf',
      mimeType: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4 kpi').toString('base64')
    })
    await sql`update meeting_attachment set content = ${Buffer.from('%PDF-1.4 ændret')} where id = ${att.id}`.execute(rt.ctx.db)
    const err = await rt.callError('meetings.attachments.get', { attachmentId: att.id })
    expect(err.message).toBe('Bilaget «kpi.pdf» er beskadiget: indholdet passer ikke med den gemte SHA-256.')
    const report = await rt.call('audit.verify', {})
    expect(report.findings.map((f) => [f.kind, f.entity])).toEqual([['row_changed', 'meeting_attachment']])
  })

  it('refuses an empty file and one that is not base64', async () => {
    const { groupId } = await projectWithGroup(rt)
    const m = await meetingOn(rt, groupId, '2020-03-12')
    const item = await rt.call('meetings.items.save', { meetingId: m.id, title: 'Bilag' })
    expect((await rt.callError('meetings.attachments.add', { itemId: item.id, fileName: 'tom.txt', mimeType: '', contentBase64: '' })).message).toBe(
      'Bilaget er tomt.'
    )
    expect((await rt.callError('meetings.attachments.add', { itemId: item.id, fileName: 'x.txt', mimeType: '', contentBase64: 'ikke base64!' })).message).toBe(
      'Filens indhold kunne ikke læses (forventede base64).'
    )
  })
})
