// `puljestyr verify`: what a revisor fears, checked on the file itself.
// 1. The hash chain: every entry's hash recomputed, every link to the previous entry, and the end
//    of the chain against SQLite's own counter of handed-out entry numbers (a cut-off tail).
// 2. Every table whose rows a figure depends on (all of this version's tables but the trail and
//    kysely's bookkeeping): each row must equal the snapshot of its last audit entry, so a row
//    changed, deleted or inserted behind the app's back is named with its columns' old and new
//    values. The grant pools that migration 0001 seeds are compared with the seed instead.
// 3. The schema (tables, indexes, triggers, views) against what this version's migrations create,
//    so a trigger slipped into the file is caught.
// 4. SQLite's integrity_check.
// 5. Optionally an anchor N:HASH from a printout: the chain must still hold entry N unchanged.
// Rows are iterated, never loaded whole: two read-only connections (one streams, one looks up),
// so memory stays flat however large the file is.
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Migrator } from 'kysely'
import type { AuditVerifyReport } from '@shared/api/audit'
import { da } from '@shared/texts/da'
import { migrationNames } from '../db/migrations/names'
import { fileRecordPath, fileStamp, integrityCheck, integrityCheckInWorker, kyselyFor, type SqliteHandle } from '../db/sqlite'
import { canonicalJson, GENESIS_HASH, hashEntry, hashStoredEntry, STORED_ENTRY_COLUMNS, type AuditPayload } from './audit'

type Finding = AuditVerifyReport['findings'][number]
const t = da.audit.verify

/** Tables that the chain does not cover row by row: the chain itself and kysely's bookkeeping. */
const NOT_ROW_CHECKED = new Set(['audit_log', 'kysely_migration', 'kysely_migration_lock'])
/** Most findings listed in one report; the rest are counted. */
const MAX_FINDINGS = 500

interface SchemaObject {
  type: string
  name: string
  sql: string | null
}

interface ExpectedSchema {
  objects: Map<string, SchemaObject>
  tables: string[]
  /** Grant pools seeded by migration 0001 (without created/updated), by id. */
  seedPools: Map<string, string>
}

let expectedCache: Promise<ExpectedSchema> | null = null

/** What this version's migrations create: run them on an empty in-memory database, once. */
export function expectedSchema(): Promise<ExpectedSchema> {
  return (expectedCache ??= (async () => {
    // Loaded here, not with this module: every command loads the audit trail's module, few verify.
    const { migrations } = await import('../db/migrations')
    const handle = new BetterSqlite3(':memory:')
    handle.pragma('foreign_keys = ON')
    const db = kyselyFor(handle)
    try {
      const result = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()
      if (result.error) throw result.error
      const objects = new Map<string, SchemaObject>()
      for (const o of readSchema(handle)) objects.set(`${o.type}\u0000${o.name}`, o)
      const tables = [...objects.values()].filter((o) => o.type === 'table' && !NOT_ROW_CHECKED.has(o.name)).map((o) => o.name)
      const seedPools = new Map<string, string>()
      for (const row of handle.prepare('select * from grant_pool').all() as Record<string, unknown>[]) {
        seedPools.set(String(row.id), canonicalJson(withoutTimestamps(row)))
      }
      return { objects, tables, seedPools }
    } finally {
      await db.destroy()
    }
  })())
}

function readSchema(handle: SqliteHandle): SchemaObject[] {
  return handle.prepare("select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name").all() as SchemaObject[]
}

function withoutTimestamps(row: Record<string, unknown>): Record<string, unknown> {
  const { created_at: _c, updated_at: _u, ...rest } = row
  return rest
}

function show(value: unknown): string {
  return value === undefined ? '(ingen)' : JSON.stringify(value)
}

/** The columns whose value differs between the audited snapshot and the row in the file. */
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

export async function verifyDatabaseFile(file: string, options: VerifyOptions = {}): Promise<AuditVerifyReport> {
  const expected = await expectedSchema()
  // SQLite's own check reads the whole file: started first, in a worker thread, beside the rest.
  const integrityInWorker = integrityCheckInWorker(file).catch(() => null)
  const stream = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  const lookup = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  const findings: Finding[] = []
  let findingsTotal = 0
  const add = (f: Finding) => {
    findingsTotal++
    if (findings.length < MAX_FINDINGS) findings.push(f)
  }
  try {
    // Both connections read one snapshot each; started together, so a writer in between is unlikely
    // and would at worst give a finding that a second run does not repeat.
    stream.prepare('begin').run()
    lookup.prepare('begin').run()

    // 1. The chain.
    let prev = GENESIS_HASH
    let entriesChecked = 0
    let head: { entry: number; hash: string } | null = null
    const chain = stream.prepare('select * from audit_log order by id')
    // The trail's columns are this version's: each entry is hashed as it is read, without a copy.
    const known =
      chain
        .columns()
        .map((c) => c.name)
        .sort()
        .join(',') === STORED_ENTRY_COLUMNS.join(',')
    const entries = chain.iterate() as IterableIterator<AuditPayload & { id: number; prev_hash: string; hash: string }>
    const hashOf = (e: AuditPayload & { id: number; prev_hash: string; hash: string }) => {
      const quick = known ? hashStoredEntry(e.prev_hash, e) : null
      if (quick !== null) return quick
      const { id: _id, prev_hash, hash: _hash, ...payload } = e
      return hashEntry(prev_hash, payload)
    }
    for (const e of entries) {
      entriesChecked++
      const { id, prev_hash, hash } = e
      if (prev_hash !== prev || hashOf(e) !== hash) {
        add({ kind: 'chain_broken', entity: e.entity, entityId: e.entity_id, auditId: id, message: t.chainBroken(id, e.entity, e.entity_id) })
      }
      prev = hash
      head = { entry: id, hash }
    }
    const seq = lookup.prepare("select seq from sqlite_sequence where name = 'audit_log'").get() as { seq: number } | undefined
    if (seq && seq.seq > (head?.entry ?? 0)) {
      add({ kind: 'chain_broken', entity: 'audit_log', entityId: String(seq.seq), auditId: null, message: t.chainTruncated(head?.entry ?? 0, seq.seq) })
    }

    // 2. Every row of every table a figure depends on. SQLite renders each row as the canonical JSON
    //    its audit snapshot holds (keys sorted) and compares the two itself; only rows it finds
    //    different, or without a snapshot, are read into JavaScript and judged by canonicalJson, so a
    //    difference in how SQLite writes a value never becomes a finding (#14: 1,3 M rows).
    const existingTables = new Set((lookup.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name))
    const lastEntry = lookup.prepare('select id, after_json from audit_log where entity = ? and entity_id = ? order by id desc limit 1')
    let rowsChecked = 0
    const checkRow = (table: string, row: Record<string, unknown>, seenSeeds: Set<string>) => {
      const entityId = String(row.id)
      const state = lastEntry.get(table, entityId) as { id: number; after_json: string | null } | undefined
      if (!state || state.after_json === null) {
        const seed = table === 'grant_pool' && !state ? expected.seedPools.get(entityId) : undefined
        if (seed !== undefined) {
          seenSeeds.add(entityId)
          if (seed === canonicalJson(withoutTimestamps(row))) return
        }
        add({ kind: 'row_unaudited', entity: table, entityId, auditId: state?.id ?? null, message: t.rowUnaudited(table, entityId) })
      } else if (state.after_json !== canonicalJson(row)) {
        const changes = changedColumns(state.after_json, row)
        const first = changes[0]
        add({
          kind: 'row_changed',
          entity: table,
          entityId,
          auditId: state.id,
          ...(first ? { column: first.column, before: show(first.before), after: show(first.after) } : {}),
          message: t.rowChanged(table, entityId, state.id, changes.map((c) => t.columnChange(c.column, show(c.before), show(c.after))).join('; '))
        })
      }
    }
    for (const table of expected.tables) {
      if (!existingTables.has(table)) continue // reported by the schema check
      const seenSeeds = new Set<string>()
      const columns = lookup.prepare(`select name, type from pragma_table_info(?)`).all(table) as { name: string; type: string }[]
      // Blobs are snapshotted as their size and hash (canonicalJson), and the grant pools against the
      // seed: those tables are compared in JavaScript row by row.
      const inSql = table !== 'grant_pool' && !columns.some((c) => /blob/i.test(c.type))
      if (inSql) {
        rowsChecked += (lookup.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n
        const rendered = `json_object(${columns
          .map((c) => c.name)
          .sort()
          .map((c) => `'${c}', t."${c}"`)
          .join(', ')})`
        const differing = stream
          .prepare(
            `select t.id from "${table}" t
             left join audit_log a on a.id = (select max(b.id) from audit_log b where b.entity = ? and b.entity_id = cast(t.id as text))
             where a.after_json is null or a.after_json <> ${rendered}
             order by t.id`
          )
          .pluck()
          .iterate(table) as IterableIterator<number>
        const rowById = lookup.prepare(`select * from "${table}" where id = ?`)
        for (const id of differing) checkRow(table, rowById.get(id) as Record<string, unknown>, seenSeeds)
      } else {
        for (const row of stream.prepare(`select * from "${table}" order by id`).iterate() as IterableIterator<Record<string, unknown>>) {
          rowsChecked++
          checkRow(table, row, seenSeeds)
        }
      }
      // Rows whose last audit entry says they exist, but which are gone: the table's audited ids
      // (from the trail's index) without a row, then whether their last entry was a deletion.
      const exists = lookup.prepare(`select 1 from "${table}" where id = ?`)
      const gone = stream
        .prepare(
          `select x.entity_id, x.last_id from (select entity_id, max(id) as last_id from audit_log where entity = ? group by entity_id) x
           where not exists (select 1 from "${table}" t where t.id = cast(x.entity_id as integer))`
        )
        .iterate(table) as IterableIterator<{ entity_id: string; last_id: number }>
      const lastState = lookup.prepare('select after_json from audit_log where id = ?').pluck()
      for (const g of gone) {
        if (lastState.get(g.last_id) === null) continue
        add({ kind: 'row_missing', entity: table, entityId: g.entity_id, auditId: g.last_id, message: t.rowMissing(table, g.entity_id, g.last_id) })
      }
      if (table === 'grant_pool') {
        for (const id of expected.seedPools.keys()) {
          if (seenSeeds.has(id) || lastEntry.get(table, id) || exists.get(Number(id))) continue
          add({ kind: 'row_missing', entity: table, entityId: id, auditId: null, message: t.rowMissing(table, id, 0) })
        }
      }
    }

    // 3. The schema.
    const actual = new Map(readSchema(lookup).map((o) => [`${o.type}\u0000${o.name}`, o]))
    for (const [key, o] of actual) {
      const want = expected.objects.get(key)
      if (!want) add({ kind: 'schema', entity: o.type, entityId: o.name, auditId: null, message: t.schemaExtra(o.type, o.name) })
      else if (want.sql !== o.sql) add({ kind: 'schema', entity: o.type, entityId: o.name, auditId: null, message: t.schemaChanged(o.type, o.name) })
    }
    for (const [key, o] of expected.objects) {
      if (!actual.has(key)) add({ kind: 'schema', entity: o.type, entityId: o.name, auditId: null, message: t.schemaMissing(o.type, o.name) })
    }
    if (existingTables.has('kysely_migration')) {
      const applied = (lookup.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name)
      if (applied.join('\n') !== [...migrationNames].sort().join('\n')) {
        add({ kind: 'schema', entity: 'table', entityId: 'kysely_migration', auditId: null, message: t.schemaChanged('table', 'kysely_migration') })
      }
    }

    // 5. The anchor from a printout.
    if (options.anchor) {
      const { entry, hash } = options.anchor
      const row = lookup.prepare('select hash from audit_log where id = ?').get(entry) as { hash: string } | undefined
      if (!row) add({ kind: 'anchor', entity: 'audit_log', entityId: String(entry), auditId: entry, message: t.anchorMissing(entry) })
      else if (row.hash !== hash.toLowerCase()) {
        add({ kind: 'anchor', entity: 'audit_log', entityId: String(entry), auditId: entry, message: t.anchorDiffers(entry, hash, row.hash) })
      }
    }

    stream.prepare('commit').run()
    lookup.prepare('commit').run()

    // 4. SQLite's own check of the file (here, if no worker thread could run it).
    const integrity = (await integrityInWorker) ?? integrityCheck(lookup)
    if (integrity !== 'ok') add({ kind: 'integrity', entity: 'database', entityId: '', auditId: null, message: t.integrity(integrity) })

    return { ok: findingsTotal === 0, entriesChecked, rowsChecked, head, integrity, findingsTotal, findings }
  } finally {
    stream.close()
    lookup.close()
  }
}

/**
 * The report of verifyDatabaseFile, reused while the file is exactly as it was when it was made
 * (the same stamp: size, modification time, inode and write-ahead log): the revisor export verifies
 * the file and then prints its summary, which asks again, possibly from another service thread
 * (#14: on a jobcenter's database one verify takes longer than a printout may wait). Any write,
 * the app's or one behind its back, changes the stamp, and the file is verified again.
 */
export async function verifyDatabaseFileOnce(file: string): Promise<AuditVerifyReport> {
  const record = fileRecordPath(file, '.verify.json')
  const stamp = fileStamp(file)
  if (stamp !== null) {
    try {
      const saved = JSON.parse(fs.readFileSync(record, 'utf8')) as { stamp: string; report: AuditVerifyReport }
      if (saved.stamp === stamp) return saved.report
    } catch {
      // none kept, or unreadable: verify
    }
  }
  const report = await verifyDatabaseFile(file)
  if (stamp !== null && fileStamp(file) === stamp) {
    try {
      fs.mkdirSync(path.dirname(record), { recursive: true, mode: 0o700 })
      fs.writeFileSync(record, JSON.stringify({ stamp, report }), { mode: 0o600 })
    } catch {
      // nowhere to keep it: the next ask verifies again
    }
  }
  return report
}

/** The chain's head: the last entry's number and hash, printed on exports, accounts, packs and minutes. */
export function auditHead(handle: SqliteHandle): { entry: number; hash: string } | null {
  const row = handle.prepare('select id, hash from audit_log order by id desc limit 1').get() as { id: number; hash: string } | undefined
  return row ? { entry: row.id, hash: row.hash } : null
}
