// API handlers of the audit trail.
import type { auditApi } from '@shared/api/audit'
import type { DomainHandlers } from '../registry'
import { listAudit } from './list'
import { verifyAuditTrail } from './verify'

export const auditHandlers: DomainHandlers<keyof typeof auditApi> = {
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
  'audit.verify': (_input, ctx) => verifyAuditTrail(ctx.db)
}
