// The one way a file is imported (hours or postings): either every row is valid and all are written
// in one transaction, or nothing is written and the user gets every bad row with its line number,
// column and reason. The file's SHA-256 is kept, so importing the same file twice changes nothing;
// each row's key is kept too, so a row already imported from another file is skipped, not doubled.
import { createHash } from 'node:crypto'
import type { ImportResult } from '@shared/api/schemas'
import type { ImportProblem } from '@shared/domain/time/imports'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import type { Selectable } from 'kysely'
import { insertAudited, insertManyAuditedValues } from '../audit/audit'
import type { TimeEntryTable } from '../db/schema/time'
import { boundedDetails, forbiddenCells, readTableFile, type TableFile } from '../io/tableFile'
import { tableFileMessages as tm } from '@shared/texts/da/common'
import { requireProjectPeriod, type Db } from '../time/common'

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A row to write: either a time entry given by its values (written in bulk), or its own write. */
export type PreparedRow = {
  line: number
  key: string
} & (
  | { timeEntry: Omit<Selectable<TimeEntryTable>, 'id'>; write?: never }
  | { write: (db: Db) => Promise<{ entity: 'time_entry' | 'posting'; id: number } | null>; timeEntry?: never }
)

interface ImportPlan {
  rows: PreparedRow[]
  /** Rows already in the database (imported before, or the same hours already registered). */
  skipped: number
  problems: ImportProblem[]
}

export async function importTableFile(
  ctx: ServiceContext,
  input: { projectId: number; fileName: string; contentBase64: string },
  kind: 'hours' | 'postings',
  plan: (db: Db, file: TableFile) => Promise<ImportPlan>
): Promise<ImportResult> {
  const { projectId, fileName } = input
  await requireProjectPeriod(ctx.db, projectId)
  const bytes = Buffer.from(input.contentBase64, 'base64')
  const sha256 = sha256Hex(bytes)
  const file = await readTableFile(fileName, bytes)
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
    if (file.rows.length === 0) throw new DomainError('validation', da.time.errors.emptyFile(fileName), { field: 'file' })
    const prepared = await plan(trx, file)
    const problems = [
      ...prepared.problems,
      ...forbiddenCells(file),
      ...file.tooWide.map((w) => ({ row: w.line, field: '', message: tm.tooManyCells(w.line, w.cells, file.headers.length) }))
    ]
    // Keys seen before in this project (imported from another file) are skipped.
    const keys = prepared.rows.map((r) => r.key)
    const known = new Set<string>()
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500)
      if (chunk.length === 0) continue
      const rows = await trx
        .selectFrom('import_row')
        .select('row_key')
        .where('project_id', '=', projectId)
        .where('kind', '=', kind)
        .where('row_key', 'in', chunk)
        .execute()
      for (const r of rows) known.add(r.row_key)
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
    const toWrite = prepared.rows.filter((r) => !known.has(r.key))
    const skipped = prepared.skipped + (prepared.rows.length - toWrite.length)
    const batch = await insertAudited(
      trx,
      ctx,
      'import_batch',
      { project_id: projectId, kind, file_name: fileName, sha256, rows_imported: toWrite.length, rows_skipped: skipped, imported_at: now, os_user: ctx.osUser },
      { projectId, action: 'import' }
    )
    // Time entries are written in bulk, each with its own audit entry built from its values; a row
    // with its own write (a posting) goes through it. The bookkeeping row that remembers each imported
    // row's key is written in bulk too, each with its audit entry (verify checks every audited table).
    const written: { line: number; key: string; entity: 'time_entry' | 'posting'; id: number }[] = []
    const entries = toWrite.filter((r) => r.timeEntry !== undefined)
    const entryIds = await insertManyAuditedValues(
      trx,
      ctx,
      'time_entry',
      entries.map((r) => r.timeEntry!),
      { projectId, action: 'import' }
    )
    entries.forEach((r, i) => written.push({ line: r.line, key: r.key, entity: 'time_entry', id: entryIds[i]! }))
    for (const r of toWrite) {
      if (!r.write) continue
      const w = await r.write(trx)
      if (w) written.push({ line: r.line, key: r.key, ...w })
    }
    written.sort((a, b) => a.line - b.line)
    await insertManyAuditedValues(
      trx,
      ctx,
      'import_row',
      written.map((w) => ({ project_id: projectId, kind, batch_id: batch.id, row_key: w.key, line: w.line, entity: w.entity, entity_id: w.id })),
      { projectId, action: 'import' }
    )
    const imported = written.length
    return { fileName, kind, imported, skipped, alreadyImported: false, importedAt: now, sha256 }
  })
}
