// A zip file written straight to disk, one entry after another, each compressed as it is written
// (Node's zlib; the CRC with zlib.crc32), so that neither an entry nor the archive is ever whole
// in memory: the revisor export's workbook (an XLSX is a zip) and its download (#14).
// Each entry is deflated in pieces with a sync flush between them (a byte-aligned, non-final
// block), which concatenate to one valid deflate stream; its CRC and sizes follow its data
// (general purpose flag bit 3), as every zip reader and Excel accept. No ZIP64: an entry or an
// archive of 4 GB or more is refused. With `background`, the pieces are deflated on Node's thread
// pool while the caller goes on making the next (the same bytes as deflated in turn); what is
// written to the file is written in order all the same, and `drain` holds the caller back while
// more than a few pieces wait, so memory stays flat (#14: the export's workbook).
import fs from 'node:fs'
import zlib from 'node:zlib'
import { createHash, type Hash } from 'node:crypto'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'

/** Bytes of text collected before a piece is deflated. */
const PIECE = 256 * 1024
/** Pieces that may wait for their deflate (`background`) before `drain` holds the caller back. */
const WAITING = 4
const deflateRaw = (input: Uint8Array, options: zlib.ZlibOptions) =>
  new Promise<Buffer>((resolve, reject) => zlib.deflateRaw(input, options, (e, out) => (e ? reject(e) : resolve(out))))
const noop = () => {}
const LIMIT = 0xffffffff

export interface ZipEntryWriter {
  /** Appends text (UTF-8) or bytes to the entry. */
  write(data: string | Uint8Array): void
  /** Ends the entry (its data descriptor is written). */
  end(): void
}

export interface ZipFileWriter {
  /** Starts the next entry; the one before must have ended. */
  entry(name: string): ZipEntryWriter
  /** An entry with the whole of `data`. */
  add(name: string, data: string | Uint8Array): void
  /** Copies a file on disk into an entry, a piece at a time (not for a `background` zip). */
  addFile(name: string, file: string): void
  /** Resolves once at most a few pieces wait for their deflate (`background`); at once otherwise. */
  drain(): Promise<void>
  /** Writes the central directory and closes the file; resolves to its size and SHA-256. */
  close(): Promise<{ bytes: number; sha256: string }>
  /** Closes the file unfinished (after an error; the caller removes it). */
  abort(): void
}

/** MS-DOS date and time (local time), as zip headers keep them. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107)
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2)
  }
}

interface Written {
  name: Buffer
  crc: number
  compressed: number
  size: number
  offset: number
}

/** A new zip at `file` (replaced if it exists); every entry carries `date`. */
export function createZipFile(file: string, options: { date: Date; level?: number; background?: boolean }): ZipFileWriter {
  let fd: number | null = fs.openSync(file, 'w')
  const hash: Hash = createHash('sha256')
  const { date, time } = dosDateTime(options.date)
  const level = options.level ?? zlib.constants.Z_DEFAULT_COMPRESSION
  const entries: Written[] = []
  let offset = 0
  let open = false

  const out = (b: Uint8Array) => {
    if (fd === null) throw new Error('zip: the file is closed')
    let done = 0
    while (done < b.length) done += fs.writeSync(fd, b, done, b.length - done)
    hash.update(b)
    offset += b.length
    if (offset >= LIMIT) throw new DomainError('rule', da.export.zipTooLarge)
  }

  // `background`: every step that writes runs in turn after the one before, once its piece is deflated.
  const background = options.background ?? false
  let tail: Promise<void> = Promise.resolve()
  const steps: Promise<void>[] = []
  let failed: { error: unknown } | null = null
  /** Runs `step` now, or (`background`) after every step before it; a failure ends the zip. */
  const inTurn = (step: () => void | Promise<void>) => {
    if (!background) {
      step()
      return
    }
    const p = (tail = tail.then(step))
    steps.push(p)
    p.then(
      () => void steps.shift(),
      (error: unknown) => {
        failed ??= { error }
        steps.shift()
      }
    )
  }

  function abort(): void {
    if (fd !== null) fs.closeSync(fd)
    fd = null
  }

  function entry(fileName: string): ZipEntryWriter {
    if (open) throw new Error('zip: the previous entry is still open')
    if (failed) throw failed.error
    open = true
    const name = Buffer.from(fileName, 'utf8')
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0808, 6) // sizes after the data; UTF-8 name
    header.writeUInt16LE(8, 8) // deflate
    header.writeUInt16LE(time, 10)
    header.writeUInt16LE(date, 12)
    header.writeUInt16LE(name.length, 26)
    let start = offset
    inTurn(() => {
      start = offset
      out(header)
      out(name)
    })
    let crc = 0
    let size = 0
    let compressed = 0
    // Text is collected as a string and encoded once per piece; bytes are deflated as they come.
    let text = ''

    const deflate = (input: Uint8Array, final: boolean) => {
      crc = zlib.crc32(input, crc)
      size += input.length
      const deflateOptions = { level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }
      if (!background) {
        const piece = zlib.deflateRawSync(input, deflateOptions)
        compressed += piece.length
        out(piece)
        return
      }
      const piece = deflateRaw(input, deflateOptions)
      piece.catch(noop) // its error fails its turn below
      inTurn(async () => {
        const b = await piece
        compressed += b.length
        out(b)
      })
    }
    const flushText = (final: boolean) => {
      const input = Buffer.from(text, 'utf8')
      text = ''
      deflate(input, final)
    }

    return {
      write(data) {
        if (typeof data === 'string') {
          text = text ? text + data : data
          // A string's length in UTF-16 units: at most its UTF-8 bytes, near enough for a piece's size.
          if (text.length >= PIECE) flushText(false)
          return
        }
        if (text) flushText(false)
        if (data.length > 0) deflate(data, false)
      },
      end() {
        flushText(true)
        open = false
        inTurn(() => {
          if (size >= LIMIT || compressed >= LIMIT) throw new DomainError('rule', da.export.zipTooLarge)
          const descriptor = Buffer.alloc(16)
          descriptor.writeUInt32LE(0x08074b50, 0)
          descriptor.writeUInt32LE(crc, 4)
          descriptor.writeUInt32LE(compressed, 8)
          descriptor.writeUInt32LE(size, 12)
          out(descriptor)
          entries.push({ name, crc, compressed, size, offset: start })
        })
      }
    }
  }

  return {
    entry,
    add(name, data) {
      const e = entry(name)
      e.write(data)
      e.end()
    },
    addFile(name, file) {
      if (background) throw new Error('zip: addFile reads the whole file ahead of a background deflate')
      const e = entry(name)
      const input = fs.openSync(file, 'r')
      try {
        for (;;) {
          const buffer = Buffer.allocUnsafe(PIECE)
          const n = fs.readSync(input, buffer, 0, PIECE, null)
          if (n === 0) break
          e.write(buffer.subarray(0, n))
        }
      } finally {
        fs.closeSync(input)
      }
      e.end()
    },
    async drain() {
      while (steps.length > WAITING && !failed) await steps[0]!.catch(noop)
      if (failed) throw failed.error
    },
    async close() {
      if (open) throw new Error('zip: an entry is still open')
      try {
        await tail
        if (entries.length >= 0xffff) throw new DomainError('rule', da.export.zipTooLarge)
        const directoryStart = offset
        for (const e of entries) {
          const h = Buffer.alloc(46)
          h.writeUInt32LE(0x02014b50, 0)
          h.writeUInt16LE(20, 4) // made by: 2.0, MS-DOS attributes
          h.writeUInt16LE(20, 6)
          h.writeUInt16LE(0x0808, 8)
          h.writeUInt16LE(8, 10)
          h.writeUInt16LE(time, 12)
          h.writeUInt16LE(date, 14)
          h.writeUInt32LE(e.crc, 16)
          h.writeUInt32LE(e.compressed, 20)
          h.writeUInt32LE(e.size, 24)
          h.writeUInt16LE(e.name.length, 28)
          h.writeUInt32LE(e.offset, 42)
          out(h)
          out(e.name)
        }
        const end = Buffer.alloc(22)
        end.writeUInt32LE(0x06054b50, 0)
        end.writeUInt16LE(entries.length, 8)
        end.writeUInt16LE(entries.length, 10)
        end.writeUInt32LE(offset - directoryStart, 12)
        end.writeUInt32LE(directoryStart, 16)
        out(end)
      } finally {
        abort()
      }
      return { bytes: offset, sha256: hash.digest('hex') }
    },
    abort
  }
}
