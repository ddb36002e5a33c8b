// API handlers of the quarterly pack.
import type { quarterlyApi } from '@shared/api/quarterly'
import type { DomainHandlers } from '../registry'
import { attachPackToMeeting } from './attach'
import { getPack, listPacks, makePack, verifyPack } from './packs'
import { listQuarters, quarterlyReport, requireQuarter } from './report'
import { saveQuarterText } from './text'
import { projectOverview } from './overview'

export const quarterlyHandlers: DomainHandlers<keyof typeof quarterlyApi> = {
  'quarterly.quarters': ({ projectId }, ctx) => listQuarters(ctx, projectId),
  'quarterly.overview': ({ projectId }, ctx) => projectOverview(ctx, projectId),
  'quarterly.get': ({ projectId, quarter, publication }, ctx) => quarterlyReport(ctx, projectId, quarter, publication),
  'quarterly.text.save': async ({ projectId, quarter, risks, nextSteps, decisions }, ctx) => {
    const q = await requireQuarter(ctx, projectId, quarter)
    return saveQuarterText(ctx, projectId, q.key, { risks, nextSteps, decisions })
  },
  'quarterly.make': ({ projectId, quarter, publication }, ctx) => makePack(ctx, projectId, quarter, publication),
  'quarterly.packs.list': ({ projectId }, ctx) => listPacks(ctx, projectId),
  'quarterly.packs.get': ({ packId }, ctx) => getPack(ctx, packId),
  'quarterly.packs.attach': ({ packId, meetingId }, ctx) => attachPackToMeeting(ctx, packId, meetingId),
  'quarterly.verify': ({ contentBase64 }, ctx) => verifyPack(ctx, Buffer.from(contentBase64, 'base64'))
}
