// The Electron main process: a thin shell. It starts the services in utility processes, relays IPC
// to them (only from the app's own window, each message validated by the registry against the
// contract), prints when a service asks, and shows one hardened window. No business rules live here.
import path from 'node:path'
import { app, BrowserWindow, ipcMain, dialog } from 'electron'
import { IPC_CHANNEL } from '../../shared/api/channel'
import { da } from '../../shared/texts/da'
import { DATABASE_FILE_NAME, resolveDatabaseFile } from '../../services/db/location'
import type { ServicePool } from '../../server/serviceHost/pool'
import { createElectronPrinter } from './printer'
import { hardenApp, registerAppScheme, serveRenderer } from './security'
import { isOwnRendererUrl, mainWindowOptions, RENDERER_INDEX_URL } from './policy'
import { startServiceProcesses } from './services'
import { sealTeamPassword, storedTeamDatabase } from './teamDatabase'

const rendererDir = path.join(__dirname, '..', 'renderer')
const preload = path.join(__dirname, '..', 'preload', 'index.js')

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function start(): Promise<void> {
  const packaged = app.isPackaged
  registerAppScheme()
  hardenApp({ packaged })
  await app.whenReady()
  serveRenderer(rendererDir)
  const explicit = argValue('--db') ?? process.env.PULJESTYR_DB
  const databaseFile = explicit ? resolveDatabaseFile(explicit) : (storedTeamDatabase() ?? path.join(app.getPath('userData'), DATABASE_FILE_NAME))
  let services: ServicePool
  try {
    // The primary service opens (and migrates) the database and makes the day's backup before it says ready.
    services = await startServiceProcesses({ databaseFile, printer: createElectronPrinter(preload, { packaged }) })
  } catch (e) {
    dialog.showErrorBox('Puljestyr', (e as Error).message)
    app.exit(1)
    return
  }
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isOwnRendererUrl(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unauthorized', message: da.core.bridge.foreignSender } }
    }
    return services.call(method, sealTeamPassword(method, input))
  })

  const win = new BrowserWindow(mainWindowOptions(preload, { packaged }))
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
  app.on('window-all-closed', () => {
    void services.close().finally(() => app.quit())
  })
  await win.loadURL(RENDERER_INDEX_URL)
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
