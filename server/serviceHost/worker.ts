// Inside one service worker (a worker thread in browser mode, a utility process in Electron): its
// own connection to the database and its own registry, answering the host's messages. The worker
// never prints itself: its ctx.printer asks the host, which owns the browser (browser mode) or the
// hidden windows (Electron). A secondary leaves the day's backup to the primary.
import { da } from '@shared/texts/da'
import { apiResultSchema, type ApiResult } from '@shared/api/define'
import type { PdfPrinter } from '../../services/print/printer'
import { createDailyBackups, type DailyBackups } from '../../services/core/backups'
import { createRuntime, type Runtime } from '../runtime'
import { parseHostMessage, printFailureError, type HostMessage, type MessageChannelEnd, type WorkerInit, type WorkerMessage } from './protocol'

type Pending<T> = { resolve(value: T): void; reject(error: unknown): void }

const encoder = new TextEncoder()

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Answers the host's messages on `channel` until it says close; `exit` ends the worker. Log lines go to the host. */
export function runServiceWorker(channel: MessageChannelEnd, exit: () => void): void {
  const send = (m: WorkerMessage) => channel.postMessage(m)
  const log = (message: string) => send({ kind: 'log', message })
  let runtime: Runtime | null = null
  let starting: Promise<void> | null = null
  let nextId = 1
  const prints = new Map<number, Pending<Uint8Array>>()
  const backupsAsked = new Map<number, Pending<void>>()
  let resumeSuspended: (() => void) | null = null
  let suspended: Promise<unknown> | null = null

  const hostPrinter: PdfPrinter = {
    printRoute(route, options = {}) {
      const id = nextId++
      return new Promise<Uint8Array>((resolve, reject) => {
        prints.set(id, { resolve, reject })
        send({ kind: 'print', id, route, ...(options.footer !== undefined ? { footer: options.footer } : {}) })
      })
    },
    warmUp() {
      send({ kind: 'warmUp' })
    },
    async close() {}
  }

  /** A secondary's backups: the list and settings are the folder's; making today's is the primary's. */
  function delegatedBackups(own: DailyBackups, now: () => Date): DailyBackups {
    let confirmedDay: string | null = null
    return {
      ...own,
      async ensureToday() {
        const day = localDay(now())
        if (confirmedDay === day) return
        const id = nextId++
        await new Promise<void>((resolve, reject) => {
          backupsAsked.set(id, { resolve, reject })
          send({ kind: 'ensureBackup', id })
        })
        confirmedDay = day
      }
    }
  }

  async function start(init: WorkerInit): Promise<void> {
    try {
      const primary = init.role === 'primary'
      const rt = await createRuntime({
        databaseFile: init.databaseFile,
        // Only the primary makes backups (the day's first on start); a secondary lists them and asks the primary.
        dailyBackups: primary && init.dailyBackups,
        chromiumPath: null,
        printer: init.printer ? hostPrinter : null,
        log
      })
      if (!primary && init.dailyBackups && rt.ctx.sqlite) {
        const own = createDailyBackups({ databaseFile: rt.ctx.databaseFile, handle: () => rt.ctx.sqlite, now: rt.ctx.now, log })
        rt.ctx.backups = delegatedBackups(own, rt.ctx.now)
      }
      runtime = rt
      send({ kind: 'ready', databaseFile: rt.ctx.databaseFile, backupsFolder: rt.ctx.backups?.folder ?? null })
    } catch (e) {
      send({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    }
  }

  async function call(id: number, method: unknown, input: unknown, json: boolean): Promise<void> {
    if (starting) await starting
    const result: ApiResult<unknown> = runtime
      ? await runtime.registry.call(method, input)
      : { ok: false, error: { code: 'database', message: da.core.bridge.servicesStopped } }
    // The JSON text is written here, not on the host's HTTP thread: an export's answer is megabytes.
    if (!json) return send({ kind: 'result', id, result })
    // In the protocol's shape (as the host's check of a result would leave it: no field beyond the contract's).
    const checked = apiResultSchema.safeParse(result)
    const answer = checked.success ? checked.data : ({ ok: false, error: { code: 'internal', message: da.core.bridge.servicesStopped } } as const)
    send({ kind: 'answer', id, errorCode: answer.ok ? null : answer.error.code, json: encoder.encode(JSON.stringify(answer)) })
  }

  async function handle(m: HostMessage): Promise<void> {
    switch (m.kind) {
      case 'init':
        starting ??= start(m)
        await starting
        return
      case 'call':
        return call(m.id, m.method, m.input, m.json === true)
      case 'suspend': {
        // Another worker is about to replace the file (restore): close this connection until resume.
        const replace = runtime?.ctx.replaceDatabase
        if (replace && !suspended) {
          let closed!: () => void
          const isClosed = new Promise<void>((r) => (closed = r))
          suspended = replace(
            () =>
              new Promise<string | null>((resolve) => {
                resumeSuspended = () => resolve(null)
                closed()
              })
          )
          await isClosed
        }
        send({ kind: 'done', id: m.id })
        return
      }
      case 'resume':
        if (suspended) {
          resumeSuspended?.()
          await suspended.catch((e: unknown) => log(da.core.serviceHost.reopenFailed(String(e))))
          suspended = null
          resumeSuspended = null
        }
        send({ kind: 'done', id: m.id })
        return
      case 'ensureBackup':
        await runtime?.ctx.backups?.ensureToday()
        send({ kind: 'done', id: m.id })
        return
      case 'backupEnsured':
        backupsAsked.get(m.id)?.resolve()
        backupsAsked.delete(m.id)
        return
      case 'printed': {
        const pending = prints.get(m.id)
        prints.delete(m.id)
        if (!pending) return
        const o = m.outcome
        if (o.ok) pending.resolve(o.pdf)
        else pending.reject(printFailureError(o))
        return
      }
      case 'close':
        if (runtime) await runtime.close()
        runtime = null
        send({ kind: 'done', id: m.id })
        exit()
        return
    }
  }

  channel.onMessage((raw) => {
    const m = parseHostMessage(raw)
    if (!m) {
      log(da.core.serviceHost.hostForeignMessage)
      return
    }
    void handle(m).catch((e: unknown) => log(`Tjenesten: ${(e as Error)?.stack ?? String(e)}`))
  })
}
