// Writes the export's tables as CSV that Danish Excel opens (services/io/tableFile) and as sheets of
// one XLSX workbook (./workbook.ts), row by row as the rows are read: neither the rows, a CSV file
// nor the workbook is ever whole in memory (#14). Each file's size and SHA-256 are taken as it is
// written, for the manifest, so no file is read back.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { formatDate } from '@shared/domain/dates'
import { csvField, csvNumber } from '../io/tableFile'
import type { Cell, ColumnType, ExportTable } from './exportTable'
import { createWorkbook } from './workbook'

export interface WrittenFile {
  name: string
  bytes: number
  sha256: string
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The last timestamp written, kept: a trail's entries of one import share theirs. */
let lastStamp = { iso: '', text: '' }

/** An ISO timestamp as `29.01.2020 14:05:09` in local time (an unreadable one as it is). */
function timestampText(iso: string): string {
  if (iso === lastStamp.iso) return lastStamp.text
  const d = new Date(iso)
  const text = Number.isNaN(d.getTime())
    ? iso
    : `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${pad(d.getFullYear(), 4)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  lastStamp = { iso, text }
  return text
}

/** A cell as CSV text: amounts and hours as decimal-comma numbers, dates and times the Danish way. */
function csvCell(value: Cell, type: ColumnType): string {
  if (value === null || value === '') return ''
  switch (type) {
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

/** Text collected before it is written to a CSV file. */
const CHUNK = 64 * 1024

/** A file written in pieces, its size and SHA-256 taken on the way. */
function hashedFile(file: string) {
  const fd = fs.openSync(file, 'w')
  const hash = createHash('sha256')
  let bytes = 0
  return {
    write(data: string | Uint8Array) {
      const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      let done = 0
      while (done < b.length) done += fs.writeSync(fd, b, done, b.length - done)
      hash.update(b)
      bytes += b.length
    },
    close(): { bytes: number; sha256: string } {
      fs.closeSync(fd)
      return { bytes, sha256: hash.digest('hex') }
    },
    abort() {
      fs.closeSync(fd)
    }
  }
}

/** Lets other work in (another call to the same service worker) between pages of rows. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Writes every table as its CSV file in `dir` and as a sheet of one XLSX workbook, row by row as
 * the rows are read. Returns each CSV file and the workbook, with size and SHA-256, in that order.
 */
export async function writeTables(tables: ExportTable[], dir: string, workbook: { file: string; title: string; created: Date }): Promise<WrittenFile[]> {
  const wb = createWorkbook(path.join(dir, workbook.file), { title: workbook.title, creator: 'Puljestyr', created: workbook.created })
  const written: WrittenFile[] = []
  try {
    for (const table of tables) {
      const csv = hashedFile(path.join(dir, table.file))
      try {
        const types = table.columns.map((c) => c.type)
        csv.write(`\uFEFF${table.columns.map((c) => csvField(c.header)).join(';')}\r\n`)
        const sheet = wb.sheet(table.sheet.slice(0, 31), table.columns)
        // Lines are collected and joined once per chunk: one flat string, not a long chain of small ones.
        let lines: string[] = []
        let length = 0
        for await (const page of table.rows()) {
          for (const r of page) {
            sheet.row(r)
            let line = r.length > 0 ? csvField(csvCell(r[0]!, types[0] ?? 'text')) : ''
            for (let i = 1; i < r.length; i++) line += `;${csvField(csvCell(r[i]!, types[i] ?? 'text'))}`
            lines.push(line)
            length += line.length + 2
            if (length >= CHUNK) {
              csv.write(`${lines.join('\r\n')}\r\n`)
              lines = []
              length = 0
            }
          }
          await wb.drain()
          await yieldToOthers()
        }
        if (lines.length > 0) csv.write(`${lines.join('\r\n')}\r\n`)
        sheet.end()
      } catch (e) {
        csv.abort()
        throw e
      }
      written.push({ name: table.file, ...csv.close() })
    }
    written.push({ name: workbook.file, ...(await wb.close()) })
  } catch (e) {
    wb.abort()
    throw e
  }
  return written
}
