// Reading a SQLite write-ahead log from outside: what it holds (for a file's stamp, sqlite.ts
// fileStamp) and which of its frames end a transaction (for carrying what is known about a file over
// the app's own commit, recordCarry.ts). Format: https://www.sqlite.org/fileformat2.html#walformat
import { createHash, type Hash } from 'node:crypto'
import fs from 'node:fs'

/** A log's header: magic, format, page size, checkpoint sequence, the two salts, a checksum. */
export const WAL_HEADER = 32
/** A frame's header before its page: page number, commit size (0 but in a transaction's last frame), the two salts, a checksum. */
const WAL_FRAME_HEADER = 24

/** What a log holds, read from its start or from a point reached before (`resume`). */
export interface LogWalk {
  /**
   * What the log holds, as a stamp writes it: '-' for no log or an empty one (SQLite reads nothing
   * from either), else the number of frames SQLite may read and the SHA-256 of the header and of
   * those frames; for a header SQLite would not take, 'x', the size and the SHA-256 of the whole file.
   */
  content: string
  /** The frames with the header's salts; -1 where the header is not one SQLite would take. */
  frames: number
  /** The frames (by number from 0) that end a transaction, among those read. */
  commits: number[]
  /** The header as read, to resume from; null for no log or an empty one. */
  header: Buffer | null
  /** The digest where hashing stopped (after `hashFrames` frames), to resume from. */
  digest: Hash | null
}

/** Where a walk may go on from: the header it read and its digest after `frames` frames. */
export interface LogPoint {
  header: Buffer
  frames: number
  digest: Hash
}

const NO_LOG: LogWalk = { content: '-', frames: 0, commits: [], header: null, digest: null }

/**
 * Reads the log at `log`. SQLite writes a log's frames from the start again after a checkpoint, with
 * new salts in the header, and reads frames only up to the first with other salts: what lies beyond
 * is left over from before, does not count, and is not read (a log is not truncated, so it can be
 * many times what it holds: #14). Options:
 * - `hashFrames`: hash only the first N frames (the header included) and read only the headers of the
 *   rest (their commit marks); `content` is then what the first N frames give.
 * - `resume`: go on from a point of an earlier walk of the same log (its header must be unchanged,
 *   else null): the frames before it are not read again.
 * null also where a resumed log's header is not one SQLite would take.
 */
export function walkLog(log: string, options: { hashFrames?: number; resume?: LogPoint } = {}): LogWalk | null {
  let fd: number
  try {
    fd = fs.openSync(log, 'r')
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return options.resume ? null : NO_LOG
    throw e
  }
  try {
    const size = fs.fstatSync(fd).size
    if (size === 0) return options.resume ? null : NO_LOG
    const header = Buffer.alloc(WAL_HEADER)
    const got = fs.readSync(fd, header, 0, WAL_HEADER, 0)
    const pageSize = got === WAL_HEADER ? header.readUInt32BE(8) : 0
    // A header SQLite would not take (a page size that is not a power of two from 512 to 65536): the whole file.
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
      if (options.resume) return null
      const digest = createHash('sha256').update(header.subarray(0, got))
      const buf = Buffer.allocUnsafe(1 << 20)
      for (let at = got, n; (n = fs.readSync(fd, buf, 0, buf.length, at)) > 0; at += n) digest.update(buf.subarray(0, n))
      return { content: `x${size}:${digest.digest('hex')}`, frames: -1, commits: [], header: null, digest: null }
    }
    const resume = options.resume
    if (resume && !resume.header.equals(header)) return null
    const digest = resume ? resume.digest.copy() : createHash('sha256').update(header)
    const hashFrames = options.hashFrames ?? Infinity
    const salts = header.subarray(16, 24)
    const frameSize = WAL_FRAME_HEADER + pageSize
    const frame = Buffer.allocUnsafe(frameSize)
    const commits: number[] = []
    let frames = resume ? resume.frames : 0
    for (;;) {
      const at = WAL_HEADER + frames * frameSize
      const whole = frames < hashFrames
      const n = fs.readSync(fd, frame, 0, whole ? frameSize : WAL_FRAME_HEADER, at)
      // The frames SQLite reads end at a short one or one with other salts (a page of a header-only read is checked below).
      if (n < WAL_FRAME_HEADER || !frame.subarray(8, 16).equals(salts)) break
      if (whole && n < frameSize) break
      if (!whole && at + frameSize > size) break
      if (frame.readUInt32BE(4) !== 0) commits.push(frames)
      if (whole) digest.update(frame)
      frames++
    }
    return { content: `${Math.min(frames, hashFrames)}:${digest.copy().digest('hex')}`, frames, commits, header, digest }
  } finally {
    fs.closeSync(fd)
  }
}
