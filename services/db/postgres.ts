// THE one place for PostgreSQL-specific code (the team database): the pool with type parsers that
// give numbers back as numbers, the translation of the migrations' SQLite column types, and the
// applied-migrations check. Services never import this file: they see kysely only.
import { Kysely, PostgresDialect, sql, type KyselyPlugin, type OperationNode, type RootOperationNode } from 'kysely'
import pg from 'pg'
import { DomainError } from '@shared/errors'
import { unitMessages } from '@shared/texts/da/common'
import type { Database } from './schema'

const OID = { int8: 20, numeric: 1700 } as const

/** bigint (count, ids) and numeric (sum of bigint) as JS numbers: money is integer øre, far below 2^53. */
function parseWholeNumber(text: string): number {
  const n = Number(text)
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new DomainError('database', unitMessages.numberTooBig(text))
  return n
}

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8 || oid === OID.numeric) return parseWholeNumber
    return pg.types.getTypeParser(oid, format ?? 'text')
  }
} as pg.CustomTypesConfig

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target)
}

/** The connection string without its password, for messages and the app's "database" line. */
export function redactPostgresUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}

export function openPostgresPool(url: string, options: { max?: number } = {}): pg.Pool {
  return new pg.Pool({ connectionString: url, types: typeParsers, max: options.max ?? 10 })
}

export function kyselyForPostgres(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

/** Names of migrations that kysely recorded as applied, in the order they ran. */
export async function appliedMigrationNamesPostgres(db: Kysely<Database>): Promise<string[]> {
  const exists = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db)
  if (!exists.rows[0]?.t) return []
  const rows = await sql<{ name: string }>`select name from kysely_migration order by timestamp, name`.execute(db)
  return rows.rows.map((r) => r.name)
}

/**
 * The migrations are written once, in SQLite's types. On PostgreSQL: every integer is a bigint (øre
 * sums and ids never overflow, and the type parser above returns them as numbers), an
 * autoincrement key is an identity column (by default, so that `copy` can keep ids), and a blob is
 * bytea. Applied only to the migrator's connection, so no service query is rewritten.
 */
export const postgresSchemaPlugin: KyselyPlugin = {
  transformQuery({ node }) {
    if (node.kind !== 'CreateTableNode') return node
    const table = node as RootOperationNode & { columns: readonly ColumnDefinition[] }
    return Object.freeze({ ...table, columns: Object.freeze(table.columns.map(translateColumn)) }) as RootOperationNode
  },
  async transformResult({ result }) {
    return result
  }
}

interface ColumnDefinition extends OperationNode {
  dataType: OperationNode & { dataType?: string }
  autoIncrement?: boolean
  generated?: OperationNode
}

const TYPES: Record<string, string> = { integer: 'bigint', blob: 'bytea' }

function translateColumn(column: ColumnDefinition): ColumnDefinition {
  const dataType = column.dataType.kind === 'DataTypeNode' ? column.dataType.dataType : undefined
  const translated = dataType ? TYPES[dataType] : undefined
  const out: ColumnDefinition = { ...column }
  if (translated) out.dataType = Object.freeze({ kind: 'DataTypeNode' as const, dataType: translated })
  if (column.autoIncrement) {
    out.autoIncrement = false
    out.generated = Object.freeze({ kind: 'GeneratedNode' as const, byDefault: true, identity: true })
  }
  return Object.freeze(out)
}
