// API handlers of the audit trail.
import type { auditApi } from '@shared/api/audit'
import type { DomainHandlers } from '../registry'
import { chainHead } from './head'
import { listAudit, pageAudit } from './list'
import { verifyDatabaseFile } from './verify'
import { verifyTeamDatabase } from './verifyTeam'

export const auditHandlers: DomainHandlers<keyof typeof auditApi> = {
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
  'audit.page': (input, ctx) => pageAudit(ctx.db, input),
  'audit.head': (_input, ctx) => chainHead(ctx.db),
  'audit.verify': (input, ctx) => {
    const options = input.anchor ? { anchor: input.anchor } : {}
    return ctx.sqlite ? verifyDatabaseFile(ctx.databaseFile, options) : verifyTeamDatabase(ctx.db, options)
  }
}
