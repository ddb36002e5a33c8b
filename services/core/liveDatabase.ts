// The open database of a long-running host (the desktop app, browser mode): the connection that a
// restore from the settings page closes, replaces and reopens, and the daily backups made of it.
// The host keeps calling current() for the connection and close() at the end.
import { openDatabase, type OpenDatabase } from '../db/open'
import type { ServiceContext } from '../context'
import { createDailyBackups } from './backups'

interface LiveDatabase {
  current(): OpenDatabase
  close(): Promise<void>
}

export function bindLiveDatabase(ctx: ServiceContext, initial: OpenDatabase, options: { dailyBackups: boolean; log?: (msg: string) => void }): LiveDatabase {
  let database = initial
  const attach = (d: OpenDatabase) => {
    database = d
    ctx.db = d.db
    ctx.sqlite = d.kind === 'sqlite' ? d.handle : null
    ctx.databaseFile = d.file
    ctx.osUser = d.user
  }
  attach(initial)
  if (initial.kind === 'sqlite') {
    const file = initial.file
    ctx.backups = options.dailyBackups
      ? createDailyBackups({ databaseFile: file, handle: () => ctx.sqlite, now: ctx.now, ...(options.log ? { log: options.log } : {}) })
      : null
    ctx.replaceDatabase = async (restore) => {
      await database.close()
      try {
        return await restore(file)
      } finally {
        // The restored file, or the old one if the restore refused: the app goes on with a database.
        attach(await openDatabase(file))
      }
    }
  }
  return {
    current: () => database,
    close: () => database.close()
  }
}
