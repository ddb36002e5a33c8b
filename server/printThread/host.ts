// Browser mode's printer as the main thread holds it: a thin PdfPrinter that refuses an unknown route,
// mints the print's one-time sign-in address (the bridge is on this thread) and hands the print to
// the print thread (threadEntry.ts, out/node/printWorker.cjs), which owns playwright-core and the
// browser. So a print's work in playwright never holds up the HTTP bridge (#14). The thread starts
// on first need (prepare, warm-up or a print), and again after it died: a print it was making
// fails with a Danish message, never hangs.
import { Worker } from 'node:worker_threads'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { assertKnownPrintRoute, type PdfPrinter, type PrintTarget } from '../../services/print/printer'
import { printFailureError } from '../serviceHost/protocol'
import { findBuiltNodeScript } from '../serviceHost/threads'
import { parseFromPrintThread, type ToPrintThread } from './protocol'

/** How long the thread may take to close its browser before it is ended. */
const CLOSE_WAIT_MS = 10_000

/** The built print thread (vite.node.config.mts: entry printWorker). */
export function findPrintThreadScript(): string {
  return findBuiltNodeScript('printWorker.cjs', da.core.serviceHost.notBuilt)
}

interface PrintThread {
  worker: Worker
  pending: Map<number, { resolve(pdf: Uint8Array): void; reject(error: unknown): void }>
}

export function createPrintThreadPrinter(options: {
  executablePath: string
  /** The bridge whose sign-in addresses the prints use (resolved at each print). */
  target: () => Promise<PrintTarget>
  /** The thread's script (tests: one of their own); default the built printWorker.cjs. */
  script?: string
  log: (msg: string) => void
}): PdfPrinter {
  const script = options.script ?? findPrintThreadScript()
  const stopped = () => new DomainError('internal', da.core.errors.printerStopped)
  let thread: PrintThread | null = null
  let nextId = 1
  let closing = false

  function running(): PrintThread {
    if (thread) return thread
    const t: PrintThread = { worker: new Worker(script, { workerData: { executablePath: options.executablePath } }), pending: new Map() }
    t.worker.on('message', (raw: unknown) => {
      const m = parseFromPrintThread(raw)
      if (!m) return options.log(da.core.serviceHost.printThreadForeignMessage)
      if (m.kind === 'log') return options.log(m.message)
      const pending = t.pending.get(m.id)
      t.pending.delete(m.id)
      if (!pending) return
      if (m.outcome.ok) pending.resolve(m.outcome.pdf)
      else pending.reject(printFailureError(m.outcome))
    })
    // An uncaught error ends the thread; 'exit' follows and answers its prints.
    t.worker.on('error', (e) => options.log(da.core.serviceHost.printThreadError(e.stack ?? e.message)))
    t.worker.on('exit', (code) => {
      if (thread === t) thread = null
      if (!closing || code !== 0) options.log(da.core.serviceHost.printThreadStopped(code))
      for (const pending of t.pending.values()) pending.reject(stopped())
      t.pending.clear()
    })
    thread = t
    return t
  }
  const post = (t: PrintThread, m: ToPrintThread) => t.worker.postMessage(m)

  return {
    async printRoute(route, printOptions = {}) {
      assertKnownPrintRoute(route)
      if (closing) throw stopped()
      const signInUrl = (await options.target()).signInUrl()
      const t = running()
      const id = nextId++
      return new Promise<Uint8Array>((resolve, reject) => {
        t.pending.set(id, { resolve, reject })
        post(t, { kind: 'print', id, route, signInUrl, ...(printOptions.footer !== undefined ? { footer: printOptions.footer } : {}) })
      })
    },
    prepare() {
      if (!closing) post(running(), { kind: 'prepare' })
    },
    warmUp() {
      if (!closing) post(running(), { kind: 'warmUp' })
    },
    async close() {
      closing = true
      const t = thread
      if (!t) return
      const exited = new Promise<void>((resolve) => t.worker.once('exit', () => resolve()))
      post(t, { kind: 'close' })
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))])
      clearTimeout(timer)
      if (thread === t) await t.worker.terminate()
    }
  }
}
