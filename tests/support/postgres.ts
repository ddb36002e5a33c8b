// A throwaway PostgreSQL cluster for the integration tests (DIALECT=postgres): initdb in a temp
// folder, run by an unprivileged user (PostgreSQL refuses to run as root), listening on a free
// loopback port with trust authentication for 127.0.0.1 only, stopped and removed at the end.
// The README's «Fællesdatabase på PostgreSQL» shows the same steps by hand.
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/** The system user that runs the test cluster when the tests run as root. */
export const TEST_CLUSTER_USER = 'puljestyr-test'

/** The PostgreSQL server binaries: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin, else the PATH. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = []
  if (env.PG_BIN) candidates.push(env.PG_BIN)
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, v, 'bin'))
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir)
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null
}

/** A loopback port nothing listens on (at the moment of asking). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port
      server.close(() => resolve(port))
    })
  })
}

/** uid/gid to run the cluster as: ourselves, or (as root) the test user, created when missing. */
function clusterUser(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null
  const id = (flag: string) => Number(execFileSync('id', [flag, TEST_CLUSTER_USER], { encoding: 'utf8' }).trim())
  if (spawnSync('id', [TEST_CLUSTER_USER]).status !== 0) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', TEST_CLUSTER_USER], { stdio: 'ignore' })
  }
  return { uid: id('-u'), gid: id('-g') }
}

export interface TestCluster {
  /** postgres://postgres@127.0.0.1:<port>/ (no database: append one). */
  baseUrl: string
  dir: string
  stop(): void
}

export async function startTestCluster(bin: string): Promise<TestCluster> {
  const user = clusterUser()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-pg-'))
  const data = path.join(dir, 'data')
  if (user) fs.chownSync(dir, user.uid, user.gid)
  const opts: SpawnSyncOptions = {
    stdio: 'pipe',
    encoding: 'utf8',
    cwd: dir,
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: 'C' }
  }
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(path.join(bin, cmd), args, opts)
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${String(r.stderr ?? '')}${String(r.stdout ?? '')}`)
  }
  // C collation and UTF-8: ORDER BY on text sorts as SQLite does (by code point).
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'])
  fs.appendFileSync(path.join(data, 'pg_hba.conf'), '\n# Puljestyr tests: loopback only\nhost all all 127.0.0.1/32 trust\n')
  const port = await freePort()
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start'])
  return {
    baseUrl: `postgres://postgres@127.0.0.1:${port}/`,
    dir,
    stop() {
      spawnSync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], opts)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * The throwaway cluster with `databases` created in it, and `fill` run on them (migrate, a demo);
 * stopped again if anything fails. For vitest's and Playwright's globalSetup with DIALECT=postgres.
 */
export async function startClusterWith(databases: string[], fill: (baseUrl: string) => Promise<void>): Promise<TestCluster> {
  const bin = findPostgresBin()
  if (!bin) throw new Error('DIALECT=postgres, but no PostgreSQL server binaries (initdb, pg_ctl) were found: set PG_BIN')
  const cluster = await startTestCluster(bin)
  try {
    const admin = new pg.Client({ connectionString: `${cluster.baseUrl}postgres` })
    await admin.connect()
    try {
      for (const name of databases) await admin.query(`create database ${name}`)
    } finally {
      await admin.end()
    }
    await fill(cluster.baseUrl)
  } catch (e) {
    cluster.stop()
    throw e
  }
  return cluster
}
