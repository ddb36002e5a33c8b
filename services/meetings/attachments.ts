// Attachments (bilag) are stored in the database with name, size and SHA-256, so the minutes and
// their documents travel as one file and `puljestyr verify` covers them. They cross the API as
// base64 (the HTTP bridge accepts bodies up to 60 MB, so a file may be at most 40 MB).
import { createHash } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { Attachment } from '@shared/api/meetings'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import type { Database } from '../db/schema'
import { deleteAudited, insertAudited } from '../audit/audit'
import { loadItem, loadMeeting, requireUnlocked, type Db } from './common'

const e = da.meetings.errors
const MAX_ATTACHMENT_MB = 40
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A plain type for a file the browser did not name. */
function guessMimeType(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  const known: Record<string, string> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    doc: 'application/msword',
    xls: 'application/vnd.ms-excel',
    csv: 'text/csv',
    txt: 'text/plain',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg'
  }
  return known[ext] ?? 'application/octet-stream'
}

export async function addAttachment(
  ctx: ServiceContext,
  input: { itemId: number; fileName: string; mimeType: string; contentBase64: string }
): Promise<Attachment> {
  const clean = input.contentBase64.replace(/\s+/g, '')
  if (!BASE64.test(clean) || clean.length % 4 === 1) throw new DomainError('validation', e.attachmentBadBase64, { field: 'contentBase64' })
  const bytes = Buffer.from(clean, 'base64')
  if (bytes.byteLength === 0) throw new DomainError('validation', e.attachmentEmpty, { field: 'contentBase64' })
  if (bytes.byteLength > MAX_ATTACHMENT_MB * 1024 * 1024)
    throw new DomainError('validation', e.attachmentTooLarge(MAX_ATTACHMENT_MB), { field: 'contentBase64' })
  const fileName = input.fileName.replace(/[\\/]/g, '_')
  return ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, input.itemId)
    if (item.meeting_id !== null) requireUnlocked(await loadMeeting(trx, item.meeting_id))
    const row = await insertAudited(
      trx,
      ctx,
      'meeting_attachment',
      {
        project_id: item.project_id,
        item_id: item.id,
        file_name: fileName,
        mime_type: input.mimeType || guessMimeType(fileName),
        size_bytes: bytes.byteLength,
        sha256: sha256Hex(bytes),
        content: bytes,
        created_at: nowIso(ctx)
      },
      { projectId: item.project_id }
    )
    return toAttachment(row)
  })
}

/** An attachment as the contract shows it (without its content). */
export function toAttachment(
  row: Pick<Selectable<Database['meeting_attachment']>, 'id' | 'item_id' | 'file_name' | 'mime_type' | 'size_bytes' | 'sha256' | 'created_at'>
): Attachment {
  return {
    id: row.id,
    itemId: row.item_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: row.created_at
  }
}

/** The attachment with its content, after checking the content against the stored SHA-256. */
export async function getAttachment(db: Db, attachmentId: number): Promise<Attachment & { contentBase64: string }> {
  const row = await db.selectFrom('meeting_attachment').selectAll().where('id', '=', attachmentId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', e.attachmentNotFound(attachmentId), { field: 'attachmentId' })
  const bytes = Buffer.from(row.content)
  if (sha256Hex(bytes) !== row.sha256 || bytes.byteLength !== row.size_bytes) {
    throw new DomainError('conflict', e.attachmentDamaged(row.file_name), { field: 'attachmentId' })
  }
  return { ...toAttachment(row), contentBase64: bytes.toString('base64') }
}

export async function deleteAttachment(ctx: ServiceContext, attachmentId: number): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('meeting_attachment').select(['id', 'item_id', 'project_id']).where('id', '=', attachmentId).executeTakeFirst()
    if (!row) throw new DomainError('not_found', e.attachmentNotFound(attachmentId), { field: 'attachmentId' })
    const item = await loadItem(trx, row.item_id)
    if (item.meeting_id !== null) requireUnlocked(await loadMeeting(trx, item.meeting_id))
    await deleteAudited(trx, ctx, 'meeting_attachment', attachmentId, { projectId: row.project_id })
  })
  return { deleted: true }
}
