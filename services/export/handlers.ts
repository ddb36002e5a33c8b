// API handlers of the revisor export.
import type { exportApi } from '@shared/api/export'
import type { DomainHandlers } from '../registry'
import { exportSummary } from './summary'
import { revisorExportZip } from './revisorExport'

export const exportHandlers: DomainHandlers<keyof typeof exportApi> = {
  'export.summary': ({ projectId }, ctx) => exportSummary(ctx, projectId),
  'export.revisor': ({ projectId, withPersonal }, ctx) => revisorExportZip(ctx, projectId, { withPersonal })
}
