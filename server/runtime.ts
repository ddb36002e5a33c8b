// A running Puljestyr outside Electron: the database, the services' context and registry, and
// (started on demand) the HTTP bridge that browser mode and the print path use.
import pkg from '../package.json'
import { openDatabase, type OpenDatabase } from '../services/db/open'
import type { ServiceContext } from '../services/context'
import { createAppRegistry } from '../services/handlers'
import type { Registry } from '../services/registry'
import { createChromiumPrinter } from '../services/print/chromium'
import { findChromium } from '../services/print/findChromium'
import type { PdfPrinter } from '../services/print/printer'
import { bindLiveDatabase } from '../services/core/liveDatabase'
import { startHttpBridge, type HttpBridge } from './http'
import { findStaticDir } from './staticFiles'

// Where the built renderer is: staticFiles.ts's, named here too for the tests that check the build.
export { findStaticDir }

export interface Runtime {
  ctx: ServiceContext
  registry: Registry
  /** The open database (a restore from the settings page replaces it). */
  readonly database: OpenDatabase
  /** Starts the HTTP bridge once (on `port`, default any free port) and returns it. */
  bridge(port?: number): Promise<HttpBridge>
  close(): Promise<void>
}

export async function createRuntime(options: {
  databaseFile: string
  now?: () => Date
  log?: (msg: string) => void
  chromiumPath?: string | null
  /** A printer of the host's (a service worker prints through its host); otherwise Chromium, if there is one. */
  printer?: PdfPrinter | null
  /** Automatic daily backups beside the file (services/core/backups.ts): on for `serve`, off for one-shot commands and tests. */
  dailyBackups?: boolean
  /** The user's Puljestyr folder for the settings (tests: a folder of their own). */
  settingsDir?: string
}): Promise<Runtime> {
  const opened = await openDatabase(options.databaseFile)
  const chromiumPath = options.printer !== undefined ? null : options.chromiumPath === undefined ? findChromium() : options.chromiumPath
  let bridgePromise: Promise<HttpBridge> | null = null
  let printer: PdfPrinter | null = null
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.kind === 'sqlite' ? opened.handle : null,
    databaseFile: opened.file,
    osUser: opened.user,
    now: options.now ?? (() => new Date()),
    ...(options.settingsDir ? { settingsDir: options.settingsDir } : {}),
    printer: options.printer ?? null,
    version: pkg.version
  }
  const live = bindLiveDatabase(ctx, opened, { dailyBackups: options.dailyBackups ?? false, ...(options.log ? { log: options.log } : {}) })
  if (ctx.backups) await ctx.backups.ensureToday()
  const registry = createAppRegistry(ctx, options.log)
  const bridge = (port?: number): Promise<HttpBridge> =>
    (bridgePromise ??= startHttpBridge({ registry, staticDir: findStaticDir(), port: port ?? 0, log: options.log ?? ((m) => console.error(m)) }))
  if (chromiumPath) {
    printer = createChromiumPrinter(chromiumPath, async () => bridge())
    ctx.printer = printer
  }
  return {
    ctx,
    registry,
    get database() {
      return live.current()
    },
    bridge,
    async close() {
      if (printer) await printer.close()
      if (bridgePromise) await (await bridgePromise).close()
      await live.close()
    }
  }
}
