// `puljestyr verify`: recomputes the hash chain and compares every audited row with the snapshot
// of its last audit entry. A row changed, deleted or inserted outside the app is reported.
import type { Kysely } from 'kysely'
import type { AuditVerifyReport } from '@shared/api/audit'
import type { Database } from '../db/schema'
import { canonicalJson, GENESIS_HASH, hashEntry } from './audit'

type Finding = AuditVerifyReport['findings'][number]

export async function verifyAuditTrail(db: Kysely<Database>): Promise<AuditVerifyReport> {
  const findings: Finding[] = []
  const entries = await db.selectFrom('audit_log').selectAll().orderBy('id').execute()
  let prev = GENESIS_HASH
  const lastState = new Map<string, { auditId: number; after: string | null }>()
  for (const e of entries) {
    const { id, prev_hash, hash, ...payload } = e
    if (prev_hash !== prev || hashEntry(prev_hash, payload) !== hash) {
      findings.push({
        kind: 'chain_broken',
        entity: e.entity,
        entityId: e.entity_id,
        auditId: id,
        message: `Revisionssporets post nr. ${id} (${e.entity} ${e.entity_id}) er ændret eller fjernet uden om programmet.`
      })
    }
    prev = hash
    lastState.set(`${e.entity}\u0000${e.entity_id}`, { auditId: id, after: e.after_json })
  }

  // Entity names are table names; only tables that exist in this database are read.
  const tables = new Set((await db.introspection.getTables()).map((t) => t.name))
  const entities = [...new Set(entries.map((e) => e.entity))].filter((e) => tables.has(e))
  let rowsChecked = 0
  for (const entity of entities) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- table chosen at run time
    const rows = (await (db as any).selectFrom(entity).selectAll().execute()) as { id: number }[]
    const seen = new Set<string>()
    for (const row of rows) {
      rowsChecked++
      const key = `${entity}\u0000${row.id}`
      seen.add(key)
      const state = lastState.get(key)
      if (!state || state.after === null) {
        findings.push({
          kind: 'row_unaudited',
          entity,
          entityId: String(row.id),
          auditId: null,
          message: `${entity} ${row.id} findes, men er ikke oprettet gennem programmet.`
        })
      } else if (state.after !== canonicalJson(row)) {
        findings.push({
          kind: 'row_changed',
          entity,
          entityId: String(row.id),
          auditId: state.auditId,
          message: `${entity} ${row.id} er ændret uden om programmet efter revisionssporets post nr. ${state.auditId}.`
        })
      }
    }
    for (const [key, state] of lastState) {
      const [ent, entityId] = key.split('\u0000') as [string, string]
      if (ent !== entity || state.after === null || seen.has(key)) continue
      findings.push({ kind: 'row_missing', entity, entityId, auditId: state.auditId, message: `${entity} ${entityId} er slettet uden om programmet.` })
    }
  }
  return { ok: findings.length === 0, entriesChecked: entries.length, rowsChecked, findings }
}
