// The desktop shell's security decisions as plain functions and values, free of Electron's runtime
// (types only), so that tests read them in Node (issue #13: "assert the options in a test that reads
// them"). electron/main/security.ts wires them into Electron; nothing else decides.
import type { BrowserWindowConstructorOptions, CustomScheme, WebPreferences } from 'electron'
import { contentTypeOf, resolveStaticFile } from '../../server/staticFiles'

/** The renderer is served from app://puljestyr/, not file:// (which would reach every file of the disk). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'puljestyr'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const RENDERER_INDEX_URL = `${APP_ORIGIN}/index.html`

/** Registered before the app is ready: a standard, secure scheme (its own origin, `'self'` in the CSP works). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    codeCache: true,
    supportFetchAPI: false,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false
  }
}

/**
 * True only for the app's own origin, app://puljestyr/ (the whole host compared, so
 * app://puljestyr-evil/ or app://puljestyr.evil/ do not pass, and no file:// address ever does).
 */
export function isOwnRendererUrl(url: string): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === ''
}

/** What the app:// handler answers: a file of the built renderer, or a status without one. */
export type AppRequestAnswer = { status: 200; file: string; contentType: string } | { status: 400 | 404 | 405 }

/** Resolves an app:// request to a file inside `rendererDir`; a path leaving it (`..`, `%2e%2e`, `%5c`) gets 404. */
export function resolveAppRequest(url: string, method: string, rendererDir: string): AppRequestAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405 }
  if (!isOwnRendererUrl(url)) return { status: 404 }
  let file: string | null
  try {
    file = resolveStaticFile(rendererDir, new URL(url).pathname)
  } catch {
    return { status: 400 }
  }
  return file ? { status: 200, file, contentType: contentTypeOf(file) } : { status: 404 }
}

/** Every window's web preferences: an isolated, sandboxed renderer without Node, and DevTools only in development. */
export function secureWebPreferences(preload: string, options: { packaged: boolean }): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !options.packaged
  }
}

export function mainWindowOptions(preload: string, options: { packaged: boolean }): BrowserWindowConstructorOptions {
  return { width: 1400, height: 900, title: 'Puljestyr', show: false, webPreferences: secureWebPreferences(preload, options) }
}

/** The hidden window a print route is rendered in (printToPDF). */
export function printWindowOptions(preload: string, options: { packaged: boolean }): BrowserWindowConstructorOptions {
  return { show: false, webPreferences: { ...secureWebPreferences(preload, options), devTools: false } }
}

/** Puljestyr needs no permission at all (camera, notifications, clipboard, geolocation …): every request and check is denied. */
export function permissionGranted(_permission: string): boolean {
  return false
}

/** A navigation (of the window or any frame) may only stay on the app's own origin. */
export function navigationAllowed(url: string): boolean {
  return isOwnRendererUrl(url)
}

/** No remote content: only the app's own files, inline data and blobs (DevTools' own pages only in development). */
export function requestAllowed(url: string, options: { packaged: boolean }): boolean {
  if (isOwnRendererUrl(url) || url.startsWith('data:') || url.startsWith('blob:')) return true
  return !options.packaged && url.startsWith('devtools://')
}
