// A small pool of service workers, each with its own connection and registry, so that a long call
// (an export, `verify`, a big ledger) runs beside the others instead of in front of them (issue
// #14). Browser mode spawns worker threads, the desktop app utility processes; the pool itself is
// the same code, and only relays messages:
// - a call goes to the worker with the fewest calls in flight (ties: the lowest number);
// - an exclusive call (a restore, which replaces the file) waits for every running call, holds new
//   ones back, closes the other workers' connections, runs on the primary, and reopens them;
// - a worker's print request goes to the host's printer; a secondary's "make today's backup" to
//   the primary, so there is one backup a day and one writer of it.
import type { ApiResult } from '@shared/api/define'
import { da } from '@shared/texts/da'
import { toIsoDate } from '@shared/domain/dates'
import type { PdfPrinter } from '../../services/print/printer'
import { createGate, EXCLUSIVE_METHODS } from '../../services/callGate'
import { jsonOf, type ApiEndpoint, type JsonAnswer } from '../http'
import { parseWorkerMessage, printFailure, type HostMessage, type MessageChannelEnd, type WorkerInit, type WorkerMessage } from './protocol'

/** One running worker as the pool sees it. */
export interface WorkerChannel extends MessageChannelEnd {
  /** Calls `listener` when the worker ends (crashed, killed or closed). */
  onExit(listener: (code: number | null) => void): void
  /** Ends the worker at once. */
  terminate(): void
}

export interface ServicePoolOptions {
  databaseFile: string
  /** How many workers (at least 1; the first is the primary). */
  size: number
  /** Starts worker number `index`. */
  spawn(index: number): WorkerChannel
  dailyBackups: boolean
  /** The host's printer, or null where nothing can print. */
  printer: PdfPrinter | null
  log?: (msg: string) => void
}

export interface ServicePool extends ApiEndpoint {
  /** The database as the primary opened it (full path, or the connection string without password). */
  databaseFile: string
  /** The daily backups' folder, or null without daily backups. */
  backupsFolder: string | null
  size: number
  /** How many calls each worker has in flight (for tests and the log). */
  inFlight(): number[]
  close(): Promise<void>
}

/** How long a worker may take to close its database before it is ended. */
const CLOSE_WAIT_MS = 10_000

interface Slot {
  index: number
  channel: WorkerChannel
  inFlight: number
  exited: boolean
  pending: Map<number, (value: WorkerMessage) => void>
}

export async function createServicePool(options: ServicePoolOptions): Promise<ServicePool> {
  const log = options.log ?? ((m) => console.error(m))
  const size = Math.max(1, Math.floor(options.size))
  let nextId = 1
  let closing = false
  const slots: Slot[] = []
  // As the registry's gate (services/callGate.ts), across the workers.
  const gate = createGate()
  /** The local day whose backup the primary has made or tried (services/core/backups.ts: one try a day). */
  let backupDay: string | null = null

  const post = (slot: Slot, m: HostMessage) => slot.channel.postMessage(m)
  /** Sends a message that the worker answers with the same id (result or done). */
  const ask = (slot: Slot, m: HostMessage & { id: number }) =>
    new Promise<WorkerMessage>((resolve) => {
      if (slot.exited) return resolve({ kind: 'failed', message: da.core.bridge.servicesStopped })
      slot.pending.set(m.id, resolve)
      post(slot, m)
    })

  async function onWorkerMessage(slot: Slot, m: WorkerMessage): Promise<void> {
    switch (m.kind) {
      case 'result':
      case 'answer':
      case 'done': {
        const resolve = slot.pending.get(m.id)
        slot.pending.delete(m.id)
        resolve?.(m)
        return
      }
      case 'print': {
        if (!options.printer) {
          post(slot, { kind: 'printed', id: m.id, outcome: { ok: false, error: { code: 'conflict', message: da.core.errors.noChromium }, domain: true } })
          return
        }
        try {
          const pdf = await options.printer.printRoute(m.route, m.footer !== undefined ? { footer: m.footer } : {})
          post(slot, { kind: 'printed', id: m.id, outcome: { ok: true, pdf } })
        } catch (e) {
          post(slot, { kind: 'printed', id: m.id, outcome: printFailure(e) })
        }
        return
      }
      case 'warmUp':
        options.printer?.warmUp?.()
        return
      case 'ensureBackup': {
        const primary = slots[0]!
        const day = toIsoDate(new Date())
        // Once the primary has made (or tried) the day's backup, a secondary's first call of the day
        // need not wait for the primary, which may be in the middle of a long call (#14: an export).
        if (slot !== primary && backupDay !== day) {
          await ask(primary, { kind: 'ensureBackup', id: nextId++ })
          backupDay = day
        }
        post(slot, { kind: 'backupEnsured', id: m.id })
        return
      }
      case 'log':
        log(m.message)
        return
      case 'ready':
      case 'failed':
        return
    }
  }

  function start(index: number, role: WorkerInit['role']): Promise<{ slot: Slot; ready: WorkerMessage }> {
    const slot: Slot = { index, channel: options.spawn(index), inFlight: 0, exited: false, pending: new Map() }
    return new Promise((resolve) => {
      let started = false
      slot.channel.onMessage((raw) => {
        const m = parseWorkerMessage(raw)
        if (!m) {
          log(da.core.serviceHost.workerForeignMessage(index))
          return
        }
        if (!started && (m.kind === 'ready' || m.kind === 'failed')) {
          started = true
          resolve({ slot, ready: m })
          return
        }
        void onWorkerMessage(slot, m).catch((e: unknown) => log(`Tjeneste ${index}: ${(e as Error)?.stack ?? String(e)}`))
      })
      slot.channel.onExit((code) => {
        slot.exited = true
        if (!started) {
          started = true
          resolve({ slot, ready: { kind: 'failed', message: da.core.bridge.servicesStopped } })
        }
        if (!closing) log(`Tjeneste ${index} stoppede (kode ${code}).`)
        // Calls in flight on a worker that died get an error value, never a hanging request.
        for (const [id, resolve] of slot.pending) resolve({ kind: 'result', id, result: stopped() })
        slot.pending.clear()
      })
      post(slot, { kind: 'init', role, databaseFile: options.databaseFile, dailyBackups: options.dailyBackups, printer: options.printer !== null })
    })
  }

  // The primary first: it creates and migrates the database, and makes (or tries) the day's backup
  // before it is ready (a day taken before it starts: if midnight passes meanwhile, it made the later day's).
  const startDay = toIsoDate(new Date())
  const first = await start(0, 'primary')
  if (first.ready.kind !== 'ready') {
    first.slot.channel.terminate()
    throw new Error(first.ready.kind === 'failed' ? first.ready.message : da.core.bridge.servicesStopped)
  }
  slots.push(first.slot)
  if (options.dailyBackups) backupDay = startDay
  const others = await Promise.all(Array.from({ length: size - 1 }, (_, i) => start(i + 1, 'secondary')))
  for (const o of others) {
    if (o.ready.kind === 'ready') slots.push(o.slot)
    else {
      log(da.core.serviceHost.workerFailed(o.slot.index, o.ready.kind === 'failed' ? o.ready.message : ''))
      o.slot.channel.terminate()
    }
  }
  const ready = first.ready

  async function callOn(slot: Slot, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    const answer = await askCall(slot, method, input, false)
    if (answer.kind === 'result') return answer.result
    return stopped()
  }

  /** A call answered as JSON bytes written by the worker (JsonAnswer); a stopped worker's answer is written here. */
  async function callJsonOn(slot: Slot, method: unknown, input: unknown): Promise<JsonAnswer> {
    const answer = await askCall(slot, method, input, true)
    if (answer.kind === 'answer') return { errorCode: answer.errorCode, json: answer.json }
    return jsonOf(answer.kind === 'result' ? answer.result : stopped())
  }

  async function askCall(slot: Slot, method: unknown, input: unknown, json: boolean): Promise<WorkerMessage> {
    slot.inFlight++
    try {
      return await ask(slot, { kind: 'call', id: nextId++, method, input, ...(json ? { json } : {}) })
    } finally {
      slot.inFlight--
    }
  }

  function leastBusy(): Slot {
    const alive = slots.filter((s) => !s.exited)
    if (alive.length === 0) return slots[0]!
    return alive.reduce((best, s) => (s.inFlight < best.inFlight ? s : best))
  }

  /** A restore: alone, on the primary, with every other connection closed while the file is swapped. */
  async function exclusive<T>(call: (slot: Slot) => Promise<T>): Promise<T> {
    const others = slots.slice(1).filter((s) => !s.exited)
    await Promise.all(others.map((s) => ask(s, { kind: 'suspend', id: nextId++ })))
    try {
      return await call(slots[0]!)
    } finally {
      await Promise.all(others.map((s) => ask(s, { kind: 'resume', id: nextId++ })))
    }
  }
  const stopped = (): ApiResult<unknown> => ({ ok: false, error: { code: 'internal', message: da.core.bridge.servicesStopped } })
  const busy = (): ApiResult<unknown> => ({ ok: false, error: { code: 'conflict', message: da.core.backups.errors.othersRunning } })

  return {
    databaseFile: ready.databaseFile,
    backupsFolder: ready.backupsFolder,
    size: slots.length,
    inFlight: () => slots.map((s) => s.inFlight),
    call(method, input) {
      if (closing) return Promise.resolve(stopped())
      return typeof method === 'string' && EXCLUSIVE_METHODS.has(method)
        ? gate.exclusive(() => exclusive((slot) => callOn(slot, method, input)), busy)
        : gate.shared(() => callOn(leastBusy(), method, input))
    },
    callJson(method, input) {
      if (closing) return Promise.resolve(jsonOf(stopped()))
      return typeof method === 'string' && EXCLUSIVE_METHODS.has(method)
        ? gate.exclusive(
            () => exclusive((slot) => callJsonOn(slot, method, input)),
            () => jsonOf(busy())
          )
        : gate.shared(() => callJsonOn(leastBusy(), method, input))
    },
    async close() {
      if (closing) return
      closing = true
      // The running calls end first (a call is held back meanwhile, and new ones are refused above).
      await gate.exclusive(
        async () => undefined,
        () => undefined
      )
      // The secondaries first, the primary (which made the backups) last.
      for (const slot of [...slots.slice(1), slots[0]!]) {
        if (slot.exited) continue
        const exited = new Promise<void>((r) => slot.channel.onExit(() => r()))
        let timer: NodeJS.Timeout | undefined
        const late = new Promise<void>((r) => (timer = setTimeout(r, CLOSE_WAIT_MS)))
        await Promise.race([ask(slot, { kind: 'close', id: nextId++ }).then(() => exited), late])
        clearTimeout(timer)
        if (!slot.exited) slot.channel.terminate()
      }
    }
  }
}
