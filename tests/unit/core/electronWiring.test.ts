// The desktop shell wires its decisions into Electron (electron/main/security.ts, index.ts): with a
// stand-in for the electron module (Electron itself cannot run on our machines), each handler is
// looked up and called as Electron would, so removing one fails here (issue #13).
import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    ready: new Promise<void>(() => {}) as Promise<void>,
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    quit: 0,
    schemes: [] as unknown[],
    session: {} as Record<string, (...args: unknown[]) => unknown>
  }
  const app = {
    isPackaged: true,
    requestSingleInstanceLock: () => state.lock,
    quit: () => void state.quit++,
    exit: () => {},
    on: (name: string, fn: (...args: unknown[]) => void) => void state.appEvents.set(name, fn),
    whenReady: () => state.ready,
    getPath: () => '/tmp'
  }
  const recorder = (name: string) => (fn: (...args: unknown[]) => unknown) => void (state.session[name] = fn)
  const session = {
    defaultSession: {
      setPermissionRequestHandler: recorder('permissionRequest'),
      setPermissionCheckHandler: recorder('permissionCheck'),
      setDevicePermissionHandler: recorder('devicePermission'),
      webRequest: { onBeforeRequest: recorder('beforeRequest') }
    }
  }
  const protocol = { registerSchemesAsPrivileged: (s: unknown[]) => void state.schemes.push(...s), handle: () => {} }
  const BrowserWindow = Object.assign(function BrowserWindow() {}, { getAllWindows: () => [] })
  return { state, module: { app, session, protocol, BrowserWindow, ipcMain: { handle: () => {} }, dialog: {}, utilityProcess: {}, safeStorage: {} } }
})
vi.mock('electron', () => ({ ...fake.module, default: fake.module }))

beforeEach(() => {
  vi.resetModules()
  fake.state.appEvents.clear()
  fake.state.quit = 0
  fake.state.schemes.length = 0
  fake.state.session = {}
})

/** A window's webContents as Electron hands it to `web-contents-created`. */
function webContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as null | (() => unknown),
    devToolsClosed: 0,
    setWindowOpenHandler(fn: () => unknown) {
      this.openHandler = fn
    },
    closeDevTools() {
      this.devToolsClosed++
    }
  })
  fake.state.appEvents.get('web-contents-created')!({}, contents)
  return contents
}

function prevented(contents: EventEmitter, event: string, url?: string): boolean {
  let stopped = false
  contents.emit(event, { url, preventDefault: () => (stopped = true) })
  return stopped
}

describe('the shell’s handlers, as Electron would call them', () => {
  it('keep every window and frame on the app, refuse redirects, new windows, webviews, permissions and foreign requests', async () => {
    fake.state.ready = Promise.resolve()
    const { hardenApp } = await import('../../../electron/main/security')
    hardenApp({ packaged: true })
    const contents = webContents()
    for (const event of ['will-navigate', 'will-frame-navigate']) {
      expect(prevented(contents, event, 'https://evil.example/'), event).toBe(true)
      expect(prevented(contents, event, 'app://puljestyr-evil/index.html'), event).toBe(true)
      expect(prevented(contents, event, 'app://puljestyr/index.html#/projekt/1'), event).toBe(false)
    }
    expect(prevented(contents, 'will-redirect', 'app://puljestyr/')).toBe(true)
    expect(prevented(contents, 'will-attach-webview')).toBe(true)
    expect(contents.openHandler!()).toEqual({ action: 'deny' })
    contents.emit('devtools-opened')
    expect(contents.devToolsClosed).toBe(1)

    await fake.state.ready
    await new Promise((r) => setImmediate(r))
    const s = fake.state.session
    const answer = (permission: string) => new Promise((resolve) => s.permissionRequest!({}, permission, resolve))
    expect(await answer('media')).toBe(false)
    expect(s.permissionCheck!({}, 'clipboard-read')).toBe(false)
    expect(s.devicePermission!({})).toBe(false)
    const cancel = (url: string) => new Promise((resolve) => s.beforeRequest!({ url }, (r: { cancel: boolean }) => resolve(r.cancel)))
    expect(await cancel('https://example.com/x.js')).toBe(true)
    expect(await cancel('app://puljestyr/assets/index.js')).toBe(false)
  })

  it('run one instance: a second start quits at once and leaves the first to show its window', async () => {
    fake.state.ready = new Promise(() => {})
    fake.state.lock = false
    await import('../../../electron/main/index')
    expect(fake.state.quit).toBe(1)
    expect(fake.state.schemes).toEqual([]) // the second instance starts nothing
    expect(fake.state.appEvents.has('second-instance')).toBe(false)

    vi.resetModules()
    fake.state.lock = true
    await import('../../../electron/main/index')
    expect(fake.state.quit).toBe(1)
    expect(fake.state.appEvents.has('second-instance')).toBe(true)
    expect(fake.state.schemes).toHaveLength(1) // the first instance goes on starting
  })
})
