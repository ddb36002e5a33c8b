// The Electron main process: a thin shell. It opens the database, binds the services' registry to
// IPC (validating every message), and shows one hardened window. No business rules live here.
import path from 'node:path'
import { app, BrowserWindow, ipcMain, dialog } from 'electron'
import pkg from '../../package.json'
import { IPC_CHANNEL } from '../../shared/api/channel'
import { da } from '../../shared/texts/da'
import { openDatabase } from '../../services/db/open'
import { DATABASE_FILE_NAME, resolveDatabaseFile } from '../../services/db/location'
import type { ServiceContext } from '../../services/context'
import { createAppRegistry } from '../../services/handlers'
import { bindLiveDatabase } from '../../services/core/liveDatabase'
import { createElectronPrinter } from './printer'
import { hardenApp, isOwnRendererUrl, secureWebPreferences } from './security'

const rendererDir = path.join(__dirname, '..', 'renderer')
const indexHtml = path.join(rendererDir, 'index.html')
const preload = path.join(__dirname, '..', 'preload', 'index.js')

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function start(): Promise<void> {
  hardenApp(rendererDir)
  await app.whenReady()
  const explicit = argValue('--db') ?? process.env.PULJESTYR_DB
  const file = explicit ? resolveDatabaseFile(explicit) : path.join(app.getPath('userData'), DATABASE_FILE_NAME)
  let database
  try {
    database = await openDatabase(file)
  } catch (e) {
    dialog.showErrorBox('Puljestyr', (e as Error).message)
    app.exit(1)
    return
  }
  const ctx: ServiceContext = {
    db: database.db,
    sqlite: database.kind === 'sqlite' ? database.handle : null,
    databaseFile: database.file,
    osUser: database.user,
    now: () => new Date(),
    printer: createElectronPrinter(indexHtml, preload),
    version: pkg.version
  }
  // The service makes the day's backup (on start and on the first call of a new day) and can swap
  // the file for a restored backup (settings page); the shell only hands it the connection.
  const live = bindLiveDatabase(ctx, database, { dailyBackups: true })
  await ctx.backups?.ensureToday()
  const registry = createAppRegistry(ctx)
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown) => {
    const senderUrl = event.senderFrame?.url ?? ''
    if (!isOwnRendererUrl(senderUrl, rendererDir)) {
      return { ok: false, error: { code: 'unauthorized', message: 'Kaldet kom ikke fra Puljestyrs eget vindue.' } }
    }
    return registry.call(method, input)
  })

  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Puljestyr',
    show: false,
    webPreferences: secureWebPreferences(preload)
  })
  win.once('ready-to-show', () => win.show())
  // A form with unsaved input refuses to unload (renderer/src/shell/unsavedChanges.tsx); Electron then
  // silently keeps the window open, so ask the user here, in Danish, whether to close anyway.
  win.webContents.on('will-prevent-unload', (event) => {
    const u = da.common.unsaved
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [u.leave, u.stay],
      defaultId: 1,
      cancelId: 1,
      title: u.title,
      message: u.windowMessage
    })
    if (choice === 0) event.preventDefault()
  })
  await win.loadFile(indexHtml)
  app.on('window-all-closed', () => {
    void live.close().finally(() => app.quit())
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })
  void start()
}
