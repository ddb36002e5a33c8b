// Automatic daily backups of a local database file, and restoring one of them in the running app
// (issue #13). The service makes the backup itself (on start and before the first call of a new
// day), so the desktop app, browser mode and every other host of the registry get it alike. Each
// backup is SQLite's online backup of the open database, checked with integrity_check before it
// gets its name; the last N days are kept (a setting in the backup folder, 14 by default).
import fs from 'node:fs'
import path from 'node:path'
import { DomainError } from '@shared/errors'
import { keepBackupsSchema, MAX_KEEP_BACKUPS } from '@shared/api/core'
import { da } from '@shared/texts/da'
import { backupDatabase, checkRestoreCopy, restoreDatabase } from '../db/backup'
import type { SqliteHandle } from '../db/sqlite'

const DEFAULT_KEEP_BACKUPS = 14
/** The folder beside the database file that holds its daily backups. */
const BACKUP_FOLDER = 'sikkerhedskopier'
const SETTINGS_FILE = 'indstillinger.json'

export interface BackupEntry {
  name: string
  /** The day the backup was made (local date, yyyy-mm-dd). */
  date: string
  sizeBytes: number
  createdAt: string
}

export interface BackupList {
  folder: string
  keep: number
  items: BackupEntry[]
  /** The last automatic backup's failure, if it failed (the app goes on working). */
  lastError: string | null
}

export interface DailyBackups {
  folder: string
  /** Makes today's backup if there is none yet. Never throws: a failure is kept for the list. */
  ensureToday(): Promise<void>
  list(): BackupList
  setKeep(keep: number): BackupList
  /** The backup and its file, or a DomainError if the name is not one of the list's. */
  find(name: string): BackupEntry & { file: string }
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The daily backups of `databaseFile`, kept in BACKUP_FOLDER beside it. */
export function createDailyBackups(options: {
  databaseFile: string
  handle: () => SqliteHandle | null
  now: () => Date
  log?: (msg: string) => void
}): DailyBackups {
  const databaseFile = path.resolve(options.databaseFile)
  const folder = path.join(path.dirname(databaseFile), BACKUP_FOLDER)
  const base = path.basename(databaseFile).replace(/\.db$/i, '')
  const pattern = new RegExp(`^${escapeRegExp(base)}-(\\d{4}-\\d{2}-\\d{2})\\.db$`)
  const log = options.log ?? (() => {})
  let doneDay: string | null = null
  let running: Promise<void> | null = null
  let lastError: string | null = null

  function readKeep(): number {
    try {
      const raw = JSON.parse(fs.readFileSync(path.join(folder, SETTINGS_FILE), 'utf8')) as { keep?: unknown }
      const keep = raw.keep
      const parsed = keepBackupsSchema.safeParse(keep)
      if (parsed.success) return parsed.data
    } catch {
      // No settings file yet (or an unreadable one): the default.
    }
    return DEFAULT_KEEP_BACKUPS
  }

  function entries(): BackupEntry[] {
    if (!fs.existsSync(folder)) return []
    const out: BackupEntry[] = []
    for (const name of fs.readdirSync(folder)) {
      const m = pattern.exec(name)
      if (!m) continue
      const stat = fs.statSync(path.join(folder, name))
      if (!stat.isFile()) continue
      out.push({ name, date: m[1]!, sizeBytes: stat.size, createdAt: stat.mtime.toISOString() })
    }
    return out.sort((a, b) => b.date.localeCompare(a.date))
  }

  function prune(keep: number): void {
    for (const old of entries().slice(keep)) fs.rmSync(path.join(folder, old.name), { force: true })
  }

  async function makeBackup(day: string): Promise<void> {
    const handle = options.handle()
    if (!handle) return
    const file = path.join(folder, `${base}-${day}.db`)
    if (!fs.existsSync(file)) {
      // backupDatabase writes a temporary file, runs integrity_check on it and only then renames it.
      await backupDatabase(handle, file)
      log(`Daglig sikkerhedskopi: ${file}`)
    }
    prune(readKeep())
  }

  const service: DailyBackups = {
    folder,
    async ensureToday() {
      const day = localDay(options.now())
      if (doneDay === day) return
      running ??= makeBackup(day)
        .then(() => {
          doneDay = day
          lastError = null
        })
        .catch((e: unknown) => {
          // One try per day: the app keeps working, and the settings page shows why.
          doneDay = day
          lastError = e instanceof Error ? e.message : String(e)
          log(`Den daglige sikkerhedskopi mislykkedes: ${lastError}`)
        })
        .finally(() => {
          running = null
        })
      await running
    },
    list() {
      return { folder, keep: readKeep(), items: entries(), lastError }
    },
    setKeep(keep) {
      if (!keepBackupsSchema.safeParse(keep).success) {
        throw new DomainError('validation', da.core.backups.errors.keepRange(MAX_KEEP_BACKUPS), { field: 'keep' })
      }
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(path.join(folder, SETTINGS_FILE), `${JSON.stringify({ keep }, null, 2)}\n`)
      prune(keep)
      return service.list()
    },
    find(name) {
      const entry = entries().find((e) => e.name === name)
      if (!entry) throw new DomainError('not_found', da.core.backups.errors.unknownBackup(name), { field: 'name' })
      return { ...entry, file: path.join(folder, entry.name) }
    }
  }
  return service
}

/**
 * Replaces the open database with one of its backups: checks the copy first (integrity and
 * `verify`, as `puljestyr restore` does) while the app still runs on the old file, then lets the
 * owner close its connection, restores (the replaced file is kept aside) and reopens.
 */
export async function restoreFromBackup(
  backups: DailyBackups,
  name: string,
  replaceDatabase: (restore: (file: string) => Promise<string | null>) => Promise<string | null>,
  now: Date
): Promise<{ restoredFrom: string; asideFile: string | null; date: string }> {
  const { file: from, date } = backups.find(name)
  await checkRestoreCopy(from)
  const asideFile = await replaceDatabase(async (file) => (await restoreDatabase(from, file, now, { copyChecked: true })).asideFile)
  return { restoredFrom: from, asideFile, date }
}
