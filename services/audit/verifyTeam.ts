// `verify` on the team database (PostgreSQL): recomputes the hash chain and compares every audited
// row with the snapshot of its last audit entry, and checks an anchor from a printout. The file
// checks of verify.ts (schema against the migrations, integrity_check, SQLite's row counters) are
// SQLite's own; on PostgreSQL the server guards its files and GRANTs guard who may write.
import type { Kysely } from 'kysely'
import type { AuditVerifyReport } from '@shared/api/audit'
import type { Database } from '../db/schema'
import { da } from '@shared/texts/da'
import { canonicalJson, GENESIS_HASH, hashEntry } from './audit'

const t = da.audit.verify

type Finding = AuditVerifyReport['findings'][number]

export async function verifyTeamDatabase(db: Kysely<Database>, options: { anchor?: { entry: number; hash: string } } = {}): Promise<AuditVerifyReport> {
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
  if (options.anchor) {
    const { entry, hash } = options.anchor
    const row = entries.find((e) => e.id === entry)
    if (!row) findings.push({ kind: 'anchor', entity: 'audit_log', entityId: String(entry), auditId: entry, message: t.anchorMissing(entry) })
    else if (row.hash !== hash)
      findings.push({ kind: 'anchor', entity: 'audit_log', entityId: String(entry), auditId: entry, message: t.anchorDiffers(entry, hash, row.hash) })
  }
  const last = entries[entries.length - 1]
  return {
    ok: findings.length === 0,
    entriesChecked: entries.length,
    rowsChecked,
    head: last ? { entry: last.id, hash: last.hash } : null,
    integrity: 'ok',
    findingsTotal: findings.length,
    findings: findings.slice(0, 500)
  }
}
