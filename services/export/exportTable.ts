// One table of the revisor export: its file, sheet, columns and rows, read as they are written.

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

/** A table's rows already in memory (the small tables: budget, accounts, months, staff), as one page. */
export function rowsOf(rows: Cell[][]): () => AsyncIterable<Cell[][]> {
  return async function* () {
    yield rows
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
