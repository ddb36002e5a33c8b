import type { Kysely } from 'kysely'
import type { AuditEntry } from '@shared/api/audit'
import type { Database } from '../db/schema'

export async function listAudit(
  db: Kysely<Database>,
  filter: { projectId?: number | undefined; entity?: string | undefined; entityId?: string | undefined; limit: number }
): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit)
  if (filter.projectId !== undefined) q = q.where('project_id', '=', filter.projectId)
  if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity)
  if (filter.entityId !== undefined) q = q.where('entity_id', '=', filter.entityId)
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
