// What `puljestyr copy` knows about the tables (from this version's migrations, the same on both
// dialects): which project a row belongs to, the order in which tables can be filled (a row after
// the rows it references), and how a row's ids are moved when a project gets new ids in the target.
import type { Kysely } from 'kysely'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../../db/schema'
import { expectedSchemaSqlite } from '../../db/sqlite'
import { rowCheckedTables } from '../../audit/verify'

/** How a table's rows are tied to a project. */
export type Ownership =
  | { kind: 'shared' } // the grant pools: every project of a pool uses them
  | { kind: 'project' } // the project row itself
  | { kind: 'direct'; column: string } // a project_id column
  | { kind: 'parent'; column: string; parent: string } // through the row it references

export interface TableInfo {
  name: string
  columns: Map<string, string> // column → referenced table
  ownership: Ownership
}

export interface TableGraph {
  /** Every table copied (all but the audit trail and kysely's bookkeeping), parents before children. */
  ordered: TableInfo[]
  byName: Map<string, TableInfo>
}

let graphCache: Promise<TableGraph> | null = null

export function tableGraph(): Promise<TableGraph> {
  return (graphCache ??= (async () => {
    const { tables } = await rowCheckedTables()
    const { foreignKeys } = await expectedSchemaSqlite()
    const byName = new Map<string, TableInfo>()
    for (const name of tables) {
      const columns = new Map((foreignKeys.get(name) ?? []).map((k) => [k.column, k.table]))
      byName.set(name, { name, columns, ownership: { kind: 'shared' } })
    }
    const ownershipOf = (t: TableInfo, seen: Set<string>): Ownership => {
      if (t.name === 'project') return { kind: 'project' }
      for (const [column, ref] of t.columns) if (ref === 'project') return { kind: 'direct', column }
      for (const [column, ref] of t.columns) {
        const parent = byName.get(ref)
        if (!parent || ref === t.name || seen.has(ref)) continue
        if (ownershipOf(parent, new Set([...seen, t.name])).kind !== 'shared') return { kind: 'parent', column, parent: ref }
      }
      return { kind: 'shared' }
    }
    for (const t of byName.values()) t.ownership = ownershipOf(t, new Set())
    // Parents first (a self-reference is filled in id order: it points to an earlier row).
    const ordered: TableInfo[] = []
    const placed = new Set<string>()
    const place = (t: TableInfo) => {
      if (placed.has(t.name)) return
      placed.add(t.name)
      for (const ref of t.columns.values()) if (ref !== t.name && byName.has(ref)) place(byName.get(ref)!)
      ordered.push(t)
    }
    for (const t of byName.values()) place(t)
    return { ordered, byName }
  })())
}

/* eslint-disable @typescript-eslint/no-explicit-any -- kysely cannot type a query over a table chosen at run time */
/** A query of the rows of `table` that belong to project `projectId` (all rows of a shared table). */
export function projectRows(db: Kysely<Database>, graph: TableGraph, table: string, projectId: number): any {
  const info = graph.byName.get(table)!
  const q = (db as any).selectFrom(table)
  const o = info.ownership
  if (o.kind === 'project') return q.where('id', '=', projectId)
  if (o.kind === 'direct') return q.where(o.column, '=', projectId)
  if (o.kind === 'parent') return q.where(o.column, 'in', projectRows(db, graph, o.parent, projectId).select('id'))
  return q
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Ids named inside the JSON columns (stored account figures, quarterly packs' figures), by the end of
 * their key («inForceVersionId» is a budget version, «itemAbsentMemberIds» meeting members): moved with
 * their rows. A key ending in «Id» that matches none stops the copy (a newer figure the copy does not
 * know would otherwise point at another project's row).
 */
const JSON_ID_KEYS: [suffix: string, table: string][] = [
  ['projectid', 'project'],
  ['poolid', 'grant_pool'],
  ['staffrateid', 'staff_rate'],
  ['staffid', 'staff'],
  ['jobbrokerid', 'staff'],
  ['budgetlineid', 'budget_line'],
  ['versionid', 'budget_version'],
  ['accountid', 'account'],
  ['postingid', 'posting'],
  ['activityid', 'time_activity'],
  ['weekid', 'time_week'],
  ['batchid', 'import_batch'],
  ['groupid', 'meeting_group'],
  ['memberid', 'meeting_member'],
  ['meetingid', 'meeting'],
  ['itemid', 'meeting_item'],
  ['actionid', 'meeting_action'],
  ['attachmentid', 'meeting_attachment'],
  ['participantid', 'participant'],
  ['changeid', 'participant_group_change'],
  ['answerid', 'participant_progression'],
  ['packid', 'quarterly_pack']
]

function tableOfJsonKey(key: string): string | undefined {
  const k = key.toLowerCase().replace(/ids$/, 'id')
  return JSON_ID_KEYS.find(([suffix]) => k.endsWith(suffix))?.[1]
}

/** Moves a source id to the target: project-owned tables by their offset, grant pools by key. */
export interface IdMap {
  id(table: string, sourceId: number): number
}

/** A bare «id» inside stored figures, by the list it is in (the quarterly pack's open action items). */
const BARE_ID_LISTS: Record<string, string> = { openActions: 'meeting_action' }

function mapJsonIds(value: unknown, ids: IdMap, where: string, list: string | null = null): { value: unknown; changed: boolean } {
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((v) => {
      const r = mapJsonIds(v, ids, where, list)
      changed ||= r.changed
      return r.value
    })
    return { value: out, changed }
  }
  if (value && typeof value === 'object') {
    let changed = false
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const isId = key === 'id' ? typeof v === 'number' : /Ids?$/.test(key) && v !== null && (typeof v === 'number' || Array.isArray(v))
      if (isId) {
        const table = key === 'id' ? (list === null ? undefined : BARE_ID_LISTS[list]) : tableOfJsonKey(key)
        if (!table) throw new DomainError('internal', da.core.copy.errors.unknownJsonId(where, key === 'id' && list ? `${list}.${key}` : key))
        const mapped = Array.isArray(v) ? v.map((n) => ids.id(table, n as number)) : ids.id(table, v as number)
        out[key] = mapped
        changed ||= JSON.stringify(mapped) !== JSON.stringify(v)
        continue
      }
      const r = mapJsonIds(v, ids, where, Array.isArray(v) ? key : null)
      out[key] = r.value
      changed ||= r.changed
    }
    return { value: out, changed }
  }
  return { value, changed: false }
}

/** A row (or an audit snapshot of one) of `table` with its ids moved to the target's. */
export function mapRow(info: TableInfo, row: Record<string, unknown>, ids: IdMap): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [column, value] of Object.entries(row)) {
    const ref = info.columns.get(column)
    if (column === 'id' && typeof value === 'number') out[column] = ids.id(info.name, value)
    else if (ref && typeof value === 'number') out[column] = ids.id(ref, value)
    else if (info.name === 'import_row' && column === 'entity_id' && typeof value === 'number') out[column] = ids.id(String(row.entity), value)
    else if (column.endsWith('_json') && typeof value === 'string') {
      const r = mapJsonIds(JSON.parse(value), ids, `${info.name}.${column}`)
      out[column] = r.changed ? JSON.stringify(r.value) : value
    } else out[column] = value
  }
  return out
}
