// Browser mode (`puljestyr serve`): the services in a pool of worker threads, the HTTP bridge in
// front of them on the main thread, and the print path (playwright-core driving headless Chromium) in
// a print thread of its own (server/printThread), to which the main thread hands each print with a
// one-time sign-in address it mints. The main thread only moves bytes and messages, so neither a long
// call nor a print holds up another request (issue #14).
import { findChromium } from '../services/print/findChromium'
import { startHttpBridge, type HttpBridge } from './http'
import { createPrintThreadPrinter } from './printThread/host'
import { findStaticDir } from './staticFiles'
import { createServicePool, type ServicePool } from './serviceHost/pool'
import { findServiceWorkerScript, spawnServiceThread } from './serviceHost/threads'

/** Two workers: a long call in one, everything else in the other. PULJESTYR_WORKERS sets another number. */
export const DEFAULT_WORKERS = 2

export interface BrowserMode {
  pool: ServicePool
  bridge: HttpBridge
  close(): Promise<void>
}

export async function startBrowserMode(options: {
  databaseFile: string
  port?: number
  workers?: number
  dailyBackups?: boolean
  chromiumPath?: string | null
  log?: (msg: string) => void
}): Promise<BrowserMode> {
  const log = options.log ?? ((m: string) => console.error(m))
  const chromiumPath = options.chromiumPath === undefined ? findChromium() : options.chromiumPath
  const script = findServiceWorkerScript()
  let bridge: HttpBridge | null = null
  const printer = chromiumPath
    ? createPrintThreadPrinter({
        executablePath: chromiumPath,
        target: async () => {
          if (!bridge) throw new Error('The bridge is not started yet.')
          return bridge
        },
        log
      })
    : null
  const workers = options.workers ?? (Number(process.env.PULJESTYR_WORKERS) || DEFAULT_WORKERS)
  const pool = await createServicePool({
    databaseFile: options.databaseFile,
    size: workers,
    spawn: () => spawnServiceThread(script),
    dailyBackups: options.dailyBackups ?? false,
    printer,
    log
  })
  try {
    bridge = await startHttpBridge({ registry: pool, staticDir: findStaticDir(), port: options.port ?? 0, log })
  } catch (e) {
    await pool.close()
    throw e
  }
  const started = bridge
  // The print thread starts and loads the browser's driver now, while nothing waits, not in the middle
  // of the first print.
  if (printer?.prepare) setImmediate(() => printer.prepare?.())
  return {
    pool,
    bridge: started,
    async close() {
      await started.close()
      await pool.close()
      if (printer) await printer.close()
    }
  }
}
