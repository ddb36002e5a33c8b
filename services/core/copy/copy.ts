// `puljestyr copy --from A --to B [--project ID]`: moves projects between a SQLite file and the team
// database (either way, or file to file), verified, or nothing is written.
//
// The source is read in one snapshot and must pass `verify` first. Everything is written in one
// transaction on the target, which is then verified (chain, every row, schema) and whose figures
// (every read the screens use, services/core/copy/figures.ts) must equal the source's; only then
// does it commit. Any refusal or failure rolls the whole copy back.
//
// Two ways, chosen by the target:
// - Whole: no --project into a target that holds nothing yet. Every row keeps its id and the audit
//   trail is copied entry by entry with its own numbers and hashes: the target's chain IS the
//   source's, so an anchor printed on a pack, an account or minutes still verifies on the target.
// - Re-chained: one project (--project), or any copy into a target that already has a chain. The
//   project's rows get new ids after the target's (a fixed offset per table, so order is kept and
//   every reference, also inside stored figures, moves alike), and the project's audit entries are
//   appended to the target's chain in their order, each with its original time, user, action and
//   reason and its snapshots' ids moved, so the target verifies and the history is kept. Anchors
//   printed before the copy refer to the source's chain.
// Either way the copy ends with an entry of its own (entity «database», action «copy») naming the
// source and the source's chain head, so a revisor can check the source against it.
import fs from 'node:fs'
import type { Kysely } from 'kysely'
import { DomainError, isDomainError } from '@shared/errors'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import type { Database } from '../../db/schema'
import { inReadSnapshot, openDatabase, type OpenDatabase } from '../../db/open'
import { isPostgresTarget } from '../../db/postgres'
import { databaseChecks } from '../../db/checks'
import { afterExplicitIds, highestId } from '../../db/ids'
import { databaseRefusal } from '../../db/dialect'
import { chainHead } from '../../audit/head'
import { canonicalJson, GENESIS_HASH, hashEntry, recordAudit, type AuditPayload } from '../../audit/audit'
import { verifyIn } from '../../audit/verify'
import type { ServiceContext } from '../../context'
import { createAppRegistry } from '../../handlers'
import { firstDifference, poolRules, projectFigures } from './figures'
import { mapRow, projectRows, tableGraph, type IdMap, type TableGraph } from './tables'
import pkg from '../../../package.json'

type Db = Kysely<Database>
const c = da.core.copy
const PAGE = 1000

export interface CopyOptions {
  from: string
  to: string
  projectId?: number
  now?: () => Date
}

export interface CopiedProject {
  sourceId: number
  targetId: number
  title: string
}

export interface CopyResult {
  mode: 'whole' | 'rechained'
  source: string
  target: string
  projects: CopiedProject[]
  /** Rows and audit entries written (the copy's own entry not counted). */
  rows: number
  entries: number
  /** The target's chain head after the copy. */
  head: { entry: number; hash: string } | null
}

interface ProjectRow {
  id: number
  pool_id: number
  municipality: string
  title: string
  period_start: string
  period_end: string
}

function contextFor(opened: OpenDatabase, db: Db, now: () => Date): ServiceContext {
  return {
    db,
    sqlite: opened.kind === 'sqlite' ? opened.handle : null,
    databaseFile: opened.file,
    osUser: opened.user,
    now,
    printer: null,
    version: pkg.version
  }
}

export async function copyDatabase(options: CopyOptions): Promise<CopyResult> {
  const now = options.now ?? (() => new Date())
  if (!isPostgresTarget(options.from)) {
    if (!fs.existsSync(options.from)) throw new DomainError('not_found', c.errors.sourceMissing(options.from), { field: 'from' })
  }
  const source = await openDatabase(options.from)
  try {
    const target = await openDatabase(options.to)
    try {
      if (source.file === target.file) throw new DomainError('validation', c.errors.sameDatabase, { field: 'to' })
      // PostgreSQL builds the schema it expects on a connection of its own: before the transactions.
      await databaseChecks(source.db).expectedSchema()
      await databaseChecks(target.db).expectedSchema()
      return await inReadSnapshot(source, (src) => copyFrom(source, src, target, options, now))
    } finally {
      await target.close()
    }
  } finally {
    await source.close()
  }
}

async function copyFrom(source: OpenDatabase, src: Db, target: OpenDatabase, options: CopyOptions, now: () => Date): Promise<CopyResult> {
  const report = await verifyIn(src, databaseChecks(source.db))
  if (!report.ok) throw new DomainError('conflict', c.errors.sourceNotVerified(source.file, report.findings[0]?.message ?? ''))
  const sourceHead = report.head
  let projects = (await src
    .selectFrom('project')
    .select(['id', 'pool_id', 'municipality', 'title', 'period_start', 'period_end'])
    .orderBy('id')
    .execute()) as ProjectRow[]
  if (options.projectId !== undefined) {
    projects = projects.filter((p) => p.id === options.projectId)
    if (projects.length === 0) throw new DomainError('not_found', c.errors.projectMissing(options.projectId), { field: 'project' })
  }
  if (projects.length === 0) throw new DomainError('validation', c.errors.noProjects)
  // Early and cheap, before the figures are gathered; asked again under the target's write lock.
  for (const p of projects) await refuseIfPresent(target.db, p)
  const sourceRegistry = createAppRegistry(contextFor(source, src, now))
  const before = new Map<number, Record<string, unknown>>()
  for (const p of projects) before.set(p.id, await projectFigures(sourceRegistry, p.id))
  const graph = await tableGraph()
  let progress = ''

  try {
    return await target.db.transaction().execute(async (trx) => {
      const ctx = contextFor(target, trx, now)
      const targetRegistry = createAppRegistry(ctx)
      const whole = options.projectId === undefined && (await isFresh(trx, graph))
      const copied: CopiedProject[] = []
      const total = { rows: 0, entries: 0 }
      if (whole) {
        const counts = await copyWhole(src, trx, graph, (t) => (progress = t))
        Object.assign(total, counts)
        for (const p of projects) copied.push({ sourceId: p.id, targetId: p.id, title: p.title })
        await recordCopy(trx, ctx, source.file, sourceHead, null, { mode: 'whole', projects: projects.map((p) => p.id), ...counts })
      } else {
        for (const p of projects) {
          await refuseIfPresent(trx, p)
          const ids = await idMapFor(src, trx, graph, p, sourceRegistry, targetRegistry)
          const targetId = ids.id('project', p.id)
          const rows = await copyProjectRows(src, trx, graph, p.id, ids, (t) => (progress = t))
          progress = 'audit_log'
          const entries = await replayEntries(src, trx, graph, p.id, ids)
          await afterExplicitIds(
            trx,
            graph.ordered.map((t) => t.name)
          )
          await recordCopy(trx, ctx, source.file, sourceHead, targetId, { mode: 'rechained', sourceProjectId: p.id, projectId: targetId, rows, entries })
          copied.push({ sourceId: p.id, targetId, title: p.title })
          total.rows += rows
          total.entries += entries
        }
      }
      progress = ''
      const check = await verifyIn(trx, databaseChecks(target.db))
      if (!check.ok) throw new DomainError('conflict', c.errors.copyNotVerified(check.findings[0]?.message ?? ''))
      for (const p of copied) {
        const after = await projectFigures(targetRegistry, p.targetId)
        const diff = firstDifference(before.get(p.sourceId), after)
        if (diff) throw new DomainError('conflict', c.errors.figuresDiffer(p.title, diff.path, diff.before, diff.after))
      }
      return { mode: whole ? 'whole' : 'rechained', source: source.file, target: target.file, projects: copied, ...total, head: await chainHead(trx) }
    })
  } catch (e) {
    if (isDomainError(e)) throw e
    const refused = databaseRefusal(e)
    if (refused && /puljestyr_audit_actor/.test(String((e as Error).message))) throw new DomainError('unauthorized', c.errors.notOwner)
    if (refused) throw refused
    throw new DomainError('database', c.errors.failed(progress, String((e as Error)?.message ?? e)))
  }
}

/** A target that holds nothing yet: no audit entries and no rows but the grant pools migration 0001 seeds. */
async function isFresh(db: Db, graph: TableGraph): Promise<boolean> {
  if (await db.selectFrom('audit_log').select('id').limit(1).executeTakeFirst()) return false
  for (const t of graph.ordered) {
    if (t.name === 'grant_pool') continue
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- table chosen at run time
    if (await (db as any).selectFrom(t.name).select('id').limit(1).executeTakeFirst()) return false
  }
  return true
}

/* eslint-disable @typescript-eslint/no-explicit-any -- kysely cannot type queries over tables chosen at run time */
/** Inserts rows in chunks that stay below both dialects' limit on parameters per statement. */
async function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return
  const perChunk = Math.max(1, Math.floor(30000 / Object.keys(rows[0]!).length))
  for (let i = 0; i < rows.length; i += perChunk)
    await (db as any)
      .insertInto(table)
      .values(rows.slice(i, i + perChunk))
      .execute()
}

/** Pages of a query's rows in id order. */
async function* pages(query: any): AsyncGenerator<Record<string, unknown>[]> {
  let after = 0
  for (;;) {
    const page = (await query.selectAll().where('id', '>', after).orderBy('id').limit(PAGE).execute()) as Record<string, unknown>[]
    if (page.length > 0) yield page
    if (page.length < PAGE) return
    after = page[page.length - 1]!.id as number
  }
}

async function copyWhole(src: Db, db: Db, graph: TableGraph, at: (table: string) => void): Promise<{ rows: number; entries: number }> {
  let rows = 0
  for (const t of graph.ordered) {
    at(t.name)
    for await (const page of pages((src as any).selectFrom(t.name))) {
      rows += page.length
      if (t.name === 'grant_pool') {
        // The seeded pools are there already (migration 0001): they take the source's values.
        for (const row of page) {
          const exists = await db
            .selectFrom('grant_pool')
            .select('id')
            .where('id', '=', row.id as number)
            .executeTakeFirst()
          if (exists) await (db as any).updateTable('grant_pool').set(row).where('id', '=', row.id).execute()
          else await insertRows(db, 'grant_pool', [row])
        }
      } else await insertRows(db, t.name, page)
    }
  }
  at('audit_log')
  let entries = 0
  for await (const page of pages(src.selectFrom('audit_log'))) {
    entries += page.length
    await insertRows(db, 'audit_log', page)
  }
  await afterExplicitIds(db, [...graph.ordered.map((t) => t.name), 'audit_log'])
  return { rows, entries }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

async function refuseIfPresent(db: Db, p: ProjectRow): Promise<void> {
  const same = await db
    .selectFrom('project')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['municipality']), '=', p.municipality.toLowerCase()))
    .where((eb) => eb(eb.fn('lower', ['title']), '=', p.title.toLowerCase()))
    .where('period_start', '=', p.period_start)
    .where('period_end', '=', p.period_end)
    .executeTakeFirst()
  if (same) throw new DomainError('conflict', c.errors.targetHasProject(p.title, p.municipality, formatDate(p.period_start), formatDate(p.period_end), same.id))
}

/** The project's ids in the target: after the target's highest id per table; its pool by key, with the same rules. */
async function idMapFor(src: Db, db: Db, graph: TableGraph, p: ProjectRow, sourceRegistry: Registry, targetRegistry: Registry): Promise<IdMap> {
  const pool = (await src.selectFrom('grant_pool').select(['key', 'name']).where('id', '=', p.pool_id).executeTakeFirstOrThrow()) as {
    key: string
    name: string
  }
  const targetPool = await db.selectFrom('grant_pool').select('id').where('key', '=', pool.key).executeTakeFirst()
  if (!targetPool) throw new DomainError('conflict', c.errors.poolMissing(pool.key, pool.name))
  const sourceRules = await poolRules(sourceRegistry, p.pool_id)
  const targetRules = await poolRules(targetRegistry, targetPool.id)
  for (const section of Object.keys(sourceRules)) {
    if (firstDifference(sourceRules[section], targetRules[section])) throw new DomainError('conflict', c.errors.poolRulesDiffer(pool.name, section))
  }
  const offsets = new Map<string, number>()
  for (const t of graph.ordered) if (t.ownership.kind !== 'shared') offsets.set(t.name, await highestId(db, t.name))
  return {
    id(table, sourceId) {
      if (table === 'grant_pool') {
        if (sourceId !== p.pool_id) throw new DomainError('internal', c.errors.unknownJsonId(table, String(sourceId)))
        return targetPool.id
      }
      const offset = offsets.get(table)
      if (offset === undefined) throw new DomainError('internal', c.errors.unknownJsonId(table, String(sourceId)))
      return sourceId + offset
    }
  }
}

async function copyProjectRows(src: Db, db: Db, graph: TableGraph, projectId: number, ids: IdMap, at: (table: string) => void): Promise<number> {
  let rows = 0
  for (const t of graph.ordered) {
    if (t.ownership.kind === 'shared') continue
    at(t.name)
    for await (const page of pages(projectRows(src, graph, t.name, projectId))) {
      rows += page.length
      await insertRows(
        db,
        t.name,
        page.map((r) => mapRow(t, r, ids))
      )
    }
  }
  return rows
}

/** Appends the project's audit entries to the target's chain, in order, with their snapshots' ids moved. */
async function replayEntries(src: Db, db: Db, graph: TableGraph, projectId: number, ids: IdMap): Promise<number> {
  const scoped = graph.ordered.filter((t) => t.ownership.kind !== 'shared').map((t) => t.name)
  const head = await db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst()
  let prev = head?.hash ?? GENESIS_HASH
  let count = 0
  for await (const page of pages(src.selectFrom('audit_log').where('project_id', '=', projectId).where('entity', 'in', scoped))) {
    const entries = page.map((raw) => {
      const e = raw as unknown as AuditPayload
      const info = graph.byName.get(e.entity)!
      const snapshot = (json: string | null) => (json === null ? null : canonicalJson(mapRow(info, JSON.parse(json) as Record<string, unknown>, ids)))
      const payload: AuditPayload = {
        at: e.at,
        os_user: e.os_user,
        actor_name: e.actor_name,
        actor_role: e.actor_role,
        project_id: ids.id('project', projectId),
        entity: e.entity,
        entity_id: String(ids.id(e.entity, Number(e.entity_id))),
        action: e.action,
        before_json: snapshot(e.before_json),
        after_json: snapshot(e.after_json),
        reason: e.reason
      }
      const hash = hashEntry(prev, payload)
      const entry = { ...payload, prev_hash: prev, hash }
      prev = hash
      return entry
    })
    await insertRows(db, 'audit_log', entries)
    count += entries.length
  }
  return count
}

/** The copy's own audit entry: where the rows came from and the source's chain head. */
async function recordCopy(
  db: Db,
  ctx: ServiceContext,
  source: string,
  sourceHead: { entry: number; hash: string } | null,
  projectId: number | null,
  details: Record<string, unknown>
): Promise<void> {
  await recordAudit(db, ctx, {
    entity: 'database',
    entityId: projectId === null ? '' : String(projectId),
    projectId,
    action: 'copy',
    before: null,
    after: { source, sourceHead, ...details },
    reason: sourceHead ? c.summaryReason(source, sourceHead.entry, sourceHead.hash) : c.summaryReasonEmpty(source)
  })
}

type Registry = ReturnType<typeof createAppRegistry>
