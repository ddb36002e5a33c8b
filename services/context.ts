// What every service function gets: the database, who is at the keyboard, the clock, and the
// print path. Built once per process by the Electron shell, the browser-mode server, the CLI or a test.
import os from 'node:os'
import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { PdfPrinter } from './print/printer'
import type { SqliteHandle } from './db/sqlite'
import type { DailyBackups } from './core/backups'

export interface ServiceContext {
  db: Kysely<Database>
  /** The same database's raw SQLite handle: for streamed reads (verify), pragmas and backups. */
  /** The raw SQLite handle of a local file; null on the team database (PostgreSQL). */
  sqlite: SqliteHandle | null
  databaseFile: string
  /** Who is recorded with every change: the operating-system user, or on the team database the role that logged in (OpenDatabase.user). */
  osUser: string
  now: () => Date
  /** The user's Puljestyr folder, where «Forbind til fællesdatabase» keeps its choice (default: defaultDataDir()). */
  settingsDir?: string
  /** The one print path; null where none is available (the UI then offers the browser's print). */
  printer: PdfPrinter | null
  version: string
  /** The local file's automatic daily backups; absent on the team database and where the host did not ask for them. */
  backups?: DailyBackups | null
  /**
   * Set by the host that owns the connection (services/core/liveDatabase.ts): closes it, runs
   * `restore` on the file, and reopens the file whatever happened. Absent where the database cannot be swapped.
   */
  replaceDatabase?: ((restore: (file: string) => Promise<string | null>) => Promise<string | null>) | null
}

export function currentOsUser(): string {
  try {
    return os.userInfo().username
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'ukendt'
  }
}

export function nowIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString()
}

export function todayIso(ctx: Pick<ServiceContext, 'now'>): string {
  const d = ctx.now()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
