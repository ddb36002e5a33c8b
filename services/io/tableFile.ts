// Reading and writing the tables users exchange with Excel: CSV as Danish Excel writes it
// (semicolons, decimal comma, Windows-1252 or UTF-8 with or without BOM) and XLSX. Every import
// (hours, postings, participants' monthly status) reads its file through `readTableFile`, and every
// CSV export is written by `writeCsv`, so the dialect is handled in one place.
import ExcelJS from 'exceljs'
import { isUtf8 } from 'node:buffer'
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

/** Rows wider than the header (refused by every import) and how many rows a pass read. */
export interface RowsRead {
  rows: number
  tooWide: { line: number; cells: number }[]
}

/**
 * An uploaded table read row by row: its headers are known at once, its rows are parsed again on
 * each pass and handed over one at a time, so an import keeps what it makes of each row, not the
 * rows themselves (#14: memory flat in the file's size).
 */
export interface TableSource {
  format: 'csv' | 'xlsx'
  /** Encoding of a CSV file: 'utf-8' or 'windows-1252'. */
  encoding: string | null
  /** The headers as written in the file. */
  headers: string[]
  /** Hands each row to `fn` in the file's order; none is kept. */
  forEachRow(fn: (row: TableRow) => void): RowsRead
}

/** A table read whole (the imports of small files and the tests read the rows as one list). */
export interface TableFile {
  format: 'csv' | 'xlsx'
  encoding: string | null
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

/**
 * How CSV bytes are read: as UTF-8 (with or without BOM) when they are valid UTF-8, else as
 * Windows-1252. The text is decoded a piece at a time as it is parsed (`pieces`), never whole: the
 * bytes are kept outside the JavaScript heap, and a large file's text would be one more copy of it
 * in the heap (#14: memory flat in the file's size).
 */
function csvEncoding(bytes: Uint8Array): { body: Uint8Array; encoding: 'utf-8' | 'windows-1252'; pieces: () => Iterable<string> } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  const encoding = isUtf8(body) ? 'utf-8' : 'windows-1252'
  function* pieces(): Iterable<string> {
    // A UTF-8 character cut by a piece's end is completed by the next piece (the decoder streams).
    const utf8 = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null
    for (let at = 0; at < body.length; at += CSV_PIECE) {
      const piece = body.subarray(at, at + CSV_PIECE)
      const last = at + CSV_PIECE >= body.length
      yield utf8 ? utf8.decode(piece, { stream: !last }) : iconv.decode(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength), 'win1252')
    }
  }
  return { body, encoding, pieces }
}

/**
 * Turns records into rows one record at a time: the first record that is not wholly empty is the
 * header, each later one a row handed to `onRow`. Lines are counted as Excel shows them; wholly
 * empty lines are skipped but keep their numbers.
 */
function rowBuilder(onHeaders: (headers: string[]) => boolean, onRow: (row: TableRow) => void) {
  let line = 0
  let headers: string[] | null = null
  let keys: string[] = []
  const read: RowsRead = { rows: 0, tooWide: [] }
  return {
    /** False when the header is read and `onHeaders` wants no rows. */
    add(record: string[]): boolean {
      line++
      if (record.every((c) => c.trim() === '')) return true
      if (headers === null) {
        headers = record.map((h) => h.replace(/^\uFEFF/, '').trim())
        keys = headers.map(normaliseHeader)
        return onHeaders(headers)
      }
      let lastFilled = -1
      for (let j = record.length - 1; j >= 0; j--) {
        if (record[j]!.trim() !== '') {
          lastFilled = j
          break
        }
      }
      if (lastFilled >= headers.length) read.tooWide.push({ line, cells: lastFilled + 1 })
      const cells: Record<string, string> = {}
      for (let j = 0; j < keys.length; j++) if (keys[j]) cells[keys[j]!] = (record[j] ?? '').trim()
      read.rows++
      onRow({ line, cells })
      return true
    },
    read
  }
}

/** Papa's handle on one parse (its own parse config: the line end guessed once, then kept), not typed by @types/papaparse. */
interface PapaHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>
}

/** How much of a file Papa parses at a time (bytes): a few hundred rows, so little of them is alive when the garbage collector runs. */
const CSV_PIECE = 1 << 14

/**
 * The records of CSV text, given as pieces, one at a time, in order, until `add` returns false. Each
 * piece is parsed as Papa's own chunked parse does (a record cut by a piece's end is carried into the
 * next piece), but in a loop: Papa's chunked parse calls itself for each next piece, and each of those
 * calls kept its piece's records reachable until the whole text was read, so a file's records were
 * all alive at its end (#14: memory grew with the file).
 */
function eachCsvRecord(pieces: Iterable<string>, delimiter: string, add: (record: string[]) => boolean): void {
  const handle = new (Papa as unknown as { ParserHandle: new (config: Papa.ParseConfig) => PapaHandle }).ParserHandle({ delimiter, skipEmptyLines: false })
  const it = pieces[Symbol.iterator]()
  let next = it.next()
  let first = true
  let carried = ''
  let baseIndex = 0
  let pending: string[] | null = null
  for (;;) {
    let piece = next.done ? '' : next.value
    // Papa drops a byte order mark at the start of a text it is given.
    if (first && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1)
    first = false
    next = it.next()
    const last = next.done === true
    const input = carried + piece
    const result = handle.parse(input, baseIndex, !last)
    if (!last) {
      carried = input.slice(result.meta.cursor - baseIndex)
      baseIndex = result.meta.cursor
    }
    for (const record of result.data) {
      // The file's last line end leaves one empty record: held back one record so it can be dropped.
      if (pending && !add(pending)) return
      pending = record
    }
    if (last) break
  }
  if (pending && !(pending.length === 1 && pending[0] === '')) add(pending)
}

/** A CSV file as a source: the header read at once, the rows parsed again on each pass. */
function csvSource(bytes: Uint8Array): TableSource {
  const { encoding, pieces } = csvEncoding(bytes)
  let start = ''
  for (const piece of pieces()) {
    start += piece
    if (start.includes('\n')) break
  }
  const firstLine = start.split(/\r?\n/, 1)[0] ?? ''
  // Danish Excel writes semicolons; accept tab and comma files too, chosen by the header line.
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d
  let headers: string[] = []
  eachCsvRecord(
    pieces(),
    delimiter,
    rowBuilder(
      (h) => ((headers = h), false),
      () => {}
    ).add
  )
  return {
    format: 'csv',
    encoding,
    headers,
    forEachRow(fn) {
      const builder = rowBuilder(() => true, fn)
      eachCsvRecord(pieces(), delimiter, builder.add)
      return builder.read
    }
  }
}

/** A source whose records are read already (a workbook, which exceljs reads whole). */
function recordsSource(records: string[][], format: 'csv' | 'xlsx', encoding: string | null): TableSource {
  let headers: string[] = []
  const first = rowBuilder(
    (h) => ((headers = h), false),
    () => {}
  )
  for (const r of records) if (!first.add(r)) break
  return {
    format,
    encoding,
    headers,
    forEachRow(fn) {
      const builder = rowBuilder(() => true, fn)
      for (const r of records) builder.add(r)
      return builder.read
    }
  }
}

/** Every row of a source as one list. */
export function wholeTable(source: TableSource): TableFile {
  const rows: TableRow[] = []
  const { tooWide } = source.forEachRow((r) => rows.push(r))
  return { format: source.format, encoding: source.encoding, headers: source.headers, rows, tooWide }
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

async function xlsxSource(bytes: Uint8Array): Promise<TableSource> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return recordsSource([], 'xlsx', null)
  const records: string[][] = []
  const width = sheet.columnCount
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const record: string[] = []
    for (let c = 1; c <= width; c++) record.push(cellText(row.getCell(c).value))
    records.push(record)
  }
  return recordsSource(records, 'xlsx', null)
}

/**
 * Opens an uploaded table by its content (XLSX is a zip; anything else is read as CSV) as a source
 * read row by row. Refuses a file that is neither, with a Danish message naming the file.
 */
export async function openTableFile(fileName: string, bytes: Uint8Array): Promise<TableSource> {
  if (isXlsx(bytes)) {
    // Sizes from the zip's directory and the rows counted while inflating, before exceljs reads
    // the workbook whole: a small file that inflates to gigabytes is refused, not run out of memory.
    await readXlsxLimits(fileName, bytes)
    try {
      return await xlsxSource(bytes)
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
  return csvSource(bytes)
}

/** Reads an uploaded table whole (see openTableFile). */
export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<TableFile> {
  return wholeTable(await openTableFile(fileName, bytes))
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
 * `forbiddenCellsChecker(headers)` checks one row at a time, as a source hands them over.
 */
export function forbiddenCellsChecker(headers: readonly string[]) {
  const columns = headers.map((header) => ({ header, key: normaliseHeader(header) }))
  return (row: TableRow, problems: { row: number; field: string; message: string }[]): void => {
    for (const { header, key } of columns) {
      const text = row.cells[key]
      if (!text) continue
      if (!isWellFormedText(text)) problems.push({ row: row.line, field: header, message: vm.illFormed })
      else if (containsCpr(text)) problems.push({ row: row.line, field: header, message: vm.cpr })
    }
  }
}

export function forbiddenCells(file: TableFile): { row: number; field: string; message: string }[] {
  const problems: { row: number; field: string; message: string }[] = []
  const check = forbiddenCellsChecker(file.headers)
  for (const row of file.rows) check(row, problems)
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
