// Services off the UI thread (issue #14): the pool of service workers behind browser mode's bridge
// (worker threads of the built out/node/serviceWorker.cjs, as `puljestyr serve` runs them), and the
// message protocol that the desktop app's utility processes speak too.
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserMode, type BrowserMode } from '../../../server/browserMode'
import { createServicePool, type WorkerChannel } from '../../../server/serviceHost/pool'
import { parseHostMessage, parseWorkerMessage, type MessageChannelEnd } from '../../../server/serviceHost/protocol'
import { runServiceWorker } from '../../../server/serviceHost/worker'
import { apiCall, signIn } from '../../support/http'

/** Waits (without a clock) until `condition` holds, checking once per turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setImmediate(r))
}

describe('the service workers’ message protocol', () => {
  it('accepts the protocol’s messages and refuses anything else', () => {
    expect(parseHostMessage({ kind: 'call', id: 1, method: 'projects.list', input: {} })).not.toBeNull()
    expect(parseHostMessage({ kind: 'init', role: 'primary', databaseFile: '/tmp/x.db', dailyBackups: false, printer: true })).not.toBeNull()
    expect(parseHostMessage({ kind: 'printed', id: 2, outcome: { ok: true, pdf: new Uint8Array([37, 80]) } })).not.toBeNull()
    for (const bad of [null, 'call', { kind: 'eval', code: '1' }, { kind: 'call', id: -1, method: 'x' }, { kind: 'init', role: 'root', databaseFile: 'x' }]) {
      expect(parseHostMessage(bad)).toBeNull()
    }
    expect(parseHostMessage({ kind: 'printed', id: 2, outcome: { ok: true, pdf: 'JVBERi0=' } })).toBeNull()
    expect(parseWorkerMessage({ kind: 'result', id: 3, result: { ok: false, error: { code: 'validation', message: 'Forkert.' } } })).not.toBeNull()
    expect(parseWorkerMessage({ kind: 'result', id: 3, result: { ok: false, error: { code: 'oops', message: 'x' } } })).toBeNull()
    expect(parseWorkerMessage({ kind: 'print', id: 4, route: '/print/revisor/1' })).not.toBeNull()
  })

  it('a worker answers calls, prints through its host and closes, all by messages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-worker-'))
    const toHost: unknown[] = []
    let deliver!: (m: unknown) => void
    let ended = false
    const channel: MessageChannelEnd = { postMessage: (m) => toHost.push(m), onMessage: (l) => (deliver = l) }
    runServiceWorker(channel, () => (ended = true))
    const next = async (kind: string) => {
      await until(() => toHost.some((m) => (m as { kind: string }).kind === kind))
      const i = toHost.findIndex((m) => (m as { kind: string }).kind === kind)
      return toHost.splice(i, 1)[0] as Record<string, unknown>
    }
    try {
      deliver({ kind: 'init', role: 'primary', databaseFile: path.join(dir, 'p.db'), dailyBackups: false, printer: true })
      expect(await next('ready')).toMatchObject({ databaseFile: path.join(dir, 'p.db'), backupsFolder: null })
      deliver({ kind: 'call', id: 7, method: 'pools.list', input: {} })
      const pools = await next('result')
      expect(pools.id).toBe(7)
      expect((pools.result as { data: { key: string }[] }).data.map((p) => p.key)).toEqual(['FSM2', 'FSM1', 'HRF'])
      // Asked for JSON (the HTTP bridge asks so), the worker writes the result's JSON text itself, in bytes.
      deliver({ kind: 'call', id: 10, method: 'pools.list', input: {}, json: true })
      const answer = await next('answer')
      expect(parseWorkerMessage(answer)).not.toBeNull()
      expect(answer.errorCode).toBeNull()
      expect(JSON.parse(new TextDecoder().decode(answer.json as Uint8Array))).toEqual(pools.result)
      deliver({ kind: 'call', id: 11, method: 'pools.get', input: { poolId: 999_999 }, json: true })
      const refused = await next('answer')
      expect(refused.errorCode).toBe('not_found')
      expect(JSON.parse(new TextDecoder().decode(refused.json as Uint8Array))).toMatchObject({ ok: false, error: { code: 'not_found' } })
      // print.pdf in the worker asks the host for the PDF; the host's answer comes back as the call's result.
      deliver({ kind: 'call', id: 8, method: 'print.pdf', input: { route: '/print/revisor/1', fileName: 'r.pdf' } })
      const ask = await next('print')
      expect(ask).toMatchObject({ route: '/print/revisor/1' })
      deliver({ kind: 'printed', id: ask.id, outcome: { ok: false, error: { code: 'not_found', message: 'Projekt 1 findes ikke.' }, domain: true } })
      expect((await next('result')).result).toEqual({ ok: false, error: { code: 'not_found', message: 'Projekt 1 findes ikke.' } })
      // A message outside the protocol is refused, not run.
      deliver({ kind: 'call', id: 'x', method: 'pools.list' })
      deliver({ kind: 'close', id: 9 })
      expect(await next('done')).toEqual({ kind: 'done', id: 9 })
      expect(ended).toBe(true)
      expect(toHost.filter((m) => (m as { kind: string }).kind === 'result')).toEqual([])
      expect(toHost).toContainEqual({ kind: 'log', message: 'Tjenesten fik en besked uden for protokollen; den blev afvist.' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
  it('a secondary leaves the day’s backup to the primary: its first call asks the host before it runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-worker-'))
    const toHost: { kind: string; id?: number }[] = []
    let deliver!: (m: unknown) => void
    runServiceWorker({ postMessage: (m) => toHost.push(m as { kind: string }), onMessage: (l) => (deliver = l) }, () => {})
    try {
      deliver({ kind: 'init', role: 'secondary', databaseFile: path.join(dir, 'p.db'), dailyBackups: true, printer: false })
      await until(() => toHost.some((m) => m.kind === 'ready'))
      // The secondary made no backup of its own when it opened the file.
      expect(fs.existsSync(path.join(dir, 'sikkerhedskopier'))).toBe(false)
      deliver({ kind: 'call', id: 1, method: 'pools.list', input: {} })
      await until(() => toHost.some((m) => m.kind === 'ensureBackup'))
      expect(toHost.some((m) => m.kind === 'result')).toBe(false)
      deliver({ kind: 'backupEnsured', id: toHost.find((m) => m.kind === 'ensureBackup')!.id })
      await until(() => toHost.some((m) => m.kind === 'result'))
      // The same day's next call does not ask again.
      deliver({ kind: 'call', id: 2, method: 'pools.list', input: {} })
      await until(() => toHost.filter((m) => m.kind === 'result').length === 2)
      expect(toHost.filter((m) => m.kind === 'ensureBackup')).toHaveLength(1)
      expect(fs.existsSync(path.join(dir, 'sikkerhedskopier'))).toBe(false)
      deliver({ kind: 'close', id: 3 })
      await until(() => toHost.some((m) => m.kind === 'done'))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the pool', () => {
  it('a secondary’s first call of the day does not wait for a busy primary that made the day’s backup when it started', async () => {
    // Two scripted workers: both start; the primary then never answers (as one in a long export).
    const toPrimary: { kind: string }[] = []
    const toSecondary: { kind: string; id?: number }[] = []
    const listeners: ((m: unknown) => void)[] = []
    const scripted = (index: number): WorkerChannel => {
      const inbox = index === 0 ? toPrimary : toSecondary
      return {
        postMessage: (m) => {
          inbox.push(m as { kind: string })
          if ((m as { kind: string }).kind === 'init') setImmediate(() => listeners[index]!({ kind: 'ready', databaseFile: '/tmp/p.db', backupsFolder: null }))
        },
        onMessage: (l) => (listeners[index] = l),
        onExit: () => {},
        terminate: () => {}
      }
    }
    let spawned = 0
    const pool = await createServicePool({
      databaseFile: '/tmp/p.db',
      size: 2,
      spawn: () => scripted(spawned++),
      dailyBackups: true,
      printer: null,
      log: () => {}
    })
    expect(pool.size).toBe(2)
    listeners[1]!({ kind: 'ensureBackup', id: 5 })
    await until(() => toSecondary.some((m) => m.kind === 'backupEnsured'))
    expect(toSecondary.find((m) => m.kind === 'backupEnsured')).toEqual({ kind: 'backupEnsured', id: 5 })
    expect(toPrimary.map((m) => m.kind)).toEqual(['init'])
  })

  it('a worker’s warm-up (the revisor export’s: its summary is coming) starts the host’s printer', async () => {
    let listener!: (m: unknown) => void
    const warmedUp: string[] = []
    const pool = await createServicePool({
      databaseFile: '/tmp/p.db',
      size: 1,
      spawn: () => ({
        postMessage: (m) => {
          if ((m as { kind: string }).kind === 'init') setImmediate(() => listener({ kind: 'ready', databaseFile: '/tmp/p.db', backupsFolder: null }))
        },
        onMessage: (l) => (listener = l),
        onExit: () => {},
        terminate: () => {}
      }),
      dailyBackups: false,
      printer: { printRoute: async () => new Uint8Array(), warmUp: () => void warmedUp.push('warmUp'), close: async () => {} },
      log: () => {}
    })
    listener({ kind: 'warmUp' })
    await until(() => warmedUp.length > 0)
    expect(warmedUp).toEqual(['warmUp'])
    expect(pool.size).toBe(1)
  })
})

describe('browser mode runs the services in a pool of worker threads', () => {
  let dir: string
  let mode: BrowserMode
  let cookie: string
  const api = (method: string, input: unknown) => apiCall(mode.bridge.port, cookie, method, input)

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-pool-'))
    mode = await startBrowserMode({ databaseFile: path.join(dir, 'puljestyr.db'), chromiumPath: null, dailyBackups: true, log: () => {} })
    cookie = await signIn(mode.bridge.url)
  }, 60_000)
  afterAll(async () => {
    await mode.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('starts two workers and makes the day’s backup once, in the primary', async () => {
    expect(mode.pool.size).toBe(2)
    const list = (await api('app.backups.list', {})).data as { items: { name: string }[] }
    expect(list.items).toHaveLength(1)
    expect(fs.readdirSync(path.join(dir, 'sikkerhedskopier')).filter((f) => f.endsWith('.db'))).toHaveLength(1)
  })

  it('a restore swaps the file under every worker: each one then reads the restored database', async () => {
    const created = await api('projects.create', {
      poolId: 3,
      municipality: 'Hedensted Kommune',
      title: 'Ressourceforløb med jobperspektiv',
      caseNumber: '',
      responsible: 'Allan Munkholm',
      periodStart: '2018-01-01',
      periodEnd: '2018-12-31',
      amountAppliedOre: 60000000,
      grantAmountOre: 60000000,
      grantByYear: [{ year: 2018, amountOre: 60000000 }]
    })
    expect(created.ok).toBe(true)
    const [name] = ((await api('app.backups.list', {})).data as { items: { name: string }[] }).items.map((i) => i.name)
    expect(await api('app.backups.restore', { name })).toMatchObject({ ok: true })
    // Two calls at once go to the two workers; both read the backup (made before the project): no projects.
    const seen = await Promise.all([api('projects.list', {}), api('projects.list', {})])
    expect(seen.map((r) => r.data)).toEqual([[], []])
  })

  it('a spending request answers while a long `verify` is in flight in the other worker', async () => {
    const projectId = ((await api('demo.open', {})).data as { projectId: number }).projectId
    // Both workers have loaded the budget's code (two calls at once go to both).
    await Promise.all([api('budget.spending', { projectId }), api('budget.spending', { projectId })])
    const order: string[] = []
    const verify = api('audit.verify', {}).then((r) => {
      order.push('verify')
      return r
    })
    await until(() => mode.pool.inFlight().some((n) => n > 0))
    for (let i = 0; i < 3; i++) {
      const spending = await api('budget.spending', { projectId })
      expect(spending.ok).toBe(true)
      order.push('spending')
    }
    expect((await verify).data).toMatchObject({ ok: true })
    expect(order).toEqual(['spending', 'spending', 'spending', 'verify'])
  }, 120_000)
})

describe('the desktop app’s service processes', () => {
  it('the built utility-process entry (out/main/serviceWorker.js) serves a pool over its parent port', async () => {
    const script = path.resolve('out', 'main', 'serviceWorker.js')
    if (!fs.existsSync(script)) throw new Error('Kør «npm run build» før denne test.')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-utility-'))
    // Electron's process.parentPort, played by a Node child process's IPC channel.
    const parentPort = path.join(dir, 'parentPort.cjs')
    fs.writeFileSync(
      parentPort,
      `const { EventEmitter } = require('node:events')
const port = new EventEmitter()
port.postMessage = (m) => process.send(m)
process.on('message', (data) => port.emit('message', { data, ports: [] }))
process.parentPort = port
`
    )
    const spawnUtility = (): WorkerChannel => {
      const child = fork(script, [], { execArgv: ['--require', parentPort], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
      return {
        postMessage: (m) => child.send(m as object),
        onMessage: (l) => child.on('message', l),
        onExit: (l) => child.on('exit', l),
        terminate: () => void child.kill()
      }
    }
    const pool = await createServicePool({
      databaseFile: path.join(dir, 'p.db'),
      size: 2,
      spawn: spawnUtility,
      dailyBackups: false,
      printer: null,
      log: () => {}
    })
    try {
      expect(pool.size).toBe(2)
      const [a, b] = await Promise.all([pool.call('pools.list', {}), pool.call('projects.list', {})])
      expect(a).toMatchObject({ ok: true, data: [{ key: 'FSM2' }, { key: 'FSM1' }, { key: 'HRF' }] })
      expect(b).toEqual({ ok: true, data: [] })
      expect(await pool.call('print.pdf', { route: '/print/revisor/1', fileName: 'r.pdf' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
      expect(await pool.call('nope', {})).toMatchObject({ ok: false, error: { code: 'validation', message: 'API-kaldet «nope» findes ikke.' } })
    } finally {
      await pool.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
