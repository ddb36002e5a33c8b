// Anchors: an audit entry's number and hash, printed on what leaves the program (the quarterly pack,
// signed accounts, minutes, the revisor export's manifest). `puljestyr verify --anchor N:HASH` later
// proves the chain still holds that entry unchanged, so a chain rewritten after the printout is caught.
// Works on both dialects (plain kysely queries).
import type { AuditAnchor } from '@shared/api/audit'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

/** The chain's head: its last entry. null for an empty trail. */
export async function chainHead(db: Db): Promise<AuditAnchor | null> {
  const row = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst()
  return row ? { entry: row.id, hash: row.hash } : null
}

/**
 * The entries that recorded `action` on rows of `entity`, by row id (the latest entry per row):
 * e.g. the signature of each account, the approval of each meeting's minutes.
 */
export async function actionAnchors(db: Db, entity: string, action: string, ids: readonly number[]): Promise<Map<number, AuditAnchor>> {
  const out = new Map<number, AuditAnchor>()
  if (ids.length === 0) return out
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'hash', 'entity_id'])
    .where('entity', '=', entity)
    .where('action', '=', action)
    .where(
      'entity_id',
      'in',
      ids.map((id) => String(id))
    )
    .orderBy('id')
    .execute()
  for (const r of rows) out.set(Number(r.entity_id), { entry: r.id, hash: r.hash })
  return out
}
