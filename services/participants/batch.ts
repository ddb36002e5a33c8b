// Many audited inserts in one transaction (the demo's thousands of monthly statuses): the same
// audit entries as insertAudited (services/audit/audit.ts) writes one by one, with the hash chain
// carried in memory and the entries written in chunks. The caller gives every column, so the
// snapshot is exactly the row the table holds (`puljestyr verify` compares them).
import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { canonicalJson, GENESIS_HASH, hashEntry, type AuditPayload } from '../audit/audit'
import { lockAuditChain } from '../db/dialect'

type Db = Kysely<Database>
type BatchTable = 'participant' | 'participant_group_change' | 'participant_status' | 'participant_progression' | 'participant_priority'

export interface AuditBatch {
  insert<T extends BatchTable>(table: T, values: Insertable<Database[T]>, reason?: string | null): Promise<number>
  flush(): Promise<void>
}

/** Opens a batch in the caller's transaction; call flush() before the transaction ends. */
export async function auditBatch(db: Db, ctx: Pick<ServiceContext, 'osUser' | 'now'>, projectId: number): Promise<AuditBatch> {
  await lockAuditChain(db) // the team database: one appender at a time (services/db/dialect.ts)
  const last = await db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst()
  let prevHash = last?.hash ?? GENESIS_HASH
  let pending: (AuditPayload & { prev_hash: string; hash: string })[] = []
  const at = nowIso(ctx)
  const flush = async () => {
    for (let i = 0; i < pending.length; i += 200)
      await db
        .insertInto('audit_log')
        .values(pending.slice(i, i + 200))
        .execute()
    pending = []
  }
  return {
    async insert(table, values, reason = null) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table chosen by the caller
      const inserted = (await (db as any).insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()) as { id: number }
      const row = { id: inserted.id, ...(values as Record<string, unknown>) }
      const payload: AuditPayload = {
        at,
        os_user: ctx.osUser,
        actor_name: null,
        actor_role: null,
        project_id: projectId,
        entity: table,
        entity_id: String(inserted.id),
        action: 'create',
        before_json: null,
        after_json: canonicalJson(row),
        reason
      }
      const hash = hashEntry(prevHash, payload)
      pending.push({ ...payload, prev_hash: prevHash, hash })
      prevHash = hash
      if (pending.length >= 1000) await flush()
      return inserted.id
    },
    flush
  }
}
