// Playwright globalSetup: the demo project is made once per run with the built CLI (`puljestyr demo`),
// and the tests that start on the demo copy that file instead of each creating the demo again
// (two years of hours, meetings and 150 participants: most of a test's time on a loaded 2-core
// machine). The test that creates the demo through the start page still starts empty
// (tests/e2e/foundation.spec.ts).
// With DIALECT=postgres (`npm run test:e2e:pg`) browser mode runs on the team database instead: a
// throwaway PostgreSQL cluster (tests/support/postgres.ts) with a migrated template database and a
// demo database, which each test copies (CREATE DATABASE … TEMPLATE).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startClusterWith } from '../support/postgres'

export const DEMO_TEMPLATE_ENV = 'PULJESTYR_E2E_DEMO_DB'
/** With DIALECT=postgres: the cluster's address (postgres://postgres@127.0.0.1:<port>/). */
export const E2E_CLUSTER_ENV = 'PULJESTYR_E2E_PG'
export const E2E_EMPTY_TEMPLATE = 'puljestyr_e2e_empty'
export const E2E_DEMO_TEMPLATE = 'puljestyr_e2e_demo'

const cli = path.resolve(__dirname, '..', '..', 'bin', 'puljestyr.cjs')

export default async function globalSetup(): Promise<() => void> {
  if (process.env.DIALECT === 'postgres') return postgresSetup()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-e2e-demo-'))
  const file = path.join(dir, 'demo.db')
  execFileSync(process.execPath, [cli, 'demo', '--db', file], { stdio: 'pipe' })
  // The CLI closes the database, which folds the write-ahead log into the file: one file to copy.
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) throw new Error(`the demo template ${file} still has a write-ahead log`)
  process.env[DEMO_TEMPLATE_ENV] = file
  return () => fs.rmSync(dir, { recursive: true, force: true })
}

async function postgresSetup(): Promise<() => void> {
  const cluster = await startClusterWith([E2E_EMPTY_TEMPLATE, E2E_DEMO_TEMPLATE], async (baseUrl) => {
    execFileSync(process.execPath, [cli, 'migrate', '--db', `${baseUrl}${E2E_EMPTY_TEMPLATE}`], { stdio: 'pipe' })
    execFileSync(process.execPath, [cli, 'demo', '--db', `${baseUrl}${E2E_DEMO_TEMPLATE}`], { stdio: 'pipe' })
  })
  process.env[E2E_CLUSTER_ENV] = cluster.baseUrl
  return () => cluster.stop()
}
