// API handlers of the audit trail.
import type { auditApi } from '@shared/api/audit'
import type { DomainHandlers } from '../registry'
import { chainHead } from './head'
import { listAudit, pageAudit } from './list'
import type { ServiceContext } from '../context'
import { verifyDatabase } from './verify'

export const auditHandlers: DomainHandlers<keyof typeof auditApi> = {
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
  'audit.page': (input, ctx) => pageAudit(ctx.db, input),
  'audit.head': (_input, ctx) => chainHead(ctx.db),
  'audit.verify': (input, ctx) => {
    const options = input.anchor ? { anchor: input.anchor } : {}
    return verifyDatabase(verifyTarget(ctx), options)
  }
}

/** The open database as verify needs it: the file for a connection of its own, or the team database. */
export function verifyTarget(ctx: ServiceContext) {
  return { db: ctx.db, file: ctx.databaseFile, kind: ctx.sqlite ? ('sqlite' as const) : ('postgres' as const) }
}
