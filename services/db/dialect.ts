// The little a service may need to know about the database underneath, asked of the kysely
// instance itself (so no service is told which database it runs on).
import { PostgresAdapter, type Kysely } from 'kysely'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'

export type DatabaseKind = 'sqlite' | 'postgres'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read
export function databaseKind(db: Kysely<any>): DatabaseKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** One object of a database's schema as `verify` compares it: what it is, its name, its definition. */
export interface SchemaObject {
  type: string
  name: string
  sql: string | null
}

/**
 * Appends to the audit chain must be serialised: SQLite has one writer at a time, and on PostgreSQL
 * every write transaction takes the writer lock at BEGIN (services/db/postgres.ts). An append outside
 * a transaction would run between other writers' statements and could fork the chain, so it is a
 * programming error, refused here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: a check, no table
export function assertAuditInTransaction(db: Kysely<any>): void {
  if (!db.isTransaction && databaseKind(db) === 'postgres') throw new Error('An audited write on the team database must run inside db.transaction()')
}

/**
 * The database's own refusal of a write as a Danish error value; null for any other error.
 * PostgreSQL: a role without the GRANT (a revisor or controller may only read), a row-level security
 * policy (a project leader writing another project's rows), the audit trail's check that entries
 * name the role that logged in, and a writer that waited too long for another (lock_timeout).
 */
export function databaseRefusal(e: unknown): DomainError | null {
  const err = e as { code?: unknown; message?: unknown } | null
  if (!err) return null
  const message = String(err.message ?? '')
  if (err.code === '55P03' || err.code === '40001' || err.code === '40P01') return new DomainError('database', da.core.errors.teamDatabaseBusy)
  if (err.code !== '42501') return null // insufficient_privilege
  const table = /(?:for|on) (?:table|relation|sequence) "?([\w.]+)"?/.exec(message)?.[1] ?? null
  if (/row-level security/.test(message)) return new DomainError('unauthorized', da.core.errors.projectRefusedByDatabase(table))
  if (/puljestyr_audit_actor/.test(message)) return new DomainError('unauthorized', da.core.errors.actorRefusedByDatabase)
  return new DomainError('unauthorized', da.core.errors.writeRefusedByDatabase(table))
}
