// The audit trail: who changed what and when, old value → new value, with a reason where one is
// required. Entries are chained with SHA-256 (each hash covers the previous one), and each entry
// keeps a snapshot of the row after the change, so that `verify` can detect both a tampered log
// and a row changed behind the app's back (e.g. by editing the SQLite file).
import { createHash } from 'node:crypto'
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { Database, TableName } from '../db/schema'
import type { ServiceContext } from '../context'
import { nowIso } from '../context'
import { assertAuditInTransaction } from '../db/dialect'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditMeta {
  projectId: number | null
  /** Defaults to create / update / delete. */
  action?: string
  reason?: string | null
  /** Name and role as entered by the user (approvals and sign-offs). */
  actorName?: string | null
  actorRole?: string | null
}

type Db = Kysely<Database>

/** Canonical JSON: keys sorted, byte arrays replaced by their size and SHA-256. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value))
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null
  if (value instanceof Uint8Array) {
    return { $bytes: value.byteLength, $sha256: createHash('sha256').update(value).digest('hex') }
  }
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value as Record<string, unknown>).sort()) out[key] = normalise((value as Record<string, unknown>)[key])
    return out
  }
  return value
}

export interface AuditPayload {
  at: string
  os_user: string
  actor_name: string | null
  actor_role: string | null
  project_id: number | null
  entity: string
  entity_id: string
  action: string
  before_json: string | null
  after_json: string | null
  reason: string | null
}

export function hashEntry(prevHash: string, payload: AuditPayload): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(payload)).digest('hex')
}

type AuditEntryInput = { entity: string; entityId: string | number; before: unknown; after: unknown } & AuditMeta & { action: string }

function auditPayload(ctx: Pick<ServiceContext, 'osUser' | 'now'>, entry: AuditEntryInput): AuditPayload {
  return {
    at: nowIso(ctx),
    os_user: ctx.osUser,
    actor_name: entry.actorName ?? null,
    actor_role: entry.actorRole ?? null,
    project_id: entry.projectId,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    action: entry.action,
    before_json: entry.before == null ? null : canonicalJson(entry.before),
    after_json: entry.after == null ? null : canonicalJson(entry.after),
    reason: entry.reason ?? null
  }
}

async function lastHash(db: Db): Promise<string> {
  assertAuditInTransaction(db) // the team database: the writer lock is the transaction's (services/db/postgres.ts)
  const last = await db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst()
  return last?.hash ?? GENESIS_HASH
}

/** Appends one entry to the chain. Call inside the transaction that makes the change. */
export async function recordAudit(db: Db, ctx: Pick<ServiceContext, 'osUser' | 'now'>, entry: AuditEntryInput): Promise<void> {
  const payload = auditPayload(ctx, entry)
  const prevHash = await lastHash(db)
  await db
    .insertInto('audit_log')
    .values({ ...payload, prev_hash: prevHash, hash: hashEntry(prevHash, payload) })
    .execute()
}

// The helpers below are the way services write audited tables: insert / update / delete plus the
// audit entry, in the caller's transaction. Every audited table has an integer `id` primary key.
type TableWithId = { [T in TableName]: Selectable<Database[T]> extends { id: number } ? T : never }[TableName]

/* eslint-disable @typescript-eslint/no-explicit-any -- kysely cannot type a query over a table chosen at run time */
export async function selectRow<T extends TableWithId>(db: Db, table: T, id: number): Promise<Selectable<Database[T]> | undefined> {
  return (await (db as any).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as Selectable<Database[T]> | undefined
}

export async function insertAudited<T extends TableWithId>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  table: T,
  values: Insertable<Database[T]>,
  meta: AuditMeta
): Promise<Selectable<Database[T]>> {
  const inserted = (await (db as any).insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()) as { id: number }
  const row = (await selectRow(db, table, inserted.id))!
  // A new project is its own project: its creation is listed in its own audit trail.
  const projectId = meta.projectId ?? (table === 'project' ? inserted.id : null)
  await recordAudit(db, ctx, { ...meta, projectId, action: meta.action ?? 'create', entity: table, entityId: inserted.id, before: null, after: row })
  return row
}

/**
 * Inserts many rows of one table, each with its own audit entry, in chunks (a bulk import or the
 * demo): the same trail as insertAudited row by row, in a fraction of the statements.
 */
export async function insertManyAudited<T extends TableWithId>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  table: T,
  values: Insertable<Database[T]>[],
  meta: AuditMeta
): Promise<Selectable<Database[T]>[]> {
  const out: Selectable<Database[T]>[] = []
  let prevHash = await lastHash(db)
  const CHUNK = 100
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK)
    const inserted = (await (db as any).insertInto(table).values(chunk).returning('id').execute()) as { id: number }[]
    const rows = (await (db as any)
      .selectFrom(table)
      .selectAll()
      .where(
        'id',
        'in',
        inserted.map((r) => r.id)
      )
      .orderBy('id')
      .execute()) as (Selectable<Database[T]> & { id: number })[]
    const entries = rows.map((row) => {
      const payload = auditPayload(ctx, { ...meta, action: meta.action ?? 'create', entity: table, entityId: row.id, before: null, after: row })
      const hash = hashEntry(prevHash, payload)
      const entry = { ...payload, prev_hash: prevHash, hash }
      prevHash = hash
      return entry
    })
    await db.insertInto('audit_log').values(entries).execute()
    out.push(...rows)
  }
  return out
}

/**
 * Like insertManyAudited, for rows whose values name every column (a bulk import of hours): each
 * row's audit snapshot is built from its values and its new id instead of being read back, so a
 * chunk costs two statements. Returns the new ids in the order of `values`.
 */
export async function insertManyAuditedValues<T extends TableWithId>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  table: T,
  values: Omit<Selectable<Database[T]>, 'id'>[],
  meta: AuditMeta
): Promise<number[]> {
  const ids: number[] = []
  let prevHash = await lastHash(db)
  const CHUNK = 200
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK)
    const inserted = (await (db as any).insertInto(table).values(chunk).returning('id').execute()) as { id: number }[]
    // One INSERT … VALUES gives its rows ascending ids in the order of the values.
    const chunkIds = inserted.map((r) => r.id).sort((a, b) => a - b)
    const entries = chunk.map((v, j) => {
      const id = chunkIds[j]!
      const payload = auditPayload(ctx, { ...meta, action: meta.action ?? 'create', entity: table, entityId: id, before: null, after: { ...v, id } })
      const hash = hashEntry(prevHash, payload)
      const entry = { ...payload, prev_hash: prevHash, hash }
      prevHash = hash
      return entry
    })
    await db.insertInto('audit_log').values(entries).execute()
    ids.push(...chunkIds)
  }
  return ids
}

export async function updateAudited<T extends TableWithId>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  table: T,
  id: number,
  patch: Updateable<Database[T]>,
  meta: AuditMeta
): Promise<Selectable<Database[T]>> {
  const before = await selectRow(db, table, id)
  if (!before) throw new DomainError('not_found', da.audit.errors.rowGone(table, id))
  const updated = (await (db as any).updateTable(table).set(patch).where('id', '=', id).executeTakeFirst()) as { numUpdatedRows: bigint }
  if (updated.numUpdatedRows === 0n) throw refusedByRowSecurity(table)
  const after = (await selectRow(db, table, id))!
  if (canonicalJson(before) !== canonicalJson(after)) {
    await recordAudit(db, ctx, { ...meta, action: meta.action ?? 'update', entity: table, entityId: id, before, after })
  }
  return after
}

export async function deleteAudited<T extends TableWithId>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  table: T,
  id: number,
  meta: AuditMeta
): Promise<void> {
  const before = await selectRow(db, table, id)
  if (!before) return
  const deleted = (await (db as any).deleteFrom(table).where('id', '=', id).executeTakeFirst()) as { numDeletedRows: bigint }
  if (deleted.numDeletedRows === 0n) throw refusedByRowSecurity(table)
  await recordAudit(db, ctx, { ...meta, action: meta.action ?? 'delete', entity: table, entityId: id, before, after: null })
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * A row that the transaction can read but its UPDATE or DELETE did not touch: on the team database,
 * the row-level security policy of migration 0014 hides other projects' rows from a project leader's
 * writes (silently, as PostgreSQL does), so it is said here, in Danish.
 */
function refusedByRowSecurity(table: string): DomainError {
  return new DomainError('unauthorized', da.core.errors.projectRefusedByDatabase(table))
}
