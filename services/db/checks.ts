// What `verify` needs to know about the database underneath, one implementation per dialect: its
// schema objects, the schema this version's migrations create (described the same way), the audit
// trail's counter of handed-out entry numbers where the database keeps one exactly, and the
// database's own integrity check. Everything else `verify` reads through kysely, alike on both.
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { databaseKind, type DatabaseKind, type SchemaObject } from './dialect'
import { auditCounterSqlite, entryHashInputSqlite, expectedSchemaSqlite, integritySqlite, readSchemaSqlite, rowJsonSqlite } from './sqlite'
import { expectedSchemaPostgres, integrityPostgres, readSchemaPostgres } from './postgres'

export interface DatabaseChecks {
  kind: DatabaseKind
  /** What this version's migrations create. */
  expectedSchema(): Promise<SchemaObject[]>
  /** What the database holds, described as expectedSchema describes it. */
  schema(db: Kysely<Database>): Promise<SchemaObject[]>
  /**
   * The highest audit entry number ever handed out, where the database keeps it exactly: SQLite's
   * AUTOINCREMENT counter (restored by a rollback). null on PostgreSQL, whose sequences also move on
   * for rolled-back inserts, so a gap there proves nothing; a cut-off tail shows there as rows that
   * no longer match their last entry, and as an anchor from a printout that is missing.
   */
  auditCounter(db: Kysely<Database>): Promise<number | null>
  /** The database's own check of its files: "ok" or what it found. */
  integrity(db: Kysely<Database>): Promise<string>
  /**
   * An SQL expression (over the table as `t`) that writes a row as the canonical JSON its audit
   * snapshot holds, so that the database compares them itself; null for a table it cannot write so
   * (blobs). Absent where the database's JSON is written differently (PostgreSQL).
   */
  rowJson?(db: Kysely<Database>, table: string): Promise<string | null>
  /**
   * An SQL expression (over audit_log) that writes what each entry's hash is taken of, as bytes, so
   * that verify only hashes them; null when the trail's columns are not exactly the payload's and
   * id, prev_hash, hash. Absent where the database's JSON is written differently (PostgreSQL).
   */
  entryHashInput?(db: Kysely<Database>, payloadColumns: readonly string[]): Promise<string | null>
}

/** The checks for `root`'s dialect; `root` is the database itself (not a transaction): PostgreSQL builds the expected schema on a connection of its own. */
export function databaseChecks(root: Kysely<Database>): DatabaseChecks {
  if (databaseKind(root) === 'postgres') {
    return {
      kind: 'postgres',
      expectedSchema: () => expectedSchemaPostgres(root),
      schema: (db) => readSchemaPostgres(db),
      auditCounter: async () => null,
      integrity: integrityPostgres
    }
  }
  return {
    kind: 'sqlite',
    expectedSchema: async () => (await expectedSchemaSqlite()).objects,
    schema: readSchemaSqlite,
    auditCounter: auditCounterSqlite,
    integrity: integritySqlite,
    rowJson: rowJsonSqlite,
    entryHashInput: entryHashInputSqlite
  }
}
