// Attaching a made pack to a meeting's agenda in one step: the item «Kvartalsstatus» is found on
// the meeting's agenda, or added (before «Eventuelt»), and the stored PDF becomes its attachment.
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { ServiceContext } from '../context'
import { addAttachment } from '../meetings/attachments'
import { loadMeeting, requireUnlocked } from '../meetings/common'
import { saveItem } from '../meetings/items'
import { getPack } from './packs'

const t = da.quarterly

export async function attachPackToMeeting(ctx: ServiceContext, packId: number, meetingId: number) {
  const pack = await getPack(ctx, packId)
  const meeting = await loadMeeting(ctx.db, meetingId)
  if (meeting.project_id !== pack.projectId) throw new DomainError('validation', t.errors.otherProject, { field: 'meetingId' })
  requireUnlocked(meeting)
  const existing = await ctx.db
    .selectFrom('meeting_item')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where((eb) => eb(eb.fn('lower', ['title']), '=', t.agendaItem.toLowerCase()))
    .orderBy('position')
    .executeTakeFirst()
  const itemId =
    existing?.id ??
    (
      await saveItem(ctx, {
        meetingId,
        title: t.agendaItem,
        caseSummary: t.agendaSummary(pack.quarterLabel),
        recommendation: t.agendaRecommendation
      })
    ).id
  const attachment = await addAttachment(ctx, { itemId, fileName: pack.fileName, mimeType: 'application/pdf', contentBase64: pack.contentBase64 })
  return { meetingId, itemId, attachmentId: attachment.id, fileName: attachment.fileName }
}
