// Writes an export table as CSV that Danish Excel opens (services/io/tableFile) and as a sheet of
// the XLSX workbook (exceljs): amounts as numbers with the kr. format, hours as decimal numbers,
// dates as dates without a time part, a frozen header row with a filter.
import ExcelJS from 'exceljs'
import { format } from 'date-fns'
import { formatDate } from '@shared/domain/dates'
import { csvNumber, writeCsv } from '../io/tableFile'
import type { Cell, ExportColumn, ExportTable } from './tables'

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

export function tableCsv(table: ExportTable): Buffer {
  return writeCsv(
    table.columns.map((c) => c.header),
    table.rows.map((r) => r.map((v, i) => csvCell(v, table.columns[i]!)))
  )
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

export function addSheet(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const ws = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(12, c.header.length + 2),
    style: FORMATS[c.type] ? { numFmt: FORMATS[c.type]! } : {}
  }))
  ws.getRow(1).font = { bold: true }
  for (const r of table.rows) ws.addRow(r.map((v, i) => xlsxCell(v, table.columns[i]!)))
  if (table.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }
}

export async function tablesWorkbook(tables: ExportTable[], meta: { title: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Puljestyr'
  wb.title = meta.title
  for (const t of tables) addSheet(wb, t)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
