// «Forbind til fællesdatabase» in the settings: try a connection string, and keep the chosen team
// database for the next start (services/db/teamSettings.ts says what is stored where). The running
// app does not switch database under its open screens and services: the page says to start again.
import type { TeamDatabaseStatus } from '@shared/api/core'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { ServiceContext } from '../context'
import { defaultDataDir } from '../db/location'
import { checkMigrationPrefix } from '../db/open'
import { migrationNames } from '../db/migrations'
import { probePostgres } from '../db/postgres'
import { readTeamSettings, teamSettingsFile, withoutPassword, withPassword, writeTeamSettings } from '../db/teamSettings'

const t = da.core.teamDatabase
const CONNECT_TIMEOUT_MS = 10_000

function settingsFileOf(ctx: ServiceContext): string {
  return teamSettingsFile(ctx.settingsDir ?? defaultDataDir())
}

/** The connection string checked, its password taken out (kept apart), with a Danish message naming what is wrong. */
export function parseTeamUrl(text: string): { url: string; password: string | null; user: string; host: string; port: string; database: string } {
  const trimmed = text.trim()
  if (!/^postgres(ql)?:\/\//i.test(trimmed)) throw new DomainError('validation', t.errors.notPostgres, { field: 'url' })
  let u: URL
  try {
    u = new URL(trimmed)
  } catch {
    throw new DomainError('validation', t.errors.malformed, { field: 'url' })
  }
  if (!u.hostname) throw new DomainError('validation', t.errors.malformed, { field: 'url' })
  if (!u.username) throw new DomainError('validation', t.errors.noUser, { field: 'url' })
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''))
  if (!database) throw new DomainError('validation', t.errors.noDatabase, { field: 'url' })
  const password = u.password ? decodeURIComponent(u.password) : null
  return { url: withoutPassword(trimmed), password, user: decodeURIComponent(u.username), host: u.hostname, port: u.port || '5432', database }
}

/** PostgreSQL's and the network's refusals, in Danish. */
export function connectionError(e: unknown, target: ReturnType<typeof parseTeamUrl>): DomainError {
  const err = e as { code?: string; message?: string }
  const message = String(err?.message ?? e)
  const text =
    err?.code === 'ECONNREFUSED'
      ? t.errors.refused(target.host, target.port)
      : err?.code === 'ENOTFOUND' || err?.code === 'EAI_AGAIN'
        ? t.errors.unknownHost(target.host)
        : /timeout/i.test(message)
          ? t.errors.timeout(target.host)
          : err?.code === '28P01'
            ? t.errors.wrongPassword(target.user)
            : /password must be a string|no password/i.test(message)
              ? t.errors.passwordNeeded(target.user)
              : err?.code === '28000'
                ? t.errors.userRefused(target.user, target.database)
                : err?.code === '3D000'
                  ? t.errors.noSuchDatabase(target.database, target.host)
                  : t.errors.failed(message)
  return new DomainError('database', text, { field: 'url' })
}

/** Connects once: who logs in, which database and server, and whether this version can use its schema. */
export async function testTeamConnection(input: { url: string; password?: string | undefined }) {
  const target = parseTeamUrl(input.url)
  const password = input.password || target.password
  let found: Awaited<ReturnType<typeof probePostgres>>
  try {
    found = await probePostgres(password ? withPassword(target.url, password) : target.url, CONNECT_TIMEOUT_MS)
  } catch (e) {
    throw connectionError(e, target)
  }
  // A newer or a different version's schema is refused here already, with the same message as at start.
  checkMigrationPrefix(found.applied, migrationNames, target.url)
  return { user: found.user, database: found.database, server: `PostgreSQL ${found.server}`, schemaVersion: found.applied.at(-1) ?? null }
}

export function teamDatabaseStatus(ctx: ServiceContext): TeamDatabaseStatus {
  const file = settingsFileOf(ctx)
  const stored = readTeamSettings(file)
  const kind = ctx.sqlite ? ('sqlite' as const) : ('postgres' as const)
  const running = kind === 'postgres' ? withoutPassword(ctx.databaseFile) : null
  return {
    current: { kind, target: ctx.databaseFile, user: ctx.osUser },
    stored: stored ? { url: stored.url, passwordStored: stored.sealedPassword !== undefined } : null,
    settingsFile: file,
    restartNeeded: (stored?.url ?? null) !== running
  }
}

/**
 * Keeps the team database for the next start (after a test that must pass), or with url null the
 * local file again. A password is stored only sealed by the desktop shell (`sealedPassword`), never
 * as typed.
 */
export async function saveTeamConnection(
  ctx: ServiceContext,
  input: { url: string | null; password?: string | undefined; sealedPassword?: string | undefined }
): Promise<TeamDatabaseStatus> {
  const file = settingsFileOf(ctx)
  if (input.url === null) {
    writeTeamSettings(file, null)
    return teamDatabaseStatus(ctx)
  }
  await testTeamConnection({ url: input.url, password: input.password })
  const { url } = parseTeamUrl(input.url)
  writeTeamSettings(file, { url, ...(input.sealedPassword ? { sealedPassword: input.sealedPassword } : {}) })
  return teamDatabaseStatus(ctx)
}
