// Where the database lives when no --db or PULJESTYR_DB names one. The desktop app uses
// Electron's userData folder instead (electron/main/index.ts).
import os from 'node:os'
import path from 'node:path'
import { readTeamSettings, teamSettingsFile } from './teamSettings'

export const DATABASE_FILE_NAME = 'puljestyr.db'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Puljestyr')
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Puljestyr')
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(os.homedir(), '.local', 'share')
  return path.join(xdg, 'Puljestyr')
}

/**
 * --db, else PULJESTYR_DB, else the team database chosen in the app's settings («Forbind til
 * fællesdatabase», services/db/teamSettings.ts; its password from ~/.pgpass or PGPASSWORD), else the
 * file in the user's data folder. A postgres:// connection string is kept as it is.
 */
export function resolveDatabaseFile(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const named = explicit || env.PULJESTYR_DB
  if (named) return /^postgres(ql)?:\/\//i.test(named) ? named : path.resolve(named)
  const team = readTeamSettings(teamSettingsFile(defaultDataDir(env)))
  if (team) return team.url
  return path.join(defaultDataDir(env), DATABASE_FILE_NAME)
}
