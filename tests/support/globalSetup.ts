// vitest globalSetup. With DIALECT=postgres: starts the throwaway cluster (tests/support/postgres.ts),
// migrates one template database, and tells the test processes where it is; each test runtime then
// gets its own database copied from the template. With DIALECT=sqlite (the default): nothing.
import { openDatabase } from '../../services/db/open'
import { startClusterWith } from './postgres'

export const TEMPLATE_DATABASE = 'puljestyr_template'

export default async function setup(): Promise<(() => void) | undefined> {
  if ((process.env.DIALECT ?? 'sqlite') !== 'postgres') return undefined
  if (process.env.PULJESTYR_TEST_PG) return undefined // a cluster given from outside
  const cluster = await startClusterWith([TEMPLATE_DATABASE], async (baseUrl) => {
    const template = await openDatabase(`${baseUrl}${TEMPLATE_DATABASE}`)
    await template.close()
  })
  process.env.PULJESTYR_TEST_PG = cluster.baseUrl
  return () => cluster.stop()
}
