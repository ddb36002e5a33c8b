// The little a service may need to know about the database underneath, asked of the kysely
// instance itself (so no service is told which database it runs on).
import { PostgresAdapter, sql, type Kysely } from 'kysely'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'

export type DatabaseKind = 'sqlite' | 'postgres'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read
export function databaseKind(db: Kysely<any>): DatabaseKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** Any fixed number: the key of the transaction lock that serialises appends to the audit chain. */
const AUDIT_CHAIN_LOCK = 0x70756c6a // 'pulj'

/**
 * Serialises appends to the audit chain within the caller's transaction. SQLite already has only
 * one writer at a time; on PostgreSQL two transactions would otherwise read the same last hash and
 * fork the chain, so the second waits here until the first commits.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: a lock, no table
export async function lockAuditChain(db: Kysely<any>): Promise<void> {
  if (databaseKind(db) === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK)})`.execute(db)
}

/**
 * The database's own refusal of a write (PostgreSQL's GRANTs: a revisor's or controller's role may
 * only read), as a Danish error value; null for any other error.
 */
export function databaseRefusal(e: unknown): DomainError | null {
  const err = e as { code?: unknown; message?: unknown } | null
  if (!err || err.code !== '42501') return null // insufficient_privilege
  const table = /for (?:table|relation|sequence) "?([\w.]+)"?/.exec(String(err.message ?? ''))?.[1] ?? null
  return new DomainError('unauthorized', da.core.errors.writeRefusedByDatabase(table))
}
