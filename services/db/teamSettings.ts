// «Forbind til fællesdatabase»: the team database the user chose in the app's settings, kept in the
// user's Puljestyr folder (defaultDataDir in services/db/location.ts) as faellesdatabase.json. It holds the connection
// string without its password. Only the desktop app stores a password, sealed with the operating
// system's keychain (Electron's safeStorage) by the shell before it reaches the services; browser
// mode and the CLI store none, and PostgreSQL's client reads it from ~/.pgpass or PGPASSWORD.
import fs from 'node:fs'
import path from 'node:path'

export const TEAM_SETTINGS_FILE = 'faellesdatabase.json'

export interface TeamSettings {
  /** postgres://user@host:port/database, never with a password. */
  url: string
  /** The password sealed by the desktop app's keychain (base64), or absent. */
  sealedPassword?: string
}

/** The settings file in the user's Puljestyr folder (defaultDataDir, services/db/location.ts). */
export function teamSettingsFile(dir: string): string {
  return path.join(dir, TEAM_SETTINGS_FILE)
}

/** The stored choice, or null (none, or a file that is not one: the local file is used then). */
export function readTeamSettings(file: string): TeamSettings | null {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<TeamSettings>
    if (typeof raw.url !== 'string' || !/^postgres(ql)?:\/\//i.test(raw.url)) return null
    return { url: withoutPassword(raw.url), ...(typeof raw.sealedPassword === 'string' ? { sealedPassword: raw.sealedPassword } : {}) }
  } catch {
    return null
  }
}

/** Stores the choice (null: back to the local file), written whole or not at all. */
export function writeTeamSettings(file: string, settings: TeamSettings | null): void {
  if (settings === null) {
    fs.rmSync(file, { force: true })
    return
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}`
  fs.writeFileSync(
    tmp,
    `${JSON.stringify({ url: withoutPassword(settings.url), ...(settings.sealedPassword ? { sealedPassword: settings.sealedPassword } : {}) }, null, 2)}\n`,
    {
      mode: 0o600
    }
  )
  fs.renameSync(tmp, file)
}

export function withoutPassword(url: string): string {
  const u = new URL(url)
  u.password = ''
  return u.toString()
}

export function withPassword(url: string, password: string): string {
  const u = new URL(url)
  u.password = password
  return u.toString()
}
