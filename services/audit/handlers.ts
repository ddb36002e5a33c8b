// API handlers of the audit trail.
import type { auditApi } from '@shared/api/audit'
import type { DomainHandlers } from '../registry'
import { listAudit } from './list'
import { verifyDatabaseFile } from './verify'

export const auditHandlers: DomainHandlers<keyof typeof auditApi> = {
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
  'audit.verify': (input, ctx) => verifyDatabaseFile(ctx.databaseFile, input.anchor ? { anchor: input.anchor } : {})
}
