// `puljestyr verify`: what a revisor fears, checked on the database itself, alike on a SQLite file
// and on the team database (the dialect's part is services/db/checks.ts).
// 1. The hash chain: every entry's hash recomputed, every link to the previous entry, and (SQLite)
//    the end of the chain against the database's counter of handed-out entry numbers (a cut-off tail).
// 2. Every table whose rows a figure depends on (all of this version's tables but the trail and
//    kysely's bookkeeping): each row must equal the snapshot of its last audit entry, so a row
//    changed, deleted or inserted behind the app's back is named with its columns' old and new
//    values. The grant pools that migration 0001 seeds are compared with the seed instead.
// 3. The schema (tables, indexes, triggers, views; on PostgreSQL also functions, rules and
//    row-level security policies) against what this version's migrations create, so a trigger
//    slipped into the database is caught.
// 4. The database's own integrity check (SQLite's integrity_check; PostgreSQL's page checksums).
// 5. Optionally an anchor N:HASH from a printout: the chain must still hold entry N unchanged.
// Rows are read a page at a time (keyset paging), never loaded whole, so memory stays flat however
// large the database is. Everything is read in one snapshot: a read transaction of its own, or the
// caller's transaction (a copy checks what it wrote before it commits).
import { hash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { AuditVerifyReport } from '@shared/api/audit'
import { da } from '@shared/texts/da'
import { migrationNames } from '../db/migrations/names'
import type { Database } from '../db/schema'
import type { SchemaObject } from '../db/dialect'
import { databaseChecks, type DatabaseChecks } from '../db/checks'
import {
  expectedSchemaSqlite,
  fileStamp,
  integrityCheckInWorker,
  openSqliteReadOnly,
  readRecord,
  verifyRecordPath,
  writeRecord,
  type SqliteHandle
} from '../db/sqlite'

type BetterSqlite3Statement = ReturnType<SqliteHandle['prepare']>
import { canonicalJson, GENESIS_HASH, hashEntry, hashStoredEntry, STORED_ENTRY_COLUMNS, type AuditPayload } from './audit'

type Finding = AuditVerifyReport['findings'][number]
type Db = Kysely<Database>
const t = da.audit.verify

/** Tables that the chain does not cover row by row: the chain itself and kysely's bookkeeping. */
const NOT_ROW_CHECKED = new Set(['audit_log', 'kysely_migration', 'kysely_migration_lock'])
/** Most findings listed in one report; the rest are counted. */
const MAX_FINDINGS = 500
/** Rows read per query. */
const PAGE = 2000

export interface RowChecked {
  tables: string[]
  /** Grant pools seeded by migration 0001 (without created/updated), by id. */
  seedPools: Map<string, string>
}

let rowCheckedCache: Promise<RowChecked> | null = null

/** The tables checked row by row and the seeded pools: from this version's migrations (the same on both dialects). */
export function rowCheckedTables(): Promise<RowChecked> {
  return (rowCheckedCache ??= (async () => {
    const expected = await expectedSchemaSqlite()
    const tables = expected.objects.filter((o) => o.type === 'table' && !NOT_ROW_CHECKED.has(o.name)).map((o) => o.name)
    const seedPools = new Map<string, string>()
    for (const row of expected.seedPools) seedPools.set(String(row.id), canonicalJson(withoutTimestamps(row)))
    return { tables, seedPools }
  })())
}

function withoutChainFields(e: EntryRow): AuditPayload {
  const { id: _id, prev_hash: _prev, hash: _hash, ...payload } = e
  return payload
}

function withoutTimestamps(row: Record<string, unknown>): Record<string, unknown> {
  const { created_at: _c, updated_at: _u, ...rest } = row
  return rest
}

function show(value: unknown): string {
  return value === undefined ? '(ingen)' : JSON.stringify(value)
}

/** The columns whose value differs between the audited snapshot and the row in the database. */
function changedColumns(afterJson: string, row: Record<string, unknown>): { column: string; before: unknown; after: unknown }[] {
  const before = JSON.parse(afterJson) as Record<string, unknown>
  const now = JSON.parse(canonicalJson(row)) as Record<string, unknown>
  const out: { column: string; before: unknown; after: unknown }[] = []
  for (const column of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
    if (JSON.stringify(before[column]) !== JSON.stringify(now[column])) out.push({ column, before: before[column], after: now[column] })
  }
  return out
}

export interface VerifyOptions {
  anchor?: { entry: number; hash: string }
}

type EntryRow = AuditPayload & { id: number; prev_hash: string; hash: string }

/** A page of the audit trail in entry order, each entry whole. */
async function wholeEntriesPage(db: Db, after: number): Promise<EntryRow[]> {
  return (await db.selectFrom('audit_log').selectAll().where('id', '>', after).orderBy('id').limit(PAGE).execute()) as EntryRow[]
}

/**
 * A table's rows in id order, each with its last audit entry (the entry's number and snapshot), a page
 * at a time. With `rendered` (the database's expression for a row's canonical JSON,
 * DatabaseChecks.rowJson) only the rows the database finds different from their last snapshot (or
 * without one): the rows that are as audited never leave the database (#14: 1,3 M rows).
 */
async function* rowsWithLastEntry(
  db: Db,
  table: string,
  rendered: string | null
): AsyncGenerator<{ row: Record<string, unknown>; auditId: number | null; afterJson: string | null }> {
  const differing = rendered === null ? sql.raw('') : sql` and (a.after_json is null or a.after_json <> ${sql.raw(rendered)})`
  let after = 0
  for (;;) {
    const r = await sql<Record<string, unknown>>`
      select t.*, a.id as "$audit_id", a.after_json as "$after_json"
      from ${sql.table(table)} t
      left join audit_log a on a.id = (select max(b.id) from audit_log b where b.entity = ${table} and b.entity_id = cast(t.id as text))
      where t.id > ${after}${differing} order by t.id limit ${PAGE}`.execute(db)
    for (const full of r.rows) {
      const { $audit_id: auditId, $after_json: afterJson, ...row } = full
      yield { row, auditId: (auditId as number | null) ?? null, afterJson: (afterJson as string | null) ?? null }
    }
    if (r.rows.length < PAGE) return
    after = r.rows[r.rows.length - 1]!.id as number
  }
}

/**
 * Rows whose last audit entry says they exist, but which are gone: the table's audited ids, each
 * with its last entry, from the trail's index (one pass, not a subquery per entry), without a row.
 */
async function* missingRows(db: Db, table: string): AsyncGenerator<{ id: number; entity_id: string }> {
  let after = 0
  for (;;) {
    const r = await sql<{ id: number; entity_id: string }>`
      select x.last_id as id, x.entity_id from (select entity_id, max(id) as last_id from audit_log where entity = ${table} group by entity_id) x
      join audit_log a on a.id = x.last_id
      where x.last_id > ${after} and a.after_json is not null
        and not exists (select 1 from ${sql.table(table)} t where t.id = cast(x.entity_id as bigint))
      order by x.last_id limit ${PAGE}`.execute(db)
    yield* r.rows
    if (r.rows.length < PAGE) return
    after = Number(r.rows[r.rows.length - 1]!.id)
  }
}

/** An entry's hash recomputed from its stored fields (as they are read, without a copy, when the trail's columns are this version's). */
function recomputedHash(e: EntryRow, known: boolean): string {
  return (known ? hashStoredEntry(e.prev_hash, e) : null) ?? hashEntry(e.prev_hash, withoutChainFields(e))
}

const chainBroken = (e: Pick<EntryRow, 'id' | 'entity' | 'entity_id'>): Finding => ({
  kind: 'chain_broken',
  entity: e.entity,
  entityId: e.entity_id,
  auditId: e.id,
  message: t.chainBroken(e.id, e.entity, e.entity_id)
})

/** The payload's columns: what an entry's hash is taken of, besides the previous hash. */
const PAYLOAD_COLUMNS = STORED_ENTRY_COLUMNS.filter((c) => c !== 'id' && c !== 'prev_hash' && c !== 'hash')

type HashInput = { id: number; prev_hash: string; hash: string; input: Uint8Array | null }

/**
 * A page of the chain with what each entry's hash is taken of written by the database (`input`,
 * DatabaseChecks.entryHashInput), so that JavaScript only hashes bytes (#14: 1,3 M entries); null
 * where the database cannot write an entry of the page so (a blob where text belongs).
 */
async function hashInputsPage(db: Db, input: string, after: number): Promise<HashInput[] | null> {
  try {
    return (
      await sql<HashInput>`select id, prev_hash, hash, ${sql.raw(input)} as input from audit_log where id > ${after} order by id limit ${PAGE}`.execute(db)
    ).rows
  } catch {
    return null
  }
}

/**
 * Every entry's hash recomputed and every link to the previous entry checked; returns the count and
 * the head. Where the database writes what an entry's hash is taken of, only an entry whose hash then
 * differs is read whole and judged in JavaScript, so a difference in rendering never becomes a finding.
 */
async function checkChain(
  db: Db,
  checks: DatabaseChecks,
  add: (f: Finding) => void
): Promise<{ entriesChecked: number; head: { entry: number; hash: string } | null }> {
  const input = (await checks.entryHashInput?.(db, PAYLOAD_COLUMNS)) ?? null
  let prev = GENESIS_HASH
  let entriesChecked = 0
  let head: { entry: number; hash: string } | null = null
  // With the trail's columns as this version writes them, an entry is hashed as it is read, without a copy.
  let known: boolean | null = null
  const judge = (e: EntryRow) => {
    known ??= Object.keys(e).sort().join(',') === STORED_ENTRY_COLUMNS.join(',')
    if (e.prev_hash !== prev || recomputedHash(e, known) !== e.hash) add(chainBroken(e))
  }
  for (let after = 0; ; ) {
    const hashed = input === null ? null : await hashInputsPage(db, input, after)
    const page: (HashInput | EntryRow)[] = hashed ?? (await wholeEntriesPage(db, after))
    for (const e of page) {
      entriesChecked++
      if (!('input' in e)) judge(e)
      else if (e.prev_hash !== prev || e.input === null || hash('sha256', e.input) !== e.hash) {
        judge((await db.selectFrom('audit_log').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow()) as EntryRow)
      }
      prev = e.hash
      head = { entry: e.id, hash: e.hash }
    }
    if (page.length < PAGE) break
    after = page[page.length - 1]!.id
  }
  return { entriesChecked, head }
}

/**
 * Verifies the database that `db` reads, in the snapshot it reads (the caller's transaction).
 * `checks` are its dialect's (databaseChecks of the database itself, not of a transaction).
 */
export async function verifyIn(db: Db, checks: DatabaseChecks, options: VerifyOptions = {}): Promise<AuditVerifyReport> {
  const { tables, seedPools } = await rowCheckedTables()
  const expectedObjects = await checks.expectedSchema()
  const findings: Finding[] = []
  let findingsTotal = 0
  const add = (f: Finding) => {
    findingsTotal++
    if (findings.length < MAX_FINDINGS) findings.push(f)
  }

  // 1. The chain.
  const { entriesChecked, head } = await checkChain(db, checks, add)
  const counter = await checks.auditCounter(db)
  if (counter !== null && counter > (head?.entry ?? 0)) {
    add({ kind: 'chain_broken', entity: 'audit_log', entityId: String(counter), auditId: null, message: t.chainTruncated(head?.entry ?? 0, counter) })
  }

  // 2. Every row of every table a figure depends on.
  const actualObjects = await checks.schema(db)
  const existingTables = new Set(actualObjects.filter((o) => o.type === 'table').map((o) => o.name))
  let rowsChecked = 0
  for (const table of tables) {
    if (!existingTables.has(table)) continue // reported by the schema check
    // Where the database can write a row as its snapshot's canonical JSON, it compares them itself and
    // hands over only the rows that differ (the grant pools are compared with the seed here).
    const rendered = table === 'grant_pool' ? null : ((await checks.rowJson?.(db, table)) ?? null)
    if (rendered !== null) {
      const counted = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)
      rowsChecked += Number(counted.rows[0]?.n ?? 0)
    }
    const rows = rowsWithLastEntry(db, table, rendered)
    for await (const { row, auditId, afterJson } of rows) {
      if (rendered === null) rowsChecked++
      const entityId = String(row.id)
      if (afterJson === null) {
        const seed = table === 'grant_pool' && auditId === null ? seedPools.get(entityId) : undefined
        if (seed !== undefined && seed === canonicalJson(withoutTimestamps(row))) continue
        add({ kind: 'row_unaudited', entity: table, entityId, auditId, message: t.rowUnaudited(table, entityId) })
      } else if (afterJson !== canonicalJson(row)) {
        const changes = changedColumns(afterJson, row)
        const first = changes[0]
        add({
          kind: 'row_changed',
          entity: table,
          entityId,
          auditId,
          ...(first ? { column: first.column, before: show(first.before), after: show(first.after) } : {}),
          message: t.rowChanged(table, entityId, auditId!, changes.map((c) => t.columnChange(c.column, show(c.before), show(c.after))).join('; '))
        })
      }
    }
    for await (const s of missingRows(db, table)) {
      add({ kind: 'row_missing', entity: table, entityId: s.entity_id, auditId: s.id, message: t.rowMissing(table, s.entity_id, s.id) })
    }
    if (table === 'grant_pool') {
      // A seeded pool with no entry (never changed in the app) must still be there.
      const present = new Set(
        (await db.selectFrom('grant_pool').select('id').execute())
          .map((r) => String(r.id))
          .concat((await db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'grant_pool').execute()).map((r) => r.entity_id))
      )
      for (const id of seedPools.keys()) {
        if (present.has(id)) continue
        add({ kind: 'row_missing', entity: table, entityId: id, auditId: null, message: t.rowMissing(table, id, 0) })
      }
    }
  }

  // 3. The schema.
  compareSchema(actualObjects, expectedObjects, add)
  if (existingTables.has('kysely_migration') || checks.kind === 'postgres') {
    const applied = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name)
    if (applied.join('\n') !== [...migrationNames].sort().join('\n')) {
      add({ kind: 'schema', entity: 'table', entityId: 'kysely_migration', auditId: null, message: t.schemaChanged('table', 'kysely_migration') })
    }
  }

  // 4. The database's own check.
  const integrity = await checks.integrity(db)
  if (integrity !== 'ok') {
    add({
      kind: 'integrity',
      entity: 'database',
      entityId: '',
      auditId: null,
      message: checks.kind === 'postgres' ? t.integrityPostgres(integrity) : t.integrity(integrity)
    })
  }

  // 5. The anchor from a printout.
  if (options.anchor) {
    const { entry, hash } = options.anchor
    const row = await db.selectFrom('audit_log').select('hash').where('id', '=', entry).executeTakeFirst()
    if (!row) add({ kind: 'anchor', entity: 'audit_log', entityId: String(entry), auditId: entry, message: t.anchorMissing(entry) })
    else if (row.hash !== hash.toLowerCase()) {
      add({ kind: 'anchor', entity: 'audit_log', entityId: String(entry), auditId: entry, message: t.anchorDiffers(entry, hash, row.hash) })
    }
  }

  return { ok: findingsTotal === 0, entriesChecked, rowsChecked, head, integrity, findingsTotal, findings }
}

function compareSchema(actualObjects: SchemaObject[], expectedObjects: SchemaObject[], add: (f: Finding) => void): void {
  const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`
  const expected = new Map(expectedObjects.map((o) => [key(o), o]))
  const actual = new Map(actualObjects.map((o) => [key(o), o]))
  for (const [k, o] of actual) {
    const want = expected.get(k)
    if (!want) add({ kind: 'schema', entity: o.type, entityId: o.name, auditId: null, message: t.schemaExtra(o.type, o.name) })
    else if (want.sql !== o.sql) add({ kind: 'schema', entity: o.type, entityId: o.name, auditId: null, message: t.schemaChanged(o.type, o.name) })
  }
  for (const [k, o] of expected) {
    if (!actual.has(k)) add({ kind: 'schema', entity: o.type, entityId: o.name, auditId: null, message: t.schemaMissing(o.type, o.name) })
  }
}

/** Verifies a SQLite file through a read-only connection of its own (a writer is neither waited for nor held up). */
export async function verifyDatabaseFile(file: string, options: VerifyOptions = {}): Promise<AuditVerifyReport> {
  // SQLite's own check reads the whole file: started first, in a worker thread, beside the rest
  // (here, if no worker thread could run it).
  const integrityInWorker = integrityCheckInWorker(file).catch(() => null)
  const { handle, db } = openSqliteReadOnly(file)
  try {
    // One snapshot for every read: a deferred read transaction on the one connection.
    handle.prepare('begin').run()
    try {
      const checks = databaseChecks(db)
      return await verifyIn(db, { ...checks, integrity: async (d) => (await integrityInWorker) ?? checks.integrity(d) }, options)
    } finally {
      if (handle.inTransaction) handle.prepare('commit').run()
    }
  } finally {
    await db.destroy()
  }
}

/**
 * Verifies an open database: a SQLite file through a connection of its own, the team database in a
 * read-only REPEATABLE READ transaction (one snapshot, which writers neither wait for nor disturb).
 */
export async function verifyDatabase(target: { db: Db; file: string; kind: 'sqlite' | 'postgres' }, options: VerifyOptions = {}): Promise<AuditVerifyReport> {
  if (target.kind === 'sqlite') return verifyDatabaseFile(target.file, options)
  const checks = databaseChecks(target.db)
  await checks.expectedSchema() // on a connection of its own, before the snapshot
  return target.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((trx) => verifyIn(trx, checks, options))
}

/**
 * The report of verifyDatabaseFile, reused while the file is exactly as it was when it was made
 * (the same stamp, fileStamp: inode, size, modification and change time of the file, and what its
 * write-ahead log holds): the revisor export verifies the file and then prints its summary, which asks
 * again, possibly from another service thread (#14: on a jobcenter's database one verify takes longer
 * than a printout may wait). Any write changes the stamp. The app's own commits carry the report to
 * the new stamp where it can be shown that nothing else changed the file and what they added checks out
 * (services/db/recordCarry.ts, carriedVerifyReport); after any other write, one behind the app's back
 * (its modification time set back or not), the file is verified again. A report is kept only where no
 * other user can put one (services/db/sqlite.ts, recordFolder).
 */
export async function verifyDatabaseFileOnce(file: string): Promise<AuditVerifyReport> {
  const record = verifyRecordPath(file)
  const stamp = fileStamp(file)
  if (stamp !== null) {
    try {
      const saved = JSON.parse(readRecord(record) ?? 'null') as { stamp: string; report: AuditVerifyReport } | null
      if (saved?.stamp === stamp) return saved.report
    } catch {
      // unreadable: verify
    }
  }
  const report = await verifyDatabaseFile(file)
  if (stamp !== null && fileStamp(file) === stamp) writeRecord(record, JSON.stringify({ stamp, report }))
  return report
}

/** Most audit entries one commit may add for verify's report to be carried over it (an import's are checked by the next verify). */
const MAX_CARRIED_ENTRIES = 20_000

/**
 * Verify's report of the file before one of the app's commits, brought up to the file after it
 * (services/db/recordCarry.ts says when that is asked): what the commit added is checked as verify
 * checks it, in the snapshot `handle` reads with the write lock held. Every new audit entry links to
 * the report's head and hashes to its hash, the chain ends at SQLite's counter, and every row an
 * entry names equals its last entry's snapshot (or is gone where that says deleted). Rows the commit
 * changed without an entry are not looked for: the app writes none (every write path's tests end in
 * a clean verify), and anything else that writes is caught by the record not being carried. Null
 * where anything does not hold, or the report had findings: the next ask verifies the whole file.
 */
export function carriedVerifyReport(handle: SqliteHandle, report: AuditVerifyReport, checked: RowChecked): AuditVerifyReport | null {
  if (!report.ok || report.findingsTotal !== 0) return null
  const from = report.head?.entry ?? 0
  const added = Number(handle.prepare('select count(*) from audit_log where id > ?').pluck().get(from))
  if (added === 0 || added > MAX_CARRIED_ENTRIES) return null
  let prev = report.head?.hash ?? GENESIS_HASH
  let head = report.head
  const lastOf = new Map<string, EntryRow>()
  for (const e of handle.prepare('select * from audit_log where id > ? order by id').iterate(from) as IterableIterator<EntryRow>) {
    if (e.prev_hash !== prev || recomputedHash(e, Object.keys(e).sort().join(',') === STORED_ENTRY_COLUMNS.join(',')) !== e.hash) return null
    prev = e.hash
    head = { entry: e.id, hash: e.hash }
    lastOf.set(`${e.entity}\u0000${e.entity_id}`, e)
  }
  const counter = handle.prepare(`select seq from sqlite_sequence where name = 'audit_log'`).pluck().get() as number | undefined
  if (counter !== undefined && counter > head!.entry) return null
  const tables = new Set(checked.tables)
  const lastBefore = handle.prepare('select after_json from audit_log where entity = ? and entity_id = ? and id <= ? order by id desc limit 1').pluck()
  const rowOf = new Map<string, BetterSqlite3Statement>()
  let rowsChecked = report.rowsChecked
  for (const e of lastOf.values()) {
    if (!tables.has(e.entity)) continue
    let byId = rowOf.get(e.entity)
    if (!byId) rowOf.set(e.entity, (byId = handle.prepare(`select * from "${e.entity}" where id = ?`)))
    const row = byId.get(Number(e.entity_id)) as Record<string, unknown> | undefined
    if (e.after_json === null ? row !== undefined : row === undefined || canonicalJson(row) !== e.after_json) return null
    const before = lastBefore.get(e.entity, e.entity_id, from) as string | null | undefined
    const existed = before === undefined ? e.entity === 'grant_pool' && checked.seedPools.has(e.entity_id) : before !== null
    rowsChecked += (row === undefined ? 0 : 1) - (existed ? 1 : 0)
  }
  return { ...report, entriesChecked: report.entriesChecked + added, rowsChecked, head }
}

/** verifyDatabase, with a SQLite file's report reused while the file is unchanged (verifyDatabaseFileOnce). */
export async function verifyDatabaseOnce(target: { db: Db; file: string; kind: 'sqlite' | 'postgres' }): Promise<AuditVerifyReport> {
  return target.kind === 'sqlite' ? verifyDatabaseFileOnce(target.file) : verifyDatabase(target)
}
