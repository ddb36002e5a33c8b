// Browser mode (`puljestyr serve`): the services in a pool of worker threads, the HTTP bridge in
// front of them on the main thread, and the print path (headless Chromium) beside the bridge. The
// main thread only moves bytes and messages, so a long call never holds up another (issue #14).
import { createChromiumPrinter, findChromium } from '../services/print/chromium'
import { startHttpBridge, type HttpBridge } from './http'
import { findStaticDir } from './runtime'
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
    ? createChromiumPrinter(chromiumPath, async () => {
        if (!bridge) throw new Error('The bridge is not started yet.')
        return bridge
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
  // The print path's driver loads now, while nothing waits, not when the first print blocks the thread
  // every request passes (#14: a spending request waited 0,5 s behind the first export's PDF).
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
