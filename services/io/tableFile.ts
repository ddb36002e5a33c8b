// Reading and writing the tables users exchange with Excel: CSV as Danish Excel writes it
// (semicolons, decimal comma, Windows-1252 or UTF-8 with or without BOM) and XLSX. Every import
// (hours, postings, participants' monthly status) reads its file through `readTableFile`, and every
// CSV export is written by `writeCsv`, so the dialect is handled in one place.
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { DomainError, type ApiErrorDetail } from '@shared/errors'
import { containsCpr } from '@shared/domain/cpr'
import { isWellFormedText } from '@shared/api/wellFormed'
import { tableFileMessages as tm, validationMessages as vm } from '@shared/texts/da/common'
import { readXlsxLimits } from './xlsxLimits'

export interface TableRow {
  /** The row's line number as the user sees it in Excel (the header is line 1). */
  line: number
  /** Cell text by normalised header (see `normaliseHeader`). Numbers use a decimal comma, dates ISO. */
  cells: Record<string, string>
}

export interface TableFile {
  format: 'csv' | 'xlsx'
  /** Encoding of a CSV file: 'utf-8' or 'windows-1252'. */
  encoding: string | null
  /** The headers as written in the file. */
  headers: string[]
  rows: TableRow[]
  /** Rows with more filled cells than the header has columns (refused by every import). */
  tooWide: { line: number; cells: number }[]
}

/** `"  Løn-timer "` → `løn-timer`: lower case, trimmed, inner spaces collapsed, BOM removed. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

function isXlsx(bytes: Uint8Array): boolean {
  // XLSX is a zip file: "PK\x03\x04".
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** Decodes CSV bytes: UTF-8 (with or without BOM) when they are valid UTF-8, else Windows-1252. */
function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'win1252'), encoding: 'windows-1252' }
  }
}

/**
 * Turns records into a table one record at a time, so a parser can hand each record over as it
 * reads it and no array of every record is built beside the rows (#14: the import's memory).
 * Lines are counted as Excel shows them; wholly empty lines are skipped but keep their numbers.
 */
function tableBuilder(format: 'csv' | 'xlsx', encoding: string | null) {
  let line = 0
  let headers: string[] | null = null
  let keys: string[] = []
  const rows: TableRow[] = []
  const tooWide: TableFile['tooWide'] = []
  return {
    add(record: string[]): void {
      line++
      if (record.every((c) => c.trim() === '')) return
      if (headers === null) {
        headers = record.map((h) => h.replace(/^\uFEFF/, '').trim())
        keys = headers.map(normaliseHeader)
        return
      }
      const lastFilled = record.reduce((last, c, j) => (c.trim() !== '' ? j : last), -1)
      if (lastFilled >= headers.length) tooWide.push({ line, cells: lastFilled + 1 })
      const cells: Record<string, string> = {}
      keys.forEach((k, j) => {
        if (k) cells[k] = (record[j] ?? '').trim()
      })
      rows.push({ line, cells })
    },
    done(): TableFile {
      return { format, encoding, headers: headers ?? [], rows, tooWide }
    }
  }
}

function fromRecords(records: string[][], format: 'csv' | 'xlsx', encoding: string | null): TableFile {
  const table = tableBuilder(format, encoding)
  for (const r of records) table.add(r)
  return table.done()
}

function readCsv(bytes: Uint8Array): TableFile {
  const { text, encoding } = decodeCsv(bytes)
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  // Danish Excel writes semicolons; accept tab and comma files too, chosen by the header line.
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d
  // Each record goes into the table as Papa reads it (its step callback): no array of all records.
  const table = tableBuilder('csv', encoding)
  let pending: string[] | null = null
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      // The file's last line end leaves one empty record: held back one step so it can be dropped.
      if (pending) table.add(pending)
      pending = result.data
    }
  })
  const last = pending as string[] | null
  if (last && !(last.length === 1 && last[0] === '')) table.add(last)
  return table.done()
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** An Excel cell as text the importers parse: numbers with a decimal comma, dates as ISO. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    // Excel dates carry no zone: exceljs gives them as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  }
  if (typeof value === 'number') return String(value).replace('.', ',')
  if (typeof value === 'boolean') return value ? 'ja' : 'nej'
  if (typeof value === 'string') return value
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((t) => t.text).join('')
    if ('text' in value) return String(value.text)
    if ('error' in value) return String(value.error)
  }
  return String(value)
}

async function readXlsx(bytes: Uint8Array): Promise<TableFile> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return { format: 'xlsx', encoding: null, headers: [], rows: [], tooWide: [] }
  const records: string[][] = []
  const width = sheet.columnCount
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const record: string[] = []
    for (let c = 1; c <= width; c++) record.push(cellText(row.getCell(c).value))
    records.push(record)
  }
  return fromRecords(records, 'xlsx', null)
}

/**
 * Reads an uploaded table by its content (XLSX is a zip; anything else is read as CSV). Refuses a
 * file that is neither, with a Danish message naming the file.
 */
export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<TableFile> {
  if (isXlsx(bytes)) {
    // Sizes from the zip's directory and the rows counted while inflating, before exceljs reads
    // the workbook whole: a small file that inflates to gigabytes is refused, not run out of memory.
    await readXlsxLimits(fileName, bytes)
    try {
      return await readXlsx(bytes)
    } catch {
      throw new DomainError('validation', tm.xlsxUnreadable(fileName), { field: 'file' })
    }
  }
  if (/\.xlsx?$/i.test(fileName)) {
    throw new DomainError('validation', tm.xlsxInvalid(fileName), { field: 'file' })
  }
  if (bytes.includes(0)) {
    throw new DomainError('validation', tm.notCsvOrXlsx(fileName), { field: 'file' })
  }
  return readCsv(bytes)
}

/** How many bad rows a refusal lists; the rest are counted in one line («… og N rækker mere»). */
const MAX_LISTED_ROWS = 100

/**
 * The problems of a refused file, bounded: those of the first 100 bad rows (by line), then one
 * detail «… og N rækker mere». A 50 MB file where every row is bad gives 101 lines, not a million.
 */
export function boundedDetails(problems: readonly ApiErrorDetail[]): ApiErrorDetail[] {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  const rows = [...new Set(sorted.map((p) => p.row ?? 0))]
  if (rows.length <= MAX_LISTED_ROWS) return sorted
  const last = rows[MAX_LISTED_ROWS - 1]!
  return [...sorted.filter((p) => (p.row ?? 0) <= last), { message: tm.andMore(rows.length - MAX_LISTED_ROWS) }]
}

/**
 * The same checks as the contract's free-text type, in every cell of an import file: text that is
 * not valid Unicode, and anything that looks like a CPR number. Every importer adds these to its
 * row problems, so the file is refused with the line and column and nothing is written.
 */
export function forbiddenCells(file: TableFile): { row: number; field: string; message: string }[] {
  const problems: { row: number; field: string; message: string }[] = []
  for (const row of file.rows) {
    for (const header of file.headers) {
      const text = row.cells[normaliseHeader(header)]
      if (!text) continue
      if (!isWellFormedText(text)) problems.push({ row: row.line, field: header, message: vm.illFormed })
      else if (containsCpr(text)) problems.push({ row: row.line, field: header, message: vm.cpr })
    }
  }
  return problems
}

type CsvCell = string | number | null | undefined

/** A number as `csvNumber` writes it (`-1234,00`, `7,40`, `12`): Excel reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/
/** OWASP «CSV Injection»: a cell Excel would read as a formula or DDE call starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/
/** A text that starts like a formula or with white space, ends with white space, or holds a quote, a semicolon or a line break. */
const NEEDS_CARE = /^[=+\-@\s]|[";\r\n]|\s$/

/**
 * CSV formula injection (OWASP): a text cell starting with `=`, `+`, `-`, `@`, tab or CR is written
 * with a single quote in front and quoted, so Excel shows it as text and never runs it. Numbers are
 * not escaped: a JavaScript number, or a string that is wholly a number as `csvNumber` writes it
 * (`-1234,00` from an amount in øre), cannot hold a formula, and a quote in front would turn the
 * revisor's negative amounts into text that Excel cannot sum. `-1+2` or `-2,5;x` are not plain
 * numbers and are escaped.
 */
export function csvField(value: CsvCell): string {
  if (typeof value === 'number') return String(value)
  const text = value === null || value === undefined ? '' : value
  // Most cells need nothing: one test for all the cases below (the export writes millions, #14).
  if (!NEEDS_CARE.test(text)) return text
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replace(/"/g, '""')}"`
  return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * CSV that Danish Excel opens correctly: UTF-8 with BOM (so æ, ø, å and – survive), semicolons,
 * CRLF line ends. Callers format numbers with a decimal comma and no thousands separator
 * (`csvNumber`) and dates as `29.01.2020` or ISO, so Excel reads them as numbers and dates.
 */
export function writeCsv(headers: string[], rows: CsvCell[][]): Buffer {
  const lines = [headers, ...rows].map((r) => r.map(csvField).join(';'))
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')])
}

/** An amount in øre or a duration in minutes as a CSV number Excel can sum: `2235074,00`, `7,40`. */
export function csvNumber(value: number, divisor: 100 | 60, decimals = 2): string {
  const n = value / divisor
  return n.toFixed(decimals).replace('.', ',')
}
