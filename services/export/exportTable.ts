// One table of the revisor export: its file, sheet, columns and rows, read as they are written.
import type { ReferenceExpression, SelectQueryBuilder } from 'kysely'
import { da } from '@shared/texts/da'

export type ColumnType = 'text' | 'int' | 'date' | 'timestamp' | 'amount' | 'hours'

export interface ExportColumn {
  header: string
  type: ColumnType
  width?: number
}

export type Cell = string | number | null

export interface ExportTable {
  /** File name of the CSV, e.g. 01_posteringer.csv */
  file: string
  /** Sheet name in the workbook (max 31 characters). */
  sheet: string
  columns: ExportColumn[]
  /** The rows a page at a time, read as they are written (large tables page through the database). */
  rows: () => AsyncIterable<Cell[][]>
}

/** Rows per query when a table pages through the database. */
export const EXPORT_PAGE = 2000

/** A column: its header, its type and (for wide text) its width. */
export const col = (header: string, type: ColumnType, width?: number): ExportColumn => (width ? { header, type, width } : { header, type })

/** A table's rows a page at a time. */
export type Pages<R> = () => AsyncIterable<readonly R[]>

/** A column and the cell it takes from a row. */
export type Field<R> = readonly [column: ExportColumn, cell: (row: R) => Cell]

/**
 * A table declared as one list of fields, each column beside the cell it takes from a row, so that
 * the header and the rows cannot fall out of step. `rows` (the rows in memory, or their pages) types
 * the fields' rows; give it as a value (`const rows = rowsById(…)`): TypeScript infers no row type
 * through a generic call written in its place.
 */
export function exportTable<R>(file: string, sheet: string, rows: readonly R[] | Pages<R>, fields: readonly Field<NoInfer<R>>[]): ExportTable {
  const pages = typeof rows === 'function' ? rows : rowsOf(rows)
  return {
    file,
    sheet,
    columns: fields.map(([column]) => column),
    rows: async function* () {
      for await (const page of pages()) yield page.map((row) => fields.map(([, cell]) => cell(row)))
    }
  }
}

/** A table's rows already in memory (the small tables: budget, accounts, months, staff), as one page. */
function rowsOf<R>(rows: readonly R[]): Pages<R> {
  return async function* () {
    yield rows
  }
}

/**
 * A large table's rows, read EXPORT_PAGE at a time through a keyset: `query` (the project's rows)
 * in the order of its `id`, each page the rows after the last one's.
 */
export function rowsById<DB, TB extends keyof DB, O extends { id: number }>(query: SelectQueryBuilder<DB, TB, O>, id: ReferenceExpression<DB, TB>): Pages<O> {
  return async function* () {
    let after = 0
    for (;;) {
      const rows = await query.where(id, '>', after).orderBy(id).limit(EXPORT_PAGE).execute()
      yield rows
      if (rows.length < EXPORT_PAGE) return
      after = rows[rows.length - 1]!.id
    }
  }
}

/** The project's case number and pool, which most tables end with so that a row stands on its own. */
export interface ProjectTag {
  caseNo: string
  pool: string
}

/** The table with the project's case number and pool as its last two columns. */
export function tagged(tag: ProjectTag, table: ExportTable): ExportTable {
  const rows = table.rows
  return {
    ...table,
    columns: [...table.columns, col(da.export.h.caseNumber, 'text', 18), col(da.export.h.pool, 'text', 18)],
    rows: async function* () {
      for await (const page of rows()) yield page.map((r) => [...r, tag.caseNo, tag.pool])
    }
  }
}

/** Options of the export: personal records (participant-level data) only when asked for. */
export interface ExportOptions {
  withPersonal: boolean
}

/** The audit trail's tables that hold participant-level data (left out unless asked for). */
export const PERSONAL_TABLES: readonly string[] = [
  'participant',
  'participant_group_change',
  'participant_status',
  'participant_progression',
  'participant_priority'
]
