// DIALECT=sqlite|postgres: which database the integration tests run on (default sqlite).
import pg from 'pg'

export type TestDialect = 'sqlite' | 'postgres'

export function testDialect(): TestDialect {
  const d = process.env.DIALECT ?? 'sqlite'
  if (d !== 'sqlite' && d !== 'postgres') throw new Error(`DIALECT must be sqlite or postgres, not ${d}`)
  return d
}

let admin: pg.Pool | null = null
let counter = 0

/** A new database copied from the migrated template (tests/support/globalSetup.ts); its connection string. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  const base = process.env.PULJESTYR_TEST_PG
  if (!base) throw new Error('DIALECT=postgres, but no test cluster was started (tests/support/globalSetup.ts)')
  admin ??= new pg.Pool({ connectionString: `${base}postgres`, max: 2 })
  const name = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`
  await admin.query(`create database ${name} template ${options.empty ? 'template0' : 'puljestyr_template'}`)
  return `${base}${name}`
}

/**
 * A copy of a test database that nothing has open: a file copied beside it, or on PostgreSQL a new
 * database made with the original as its template (a copy at the server, fast however large).
 */
export async function copyTestDatabase(target: string): Promise<string> {
  const name = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`
  if (!/^postgres(ql)?:\/\//i.test(target)) {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const file = path.join(path.dirname(target), `${name}.db`)
    fs.copyFileSync(target, file)
    return file
  }
  const base = process.env.PULJESTYR_TEST_PG!
  admin ??= new pg.Pool({ connectionString: `${base}postgres`, max: 2 })
  await admin.query(`create database ${name} template ${new URL(target).pathname.slice(1)}`)
  return `${base}${name}`
}

/** Runs SQL on the test database outside the app (to tamper with it, as someone with file or DB access could). */
export async function executeOutsideApp(target: string, statement: string): Promise<void> {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const client = new pg.Client({ connectionString: target })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
    return
  }
  const { default: BetterSqlite3 } = await import('better-sqlite3')
  const raw = new BetterSqlite3(target)
  try {
    raw.exec(statement)
  } finally {
    raw.close()
  }
}
