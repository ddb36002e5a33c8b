// Writes the export's tables as CSV that Danish Excel opens (services/io/tableFile) and as sheets of
// one XLSX workbook (exceljs' streaming writer): amounts as numbers with the kr. format, hours as
// decimal numbers, dates as dates without a time part, a frozen header row with a filter.
import fs from 'node:fs'
import path from 'node:path'
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { format } from 'date-fns'
import { formatDate } from '@shared/domain/dates'
import { csvField, csvNumber } from '../io/tableFile'
import type { Cell, ExportColumn, ExportTable } from './exportTable'

function timestampText(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : format(d, 'dd.MM.yyyy HH:mm:ss')
}

function csvCell(value: Cell, column: ExportColumn): string {
  if (value === null || value === '') return ''
  switch (column.type) {
    case 'amount':
      return csvNumber(Number(value), 100)
    case 'hours':
      return csvNumber(Number(value), 60)
    case 'date':
      return formatDate(String(value))
    case 'timestamp':
      return timestampText(String(value))
    default:
      return String(value)
  }
}

/** Excel has no time zones: a local date and time is written as the same wall-clock time in UTC. */
function excelDate(iso: string, withTime: boolean): Date | string {
  if (!withTime) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso
  }
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()))
}

const FORMATS: Partial<Record<ExportColumn['type'], string>> = {
  amount: '#,##0.00 "kr."',
  hours: '0.00',
  date: 'dd.mm.yyyy',
  timestamp: 'dd.mm.yyyy hh:mm:ss',
  int: '0'
}

function xlsxCell(value: Cell, column: ExportColumn): ExcelJS.CellValue {
  if (value === null || value === '') return null
  switch (column.type) {
    case 'amount':
      return Number(value) / 100
    case 'hours':
      return Number(value) / 60
    case 'date':
      return excelDate(String(value), false)
    case 'timestamp':
      return excelDate(String(value), true)
    case 'int':
      return Number(value)
    default:
      return String(value)
  }
}

/** Waits until a stream has taken what was written (backpressure), so memory stays flat. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('error', fail)
      resolve()
    }
    const fail = (e: Error) => {
      stream.off('drain', done)
      reject(e)
    }
    stream.once('drain', done)
    stream.once('error', fail)
  })
}

function finished(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject)
    stream.end(() => resolve())
  })
}

/**
 * Writes every table as its CSV file in `dir` and as a sheet of one XLSX workbook, row by row as
 * the rows are read: neither the rows, the CSV nor the workbook is ever whole in memory (#14).
 * Returns the number of rows written per file.
 */
export async function writeTables(tables: ExportTable[], dir: string, workbook: { file: string; title: string }): Promise<Map<string, number>> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, workbook.file), useStyles: true, useSharedStrings: false })
  wb.creator = 'Puljestyr'
  wb.title = workbook.title
  const counts = new Map<string, number>()
  for (const table of tables) {
    const csv = fs.createWriteStream(path.join(dir, table.file))
    csv.write(Buffer.from([0xef, 0xbb, 0xbf]))
    csv.write(`${table.columns.map((c) => csvField(c.header)).join(';')}\r\n`)
    const ws = wb.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = table.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(12, c.header.length + 2),
      style: FORMATS[c.type] ? { numFmt: FORMATS[c.type]! } : {}
    }))
    ws.getRow(1).font = { bold: true }
    if (table.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }
    let n = 0
    for await (const r of table.rows()) {
      ws.addRow(r.map((v, i) => xlsxCell(v, table.columns[i]!))).commit()
      if (!csv.write(`${r.map((v, i) => csvField(csvCell(v, table.columns[i]!))).join(';')}\r\n`)) await drained(csv)
      n++
    }
    ws.commit()
    await finished(csv)
    counts.set(table.file, n)
  }
  await wb.commit()
  return counts
}
