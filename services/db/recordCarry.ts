// What is known about a SQLite file (it passed quick_check; verify's report) is kept with the file's
// stamp (sqlite.ts fileStamp) and used only while the stamp is unchanged. Every write changes the
// stamp, the app's own too, so before #14's export after a change the whole file was checked and
// verified again: on a jobcenter's database some 9 s for a one-line change.
//
// Here such records are carried over the app's own commits, where it can be shown that the file went
// from the recorded state to the new one by this commit and nothing else:
// - before COMMIT, with the write lock held (since `begin immediate`): the file itself is as
//   recorded (device, inode, size, modification and change time); the write-ahead log still holds the
//   recorded frames, unchanged (their SHA-256), and after them no frame ends a transaction (what
//   follows is this transaction's own pages, spilled early);
// - after COMMIT, with the write lock taken again: no other connection has committed since
//   (`PRAGMA data_version`), and the log's frames after the recorded ones end in exactly one commit,
//   the last frame: this one;
// - the record is then brought up to the new stamp: quick_check's as it is (SQLite wrote the pages),
//   verify's by checking what the commit added (the new audit entries' chain and the rows they name:
//   services/audit/verify.ts carriedVerifyReport), or dropped.
// A checkpoint (which copies the log into the file and empties it) is the app's own too: run with the
// log's frames counted and found to be exactly the recorded ones, it carries the records to the
// emptied log. Anything else, a write by another program or connection, a restore, an edit behind the
// app's back, leaves the records behind: the next check and verify read the whole file again.
// What cannot be seen: an edit of the file's bytes by another program during the few milliseconds of
// a commit or checkpoint (between the checks above); SQLite's own locks do not hold such a program back.
import { fileRecordPath, fileStamp, mainFileStamp, readRecord, writeRecord, type CommitHook, type SqliteHandle } from './sqlite'
import { walkLog, type LogPoint } from './walLog'

/** A log of this many frames is checkpointed after the commit that made it so (SQLite's own default, which is switched off here). */
const CHECKPOINT_FRAMES = 1000

/** A kind of record kept about a file, and how it follows the app's own changes. */
export interface CarriedRecord {
  /** The record's place (fileRecordPath), or null where none can be kept. */
  path: string | null
  /** The stamp the record was made for; null for a record that cannot be read. */
  stampOf(text: string): string | null
  /** Run before the write lock is taken again, where advance needs something slow to load. */
  prepare?(): Promise<void>
  /**
   * The record for `stamp`, the file as the app's commit left it (read with the write lock held, so
   * the commit's result and nothing else), or null where it does not hold for it.
   */
  advance(text: string, stamp: string, handle: SqliteHandle): string | null
  /** The record for `stamp`, the same contents in a file whose log was copied into it (a checkpoint). */
  restamp(text: string, stamp: string): string
}

/** quick_check's record: the stamp of the file that passed it (sqlite.ts checkedBefore). */
export function quickCheckRecord(file: string): CarriedRecord {
  return {
    path: fileRecordPath(file, ''),
    stampOf: (text) => text,
    advance: (_text, stamp) => stamp,
    restamp: (_text, stamp) => stamp
  }
}

interface Candidate {
  record: CarriedRecord
  text: string
  /** Where the recorded frames end: the walk after the commit resumes there. */
  point: LogPoint | null
  frames: number
}

export interface RecordCarry extends CommitHook {
  /** Checkpoints the log (records carried) where this connection wrote, and closes. */
  close(close: () => Promise<void>): Promise<void>
}

/** The hook (sqlite.ts kyselyFor) that carries `records` about `file` over the app's commits through `handle`. */
export function recordCarry(handle: SqliteHandle, file: string, records: CarriedRecord[]): RecordCarry {
  const log = `${file}-wal`
  // Checkpoints are run here, after a commit's records are carried (SQLite's own would run inside the commit).
  handle.pragma('wal_autocheckpoint = 0')
  const totalChanges = handle.prepare('select total_changes()').pluck()
  const pragma = (name: string) => Number(handle.pragma(name, { simple: true }))
  let begun: { changes: number; schema: number } | null = null
  let pending: { dataVersion: number; candidates: Candidate[] } | null = null

  /** Runs `fn` with SQLite not waiting for locks (a busy file means: nothing is carried this time). */
  const withoutWaiting = <T>(fn: () => T): T => {
    const wait = pragma('busy_timeout')
    handle.pragma('busy_timeout = 0')
    try {
      return fn()
    } finally {
      handle.pragma(`busy_timeout = ${wait}`)
    }
  }

  /** The records whose recorded state this open transaction started from (see the head of the file). */
  const startedFromRecorded = (): Candidate[] => {
    const main = mainFileStamp(file)
    const out: Candidate[] = []
    for (const record of records) {
      const text = readRecord(record.path)
      if (text === null) continue
      const stamp = record.stampOf(text)
      const bar = stamp?.indexOf('|') ?? -1
      if (stamp == null || bar < 0 || stamp.slice(0, bar) !== main) continue
      const recordedLog = stamp.slice(bar + 1)
      const frames = recordedLog === '-' ? 0 : Number(recordedLog.slice(0, recordedLog.indexOf(':')))
      if (!Number.isSafeInteger(frames) || frames < 0) continue
      const walk = walkLog(log, { hashFrames: frames })
      if (!walk || walk.frames < frames) continue
      if (recordedLog !== '-' && walk.content !== recordedLog) continue
      if (walk.commits.some((i) => i >= frames)) continue
      out.push({ record, text, frames, point: walk.header && walk.digest ? { header: walk.header, frames, digest: walk.digest } : null })
    }
    return out
  }

  /** Brings the candidates to the file as the commit left it; the frames the log then holds. */
  const advanceAll = (candidates: Candidate[], dataVersion: number): number => {
    try {
      withoutWaiting(() => handle.exec('begin immediate'))
    } catch {
      return 0
    }
    try {
      if (pragma('data_version') !== dataVersion) return 0
      const main = mainFileStamp(file)
      let frames = 0
      for (const c of candidates) {
        const walk = c.point ? walkLog(log, { resume: c.point }) : walkLog(log)
        if (!walk || walk.frames <= c.frames) continue
        const commits = walk.commits.filter((i) => i >= c.frames)
        if (commits.length !== 1 || commits[0] !== walk.frames - 1) continue
        frames = walk.frames
        const next = c.record.advance(c.text, `${main}|${walk.content}`, handle)
        if (next !== null) writeRecord(c.record.path, next)
      }
      return frames
    } finally {
      handle.exec('rollback')
    }
  }

  /**
   * Copies the log into the file and empties it; records of the file as it was just before are carried
   * to it where no other connection committed in between (`PRAGMA data_version`, which this
   * connection's own checkpoint leaves alone) and the log is left empty, or as it was where readers
   * kept it from being emptied (the pages copied are the log's own: the database reads the same).
   */
  const checkpoint = () => {
    const dataVersion = pragma('data_version')
    const before = fileStamp(file)
    if (before === null) return
    const recorded = records.flatMap((record) => {
      const text = readRecord(record.path)
      return text !== null && record.stampOf(text) === before ? [{ record, text }] : []
    })
    withoutWaiting(() => handle.pragma('wal_checkpoint(TRUNCATE)'))
    if (pragma('data_version') !== dataVersion) return
    const after = fileStamp(file)
    const logOf = (stamp: string) => stamp.slice(stamp.indexOf('|') + 1)
    if (after === null || (logOf(after) !== '-' && logOf(after) !== logOf(before))) return
    for (const r of recorded) writeRecord(r.record.path, r.record.restamp(r.text, after))
  }

  return {
    begun() {
      try {
        begun = { changes: Number(totalChanges.get()), schema: pragma('schema_version') }
      } catch {
        begun = null
      }
    },
    committing() {
      pending = null
      try {
        // Only a transaction that wrote rows and left the schema alone (a migration is verified anew).
        if (!begun || Number(totalChanges.get()) === begun.changes || pragma('schema_version') !== begun.schema) return
        const candidates = startedFromRecorded()
        if (candidates.length > 0) pending = { dataVersion: pragma('data_version'), candidates }
      } catch {
        pending = null
      } finally {
        begun = null
      }
    },
    async committed() {
      const p = pending
      pending = null
      try {
        let frames = 0
        if (p) {
          for (const c of p.candidates) await c.record.prepare?.()
          frames = advanceAll(p.candidates, p.dataVersion)
        }
        if (frames === 0) frames = walkLog(log, { hashFrames: 0 })?.frames ?? 0
        if (frames >= CHECKPOINT_FRAMES) checkpoint()
      } catch {
        // nothing carried: the next check reads the whole file
      }
    },
    rolledBack() {
      begun = null
      pending = null
    },
    async close(close) {
      try {
        // Only a connection that wrote: one that only read leaves the file as it found it.
        if (handle.open && Number(totalChanges.get()) > 0) checkpoint()
      } catch {
        // nothing carried
      }
      await close()
    }
  }
}
