// vitest globalSetup. With DIALECT=postgres: starts the throwaway cluster (tests/support/postgres.ts),
// migrates one template database, and tells the test processes where it is; each test runtime then
// gets its own database copied from the template. With DIALECT=sqlite (the default): nothing.
import pg from 'pg'
import { openDatabase } from '../../services/db/open'
import { findPostgresBin, startTestCluster } from './postgres'

export const TEMPLATE_DATABASE = 'puljestyr_template'

export default async function setup(): Promise<(() => void) | undefined> {
  if ((process.env.DIALECT ?? 'sqlite') !== 'postgres') return undefined
  if (process.env.PULJESTYR_TEST_PG) return undefined // a cluster given from outside
  const bin = findPostgresBin()
  if (!bin) throw new Error('DIALECT=postgres, but no PostgreSQL server binaries (initdb, pg_ctl) were found: set PG_BIN')
  const cluster = await startTestCluster(bin)
  try {
    const admin = new pg.Client({ connectionString: `${cluster.baseUrl}postgres` })
    await admin.connect()
    await admin.query(`create database ${TEMPLATE_DATABASE}`)
    await admin.end()
    const template = await openDatabase(`${cluster.baseUrl}${TEMPLATE_DATABASE}`)
    await template.close()
  } catch (e) {
    cluster.stop()
    throw e
  }
  process.env.PULJESTYR_TEST_PG = cluster.baseUrl
  return () => cluster.stop()
}
