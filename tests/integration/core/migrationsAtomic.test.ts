// Migrations on a SQLite file commit as one or not at all (services/db/sqlite.ts): a start that
// stops half-way (killed, or a migration that fails) leaves the file as it was, so the next start
// runs them again instead of failing on tables a half-run migration left behind.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Migrator, type Kysely, type Migration } from 'kysely'
import { afterEach, expect, it } from 'vitest'
import { kyselyFor } from '../../../services/db/sqlite'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-migrate-'))
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
const table = (name: string) => async (db: Kysely<any>) => {
  await db.schema
    .createTable(name)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .execute()
}

it('a migration that fails half-way leaves none of the pending ones behind, and the next run makes them all', async () => {
  const file = path.join(dir, 'a.db')
  let failing = true
  const migrations: Record<string, Migration> = {
    '0001_first': { up: table('first') },
    '0002_second': {
      up: async (db) => {
        await table('second')(db)
        if (failing) throw new Error('stopped half-way')
      }
    }
  }
  const run = async () => {
    const handle = new BetterSqlite3(file)
    const db = kyselyFor(handle)
    try {
      const result = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()
      const tables = (
        handle.prepare("select name from sqlite_master where type = 'table' and name in ('first', 'second') order by name").all() as { name: string }[]
      ).map((t) => t.name)
      return { error: result.error, tables }
    } finally {
      await db.destroy()
    }
  }

  const stopped = await run()
  expect(String(stopped.error)).toContain('stopped half-way')
  expect(stopped.tables).toEqual([])

  failing = false
  const next = await run()
  expect(next.error).toBeUndefined()
  expect(next.tables).toEqual(['first', 'second'])
})
