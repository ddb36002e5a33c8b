// The one way a file is imported (hours or postings): either every row is valid and all are written
// in one transaction, or nothing is written and the user gets every bad row with its line number,
// column and reason. The file's SHA-256 is kept, so importing the same file twice changes nothing;
// each row's key is kept too, so a row already imported from another file is skipped, not doubled.
// The file is read row by row and what is kept of it is what each row becomes (a sum of hours, a
// posting to write), never the rows themselves, so a large file costs little more memory than a
// small one (#14).
import { hash } from 'node:crypto'
import type { ImportResult } from '@shared/api/schemas'
import type { ImportProblem } from '@shared/domain/time/imports'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import type { Selectable } from 'kysely'
import { insertAudited, insertManyAuditedValues } from '../audit/audit'
import type { TimeEntryTable } from '../db/schema/time'
import { boundedDetails, forbiddenCellsChecker, openTableFile, type RowsRead, type TableRow, type TableSource } from '../io/tableFile'
import { tableFileMessages as tm } from '@shared/texts/da/common'
import { requireProjectPeriod, type Db } from '../time/common'

/** SHA-256 as hex, in one call (no Hash object: an import computes one per row). */
export function sha256Hex(bytes: Uint8Array | string): string {
  return hash('sha256', bytes, 'hex')
}

export type TimeEntryValues = Omit<Selectable<TimeEntryTable>, 'id'>
type RowWrite = (db: Db) => Promise<{ entity: 'time_entry' | 'posting'; id: number } | null>

/** A row to write: either a time entry given by its values (written in bulk), or its own write. */
export type PreparedRow = {
  line: number
  key: string
} & ({ timeEntry: TimeEntryValues; write?: never } | { write: RowWrite; timeEntry?: never })

/**
 * The rows a plan will write, asked for by their number (0 … count − 1) in the file's order: a plan
 * may keep them as a list (postings) or as columns of numbers it makes each row from (hours).
 */
export interface PlannedRows {
  count: number
  /** The row's line in the file (the first line, for rows summed from several). */
  line(i: number): number
  /** The row's key: the same row imported from another file is skipped. */
  key(i: number): string
  /** The row's own write (a posting); null: the row is a time entry, written in bulk with the others. */
  write(i: number): RowWrite | null
  /** The values of a time entry written in bulk (asked only for a row without its own write). */
  timeEntry(i: number): TimeEntryValues
}

/** A plan's rows kept as a list. */
export function listedRows(rows: readonly PreparedRow[]): PlannedRows {
  return {
    count: rows.length,
    line: (i) => rows[i]!.line,
    key: (i) => rows[i]!.key,
    write: (i) => rows[i]!.write ?? null,
    timeEntry: (i) => rows[i]!.timeEntry!
  }
}

interface ImportPlan {
  rows: PlannedRows
  /** Rows already in the database (imported before, or the same hours already registered). */
  skipped: number
  problems: ImportProblem[]
}

/** Hands each row of the file to `fn`, once: the plan makes what it needs of each row as it comes. */
export type EachRow = (fn: (row: TableRow) => void) => void

/** What a written row is, in `entity` of importTableFile (0: not written). */
const TIME_ENTRY = 1
const POSTING = 2

/** Keys looked up per query. */
const KEY_CHUNK = 500

export async function importTableFile(
  ctx: ServiceContext,
  input: { projectId: number; fileName: string; contentBase64: string },
  kind: 'hours' | 'postings',
  plan: (db: Db, file: TableSource, eachRow: EachRow) => Promise<ImportPlan>
): Promise<ImportResult> {
  const { projectId, fileName } = input
  await requireProjectPeriod(ctx.db, projectId)
  const bytes = Buffer.from(input.contentBase64, 'base64')
  const sha256 = sha256Hex(bytes)
  const file = await openTableFile(fileName, bytes)
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('import_batch')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('kind', '=', kind)
      .where('sha256', '=', sha256)
      .executeTakeFirst()
    if (before) {
      return { fileName, kind, imported: 0, skipped: before.rows_imported + before.rows_skipped, alreadyImported: true, importedAt: before.imported_at, sha256 }
    }
    // The rows are read once, as the plan asks for them: each row's cells are checked on the way
    // (no CPR number, well-formed text) and none is kept here.
    const checkCells = forbiddenCellsChecker(file.headers)
    const cellProblems: ImportProblem[] = []
    const pass: { read: RowsRead | null } = { read: null }
    const eachRow: EachRow = (fn) => {
      if (pass.read) throw new Error('an import reads its rows once')
      pass.read = file.forEachRow((row) => {
        checkCells(row, cellProblems)
        fn(row)
      })
    }
    const prepared = await plan(trx, file, eachRow)
    // A plan that stopped early (a missing column) read no rows: they are still counted and checked.
    if (!pass.read) eachRow(() => {})
    const { rows: rowCount, tooWide } = pass.read!
    if (rowCount === 0) throw new DomainError('validation', da.time.errors.emptyFile(fileName), { field: 'file' })
    const problems = [
      ...prepared.problems,
      ...cellProblems,
      ...tooWide.map((w) => ({ row: w.line, field: '', message: tm.tooManyCells(w.line, w.cells, file.headers.length) }))
    ]
    const planned = prepared.rows
    // Keys seen before in this project (imported from another file) are skipped.
    const known = new Uint8Array(planned.count)
    let knownCount = 0
    // A project's first import of its kind has no keys to meet (the common large import).
    const anyKnown =
      planned.count > 0 &&
      (await trx.selectFrom('import_row').select('id').where('project_id', '=', projectId).where('kind', '=', kind).limit(1).executeTakeFirst()) !== undefined
    for (let i = 0; anyKnown && i < planned.count; i += KEY_CHUNK) {
      const byKey = new Map<string, number[]>()
      for (let j = i; j < Math.min(planned.count, i + KEY_CHUNK); j++) {
        const key = planned.key(j)
        const same = byKey.get(key)
        if (same) same.push(j)
        else byKey.set(key, [j])
      }
      const rows = await trx
        .selectFrom('import_row')
        .select('row_key')
        .where('project_id', '=', projectId)
        .where('kind', '=', kind)
        .where('row_key', 'in', [...byKey.keys()])
        .execute()
      for (const r of rows) {
        for (const j of byKey.get(r.row_key) ?? []) {
          if (known[j]) continue
          known[j] = 1
          knownCount++
        }
      }
    }
    if (problems.length > 0) {
      problems.sort((a, b) => a.row - b.row)
      const first = problems[0]!
      throw new DomainError(
        'validation',
        da.time.errors.importRefused(fileName, new Set(problems.map((p) => p.row)).size, da.time.errors.problemLine(first.row, first.field, first.message)),
        {
          field: 'file',
          details: boundedDetails(problems.map((p) => ({ row: p.row, field: p.field, message: p.message })))
        }
      )
    }
    const now = nowIso(ctx)
    const toWriteCount = planned.count - knownCount
    const skipped = prepared.skipped + knownCount
    const batch = await insertAudited(
      trx,
      ctx,
      'import_batch',
      { project_id: projectId, kind, file_name: fileName, sha256, rows_imported: toWriteCount, rows_skipped: skipped, imported_at: now, os_user: ctx.osUser },
      { projectId, action: 'import' }
    )
    // Time entries are written in bulk, each with its own audit entry built from its values; a row
    // with its own write (a posting) goes through it. The bookkeeping row that remembers each imported
    // row's key is written in bulk too, each with its audit entry (verify checks every audited table).
    // What is kept per row is its number and the id it got, in typed arrays (#14: nothing per row for
    // the garbage collector to carry).
    const toWrite = (i: number) => !known[i]
    const bulk = new Int32Array(planned.count)
    let bulkCount = 0
    for (let i = 0; i < planned.count; i++) if (toWrite(i) && planned.write(i) === null) bulk[bulkCount++] = i
    const entity = new Uint8Array(planned.count)
    const ids = new Float64Array(planned.count)
    await insertManyAuditedValues(
      trx,
      ctx,
      'time_entry',
      (function* () {
        for (let n = 0; n < bulkCount; n++) yield planned.timeEntry(bulk[n]!)
      })(),
      { projectId, action: 'import' },
      (id, n) => {
        entity[bulk[n]!] = TIME_ENTRY
        ids[bulk[n]!] = id
      }
    )
    for (let i = 0; i < planned.count; i++) {
      const write = toWrite(i) ? planned.write(i) : null
      if (!write) continue
      const w = await write(trx)
      if (w) {
        entity[i] = w.entity === 'time_entry' ? TIME_ENTRY : POSTING
        ids[i] = w.id
      }
    }
    let writtenCount = 0
    const written = new Int32Array(planned.count)
    for (let i = 0; i < planned.count; i++) if (entity[i] !== 0) written[writtenCount++] = i
    const inWritten = written.subarray(0, writtenCount).sort((a, b) => planned.line(a) - planned.line(b))
    await insertManyAuditedValues(
      trx,
      ctx,
      'import_row',
      (function* () {
        for (const i of inWritten) {
          yield {
            project_id: projectId,
            kind,
            batch_id: batch.id,
            row_key: planned.key(i),
            line: planned.line(i),
            entity: entity[i] === TIME_ENTRY ? ('time_entry' as const) : ('posting' as const),
            entity_id: ids[i]!
          }
        }
      })(),
      { projectId, action: 'import' },
      () => {}
    )
    const imported = writtenCount
    return { fileName, kind, imported, skipped, alreadyImported: false, importedAt: now, sha256 }
  })
}
