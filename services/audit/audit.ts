// The audit trail: who changed what and when, old value → new value, with a reason where one is
// required. Entries are chained with SHA-256 (each hash covers the previous one), and each entry
// keeps a snapshot of the row after the change, so that `verify` can detect both a tampered log
// and a row changed behind the app's back (e.g. by editing the SQLite file).
import { createHash, hash as oneShotHash } from 'node:crypto'
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { Database, TableName } from '../db/schema'
import type { ServiceContext } from '../context'
import { nowIso } from '../context'
import { assertAuditInTransaction } from '../db/dialect'
import { preparedSqliteInsert, sqlLiteral } from '../db/sqlite'
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
  return flatCanonicalJson(value) ?? generalCanonicalJson(value)
}

/** The general canonical form of any value: keys sorted at every level, undefined as null, bytes as size and hash. */
export function generalCanonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value))
}

/**
 * The same text for the common case, a flat row or entry whose values are all strings, numbers,
 * booleans or null, written directly in sorted key order. Null when the value has a nested or
 * undefined value (left to `normalise`). Hashing an import of many rows spent most of its time
 * copying each row in `normalise` (#14).
 */
function flatCanonicalJson(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return null
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  const shape = keys.join('\u0000')
  let order = keyOrders.get(shape)
  if (!order) {
    order = [...keys].sort().map((k) => [k, `${JSON.stringify(k)}:`] as const)
    if (keyOrders.size < 1000) keyOrders.set(shape, order)
  }
  let text = '{'
  for (let i = 0; i < order.length; i++) {
    const [key, prefix] = order[i]!
    const v = record[key]
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null
    text += `${i === 0 ? '' : ','}${prefix}${v === null ? 'null' : JSON.stringify(v)}`
  }
  return `${text}}`
}

/** Sorted keys (with their JSON text) per shape of row: the tables' columns, the audit entry's fields. */
const keyOrders = new Map<string, (readonly [string, string])[]>()

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

/** What an audit entry's hash covers: its row without the id and the chain's two hashes. */
export type AuditPayload = Omit<Selectable<Database['audit_log']>, 'id' | 'prev_hash' | 'hash'>

export function hashEntry(prevHash: string, payload: AuditPayload): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(payload)).digest('hex')
}

/** An entry's payload fields in canonical (sorted) order, with their JSON key text. */
const PAYLOAD_KEYS = (
  [
    'action',
    'actor_name',
    'actor_role',
    'after_json',
    'at',
    'before_json',
    'entity',
    'entity_id',
    'os_user',
    'project_id',
    'reason'
  ] as const satisfies readonly (keyof AuditPayload)[]
).map((key, i) => [key, `${i === 0 ? '{' : ','}${JSON.stringify(key)}:`] as const)

/**
 * hashEntry of a stored entry whose columns are exactly the payload's and id, prev_hash and hash (as
 * verify reads them), without copying the entry: the canonical JSON written field by field in sorted
 * order. Null when a value is not a string, number or null (left to hashEntry).
 */
export function hashStoredEntry(prevHash: string, entry: Readonly<AuditPayload>): string | null {
  let text = ''
  for (const [key, keyText] of PAYLOAD_KEYS) {
    const v: unknown = entry[key]
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') return null
    text += keyText + (v === null ? 'null' : JSON.stringify(v))
  }
  return createHash('sha256').update(prevHash).update('\n').update(`${text}}`).digest('hex')
}

/** The audit_log columns hashStoredEntry reads a stored entry by: the payload's, and id, prev_hash, hash. */
export const STORED_ENTRY_COLUMNS = [...PAYLOAD_KEYS.map(([key]) => key), 'id', 'prev_hash', 'hash'].sort()

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

/** Rows written per INSERT by insertManyAuditedValues on SQLite (and their audit entries per INSERT). */
const ROWS_PER_INSERT = 32

/**
 * Like insertManyAudited, for rows whose values name every column (a bulk import of hours): each
 * row's audit snapshot is built from its values and its new id instead of being read back. On
 * SQLite the rows are written 32 to a run of one prepared INSERT, and then their audit entries 32 to
 * a run of another; on PostgreSQL a chunk of rows is one INSERT and its entries another. The rows may
 * be given as they are made (any iterable): none is kept beyond its INSERT, so an import of many rows
 * holds one chunk at a time (#14). Returns the new ids in the order of `values`; with `onId`, each
 * new id is handed to it instead (with the row's number in `values`) and none is kept.
 */
export async function insertManyAuditedValues<T extends TableWithId>(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  table: T,
  values: Iterable<Omit<Selectable<Database[T]>, 'id'>>,
  meta: AuditMeta,
  onId?: (id: number, n: number) => void
): Promise<number[]> {
  const ids: number[] = []
  const idOf = onId ?? ((id: number) => void ids.push(id))
  const rows = values[Symbol.iterator]()
  let next = rows.next()
  if (next.done) return ids
  let prevHash = await lastHash(db)
  // One clock reading for the whole batch: the rows are written in one transaction.
  const fixedCtx = {
    ...ctx,
    now: (
      (at) => () =>
        at
    )(ctx.now())
  }
  const entryOf = (v: Omit<Selectable<Database[T]>, 'id'>, id: number) => {
    const payload = auditPayload(fixedCtx, { ...meta, action: meta.action ?? 'create', entity: table, entityId: id, before: null, after: { ...v, id } })
    const hash = hashEntry(prevHash, payload)
    const entry = { ...payload, prev_hash: prevHash, hash }
    prevHash = hash
    return entry
  }
  const columns = Object.keys(next.value)
  const insertRows = preparedSqliteInsert(db, table, columns, ROWS_PER_INSERT)
  if (insertRows) {
    const insertRow = preparedSqliteInsert(db, table, columns)!
    const insertEntry = preparedSqliteInsert(db, 'audit_log', AUDIT_COLUMNS)!
    const base = auditPayload(fixedCtx, { ...meta, action: meta.action ?? 'create', entity: table, entityId: 0, before: null, after: null })
    const writer = batchEntryWriter(base, columns)
    const width = columns.length
    // An entry's values in AUDIT_COLUMNS' order: the batch's (when, who, project, table, action) and
    // the four that are each entry's own, filled in for each.
    const entry: unknown[] = AUDIT_COLUMNS.map((c) => (isEntryOwn(c) ? null : base[c]))
    // 32 entries to a run of one INSERT, the batch's values written into it as literals: only each
    // entry's own four are bound (binding all thirteen was a third of writing an entry).
    const literals: Record<string, string> = {}
    AUDIT_COLUMNS.forEach((c, k) => {
      const literal = isEntryOwn(c) ? null : sqlLiteral(entry[k])
      if (literal !== null) literals[c] = literal
    })
    const insertEntries = preparedSqliteInsert(db, 'audit_log', AUDIT_COLUMNS, ROWS_PER_INSERT, literals)!
    const bound = AUDIT_COLUMNS.filter((c) => !Object.hasOwn(literals, c))
    const E = bound.length
    const [ENTITY_ID, AFTER, PREV, HASH] = [bound.indexOf('entity_id'), bound.indexOf('after_json'), bound.indexOf('prev_hash'), bound.indexOf('hash')]
    // The values of up to 32 rows and of their entries, one after another, filled anew for each INSERT
    // (an entry's value of the batch that is bound, not written in, is set once).
    const rowValues: unknown[] = new Array<unknown>(ROWS_PER_INSERT * width)
    const entryValues: unknown[] = []
    for (let j = 0; j < ROWS_PER_INSERT; j++) for (const c of bound) entryValues.push(entry[AUDIT_COLUMNS.indexOf(c)])
    const chunk: Record<string, unknown>[] = []
    let written = 0
    while (!next.done) {
      chunk.length = 0
      for (; !next.done && chunk.length < ROWS_PER_INSERT; next = rows.next()) {
        const row = next.value as Record<string, unknown>
        const at = chunk.length * width
        for (let c = 0; c < width; c++) rowValues[at + c] = row[columns[c]!]
        chunk.push(row)
      }
      const full = chunk.length === ROWS_PER_INSERT
      // A full chunk is one INSERT, its rows' ids the last one's and those before it; the last chunk's
      // rows and entries one at a time.
      const lastId = full ? insertRows(rowValues) : 0
      const firstId = lastId - ROWS_PER_INSERT + 1
      for (let j = 0; j < chunk.length; j++) {
        const row = chunk[j]!
        const id = full ? firstId + j : insertRow(rowValues.slice(j * width, (j + 1) * width))
        const snapshot = writer.snapshot(row, id)
        const after = snapshot ?? canonicalJson({ ...row, id })
        const entityId = String(id)
        // The previous hash, a line end and the entry, hashed as one text (the same bytes as three
        // updates) in one call: no Hash object per entry for the garbage collector to carry (#14).
        const hash = oneShotHash('sha256', writer.hashedText(prevHash, snapshot === null ? JSON.stringify(after) : writer.quoted, entityId), 'hex')
        if (full) {
          const e = j * E
          entryValues[e + ENTITY_ID] = entityId
          entryValues[e + AFTER] = after
          entryValues[e + PREV] = prevHash
          entryValues[e + HASH] = hash
        } else {
          entry[6] = entityId
          entry[9] = after
          entry[11] = prevHash
          entry[12] = hash
          insertEntry(entry)
        }
        prevHash = hash
        idOf(id, written++)
      }
      if (full) insertEntries(entryValues)
    }
    chunk.length = 0
    return ids
  }
  const CHUNK = 200
  let written = 0
  while (!next.done) {
    const chunk: Omit<Selectable<Database[T]>, 'id'>[] = []
    for (; !next.done && chunk.length < CHUNK; next = rows.next()) chunk.push(next.value)
    const inserted = (await (db as any).insertInto(table).values(chunk).returning('id').execute()) as { id: number }[]
    // One INSERT … VALUES gives its rows ascending ids in the order of the values.
    const chunkIds = inserted.map((r) => r.id).sort((a, b) => a - b)
    await db
      .insertInto('audit_log')
      .values(chunk.map((v, j) => entryOf(v, chunkIds[j]!)))
      .execute()
    for (const id of chunkIds) idOf(id, written++)
  }
  return ids
}

/**
 * The audit entries of one batch of inserted rows (one table, action and clock), written without an
 * object per entry: the canonical JSON of an entry's payload is its constant parts around the two that
 * change, the row's snapshot and its id (found once, from a template), and the snapshot is written from
 * the row's columns in sorted order. The same text as canonicalJson gives, so the same hash.
 */
function batchEntryWriter(base: AuditPayload, columns: string[]) {
  const AFTER = JSON.stringify('\u0001after\u0001')
  const ID = JSON.stringify('\u0001id\u0001')
  const template = canonicalJson({ ...base, after_json: JSON.parse(AFTER) as string, entity_id: JSON.parse(ID) as string })
  const a = template.indexOf(AFTER)
  const b = template.indexOf(ID)
  // Sorted keys: after_json comes before entity_id.
  const prefix = template.slice(0, a)
  const middle = template.slice(a + AFTER.length, b)
  const suffix = template.slice(b + ID.length)
  // Each key's text in the snapshot, and that text as it is written inside the entry's JSON (where
  // the snapshot is a string: its quotes escaped).
  const order = [...columns, 'id'].sort().map((key, i) => {
    const keyText = `${i === 0 ? '{' : ','}${JSON.stringify(key)}:`
    return [key, keyText, JSON.stringify(keyText).slice(1, -1)] as const
  })
  let quoted = ''
  return {
    /**
     * The row's snapshot with its id, or null when a value is not a plain string, number, boolean or
     * null. Written with it, in `quoted`: the snapshot as a JSON string (JSON.stringify of it), which
     * is how the entry's canonical JSON holds it, made piece by piece instead of escaping it whole.
     */
    snapshot(row: Record<string, unknown>, id: number): string | null {
      let text = ''
      let inQuotes = ''
      for (const [key, keyText, keyInQuotes] of order) {
        const v = key === 'id' ? id : row[key]
        if (v === null) {
          text += `${keyText}null`
          inQuotes += `${keyInQuotes}null`
        } else if (typeof v === 'string') {
          if (PLAIN_STRING.test(v)) {
            text += `${keyText}"${v}"`
            inQuotes += `${keyInQuotes}\\"${v}\\"`
          } else {
            const json = JSON.stringify(v)
            text += keyText + json
            inQuotes += keyInQuotes + JSON.stringify(json).slice(1, -1)
          }
        } else if (typeof v === 'number' || typeof v === 'boolean') {
          // A number's or a boolean's JSON has no character JSON escapes.
          const json = JSON.stringify(v)
          text += keyText + json
          inQuotes += keyInQuotes + json
        } else return null
      }
      quoted = `"${inQuotes}}"`
      return `${text}}`
    },
    /** JSON.stringify of the last snapshot made. */
    get quoted() {
      return quoted
    },
    /**
     * What an entry's hash covers: the previous hash, a line end and the entry's canonical JSON, as one
     * text (`quotedAfter`: the snapshot as a JSON string).
     */
    hashedText: (prevHash: string, quotedAfter: string, entityId: string) => `${prevHash}\n${prefix}${quotedAfter}${middle}${JSON.stringify(entityId)}${suffix}`
  }
}

/** A string that JSON writes as it is, between quotes: no quote, backslash, control character or surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters JSON escapes
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/

/** The audit_log columns that are each entry's own in a batch (the rest are the batch's). */
const isEntryOwn = (column: string): column is 'entity_id' | 'after_json' | 'prev_hash' | 'hash' =>
  column === 'entity_id' || column === 'after_json' || column === 'prev_hash' || column === 'hash'

/** The audit_log columns an entry writes (all but its id). */
const AUDIT_COLUMNS = [
  'at',
  'os_user',
  'actor_name',
  'actor_role',
  'project_id',
  'entity',
  'entity_id',
  'action',
  'before_json',
  'after_json',
  'reason',
  'prev_hash',
  'hash'
] as const satisfies readonly (keyof AuditPayload | 'prev_hash' | 'hash')[]

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
