// Where the database lives when no --db or PULJESTYR_DB names one. The desktop app uses
// Electron's userData folder instead (electron/main/index.ts).
import os from 'node:os'
import path from 'node:path'

export const DATABASE_FILE_NAME = 'puljestyr.db'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Puljestyr')
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Puljestyr')
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(os.homedir(), '.local', 'share')
  return path.join(xdg, 'Puljestyr')
}

/** --db, else PULJESTYR_DB, else the user's data folder. */
export function resolveDatabaseFile(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit)
  if (env.PULJESTYR_DB) return path.resolve(env.PULJESTYR_DB)
  return path.join(defaultDataDir(env), DATABASE_FILE_NAME)
}
