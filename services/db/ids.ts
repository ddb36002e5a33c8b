// Ids when rows are written with the ids they had elsewhere (`puljestyr copy`): where new ids may
// start, and (PostgreSQL) moving each identity sequence past the ids written. The dialect's part
// is in sqlite.ts and postgres.ts; a service asks here.
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { databaseKind } from './dialect'
import { highestIdSqlite } from './sqlite'
import { advanceIdSequences, highestIdPostgres } from './postgres'

/** The highest id `table` has handed out (0 if none): ids written after it are never reused. */
export function highestId(db: Kysely<Database>, table: string): Promise<number> {
  return databaseKind(db) === 'postgres' ? highestIdPostgres(db, table) : highestIdSqlite(db, table)
}

/** After rows were written with explicit ids: new rows get ids after them (SQLite's counter moves by itself). */
export async function afterExplicitIds(db: Kysely<Database>, tables: readonly string[]): Promise<void> {
  if (databaseKind(db) === 'postgres') await advanceIdSequences(db, tables)
}
