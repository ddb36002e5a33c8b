// «Forbind til fællesdatabase» in the desktop app: the one thing the shell adds to the services'
// own handling (services/core/teamDatabase.ts) is the operating system's keychain, which only the
// main process may use. A password typed in the settings is sealed with it before the request goes
// on to the services (which store only the sealed form), and unsealed at the next start.
import { safeStorage } from 'electron'
import { defaultDataDir } from '../../services/db/location'
import { readTeamSettings, teamSettingsFile, withPassword } from '../../services/db/teamSettings'

/** The request to save the team database, with the password also sealed (where the keychain works). */
export function sealTeamPassword(method: unknown, input: unknown): unknown {
  if (method !== 'app.teamDatabase.save' || !input || typeof input !== 'object') return input
  const password = (input as { password?: unknown }).password
  if (typeof password !== 'string' || password === '' || !safeStorage.isEncryptionAvailable()) return input
  return { ...input, sealedPassword: safeStorage.encryptString(password).toString('base64') }
}

/** The team database chosen in the settings, with its unsealed password; null: the local file. */
export function storedTeamDatabase(): string | null {
  const stored = readTeamSettings(teamSettingsFile(defaultDataDir()))
  if (!stored) return null
  if (!stored.sealedPassword || !safeStorage.isEncryptionAvailable()) return stored.url
  try {
    return withPassword(stored.url, safeStorage.decryptString(Buffer.from(stored.sealedPassword, 'base64')))
  } catch {
    // Sealed on another machine or by another user: PostgreSQL's own ~/.pgpass or PGPASSWORD then.
    return stored.url
  }
}
