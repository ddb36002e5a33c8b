import type { Kysely } from 'kysely'
import type { AuditEntry } from '@shared/api/audit'
import type { Database } from '../db/schema'

interface AuditFilter {
  projectId?: number | undefined
  entity?: string | undefined
  entityId?: string | undefined
}

function filtered(db: Kysely<Database>, filter: AuditFilter) {
  let q = db.selectFrom('audit_log')
  if (filter.projectId !== undefined) q = q.where('project_id', '=', filter.projectId)
  if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity)
  if (filter.entityId !== undefined) q = q.where('entity_id', '=', filter.entityId)
  return q
}

/** A page of the trail, newest first, and how many entries match in all: the screen pages in SQL (#14). */
export async function pageAudit(db: Kysely<Database>, filter: AuditFilter & { limit: number; offset: number }) {
  const entries = await listAudit(db, filter)
  const { n } = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { entries, count: Number(n), offset: filter.offset }
}

export async function listAudit(db: Kysely<Database>, filter: AuditFilter & { limit: number; offset?: number }): Promise<AuditEntry[]> {
  let q = filtered(db, filter).selectAll().orderBy('id', 'desc').limit(filter.limit)
  if (filter.offset) q = q.offset(filter.offset)
  const rows = await q.execute()
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    osUser: r.os_user,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    projectId: r.project_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json ? JSON.parse(r.before_json) : null,
    after: r.after_json ? JSON.parse(r.after_json) : null,
    reason: r.reason,
    hash: r.hash
  }))
}
