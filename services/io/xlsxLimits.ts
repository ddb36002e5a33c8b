// An .xlsx is a zip: 33 MB of it can inflate to 332 MB of sheet XML, which exceljs then builds in
// memory whole and the process dies (issue #13). Before exceljs sees the file, the zip's central
// directory gives each sheet's inflated size, and the sheets are inflated as a stream (nothing kept)
// counting their rows and bytes, so a size the directory lies about is caught too.
import zlib from 'node:zlib'
import { DomainError } from '@shared/errors'
import { tableFileMessages as tm } from '@shared/texts/da/common'

const XLSX_LIMITS = { maxRows: 200_000, maxInflatedBytes: 100 * 1024 * 1024 }
type XlsxLimits = typeof XLSX_LIMITS

/** The entries whose rows count: the sheets (and their shared strings, which hold no `<row`). */
const DATA_ENTRY = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localOffset: number
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',')
}

function centralDirectory(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 65_557)
  let eocd = -1
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const out: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null
    const nameLength = buf.readUInt16LE(p + 28)
    out.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42)
    })
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
  }
  return out
}

function entryData(buf: Buffer, e: ZipEntry): Buffer | null {
  const p = e.localOffset
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) return null
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28)
  return buf.subarray(start, Math.min(buf.length, start + e.compressedSize))
}

/** Inflates one part as a stream, counting bytes (and in a sheet `<row`); stops as soon as a limit is passed. */
function scanPart(data: Buffer, method: number, countRows: boolean, budget: { bytes: number; rows: number }, limits: XlsxLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    let tail = ''
    const count = (chunk: Buffer): boolean => {
      budget.bytes += chunk.length
      if (!countRows) return budget.bytes <= limits.maxInflatedBytes
      const text = tail + chunk.toString('latin1')
      budget.rows += text.split('<row').length - 1 - (tail.split('<row').length - 1)
      tail = text.slice(-4)
      return budget.bytes <= limits.maxInflatedBytes && budget.rows <= limits.maxRows
    }
    if (method === 0) {
      count(data)
      return resolve()
    }
    if (method !== 8) return resolve()
    const inflate = zlib.createInflateRaw()
    inflate.on('data', (chunk: Buffer) => {
      if (!count(chunk)) {
        inflate.destroy()
        resolve()
      }
    })
    inflate.on('end', () => resolve())
    inflate.on('error', (e) => reject(e))
    inflate.end(data)
  })
}

/**
 * Refuses an .xlsx whose parts inflate past the byte limit or whose sheets hold more rows than the
 * row limit. Every part counts (exceljs reads styles, drawings and images whole too, not only the
 * sheets), and a zip whose directory this reader cannot follow (Zip64, a broken entry) is refused
 * here rather than handed to exceljs unmeasured.
 */
export async function readXlsxLimits(fileName: string, bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const unreadable = () => new DomainError('validation', tm.xlsxUnreadable(fileName), { field: 'file' })
  const entries = centralDirectory(buf)
  if (!entries) throw unreadable()
  const tooBig = () =>
    new DomainError('validation', tm.xlsxTooBig(fileName, megabytes(budget.bytes), limits.maxInflatedBytes / (1024 * 1024)), { field: 'file' })
  // 0xFFFFFFFF is Zip64's "see the extra field": a part of 4 GB or more, refused as too big.
  const declared = entries.reduce((s, e) => s + (e.uncompressedSize === 0xffffffff ? Infinity : e.uncompressedSize), 0)
  const budget = { bytes: declared, rows: 0 }
  if (declared > limits.maxInflatedBytes) throw tooBig()
  budget.bytes = 0
  for (const e of entries) {
    if (e.name.endsWith('/')) continue // a folder
    const raw = entryData(buf, e)
    if (!raw) throw unreadable()
    try {
      await scanPart(raw, e.method, DATA_ENTRY.test(e.name), budget, limits)
    } catch {
      throw unreadable()
    }
    if (budget.bytes > limits.maxInflatedBytes) throw tooBig()
    if (budget.rows > limits.maxRows) {
      throw new DomainError('validation', tm.xlsxTooManyRows(fileName, thousands(limits.maxRows)), { field: 'file' })
    }
  }
}
