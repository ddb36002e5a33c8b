// Wires the shell's security decisions (electron/main/policy.ts) into Electron: the app:// scheme
// that serves the renderer, and for every window no navigation away from it (window and frames),
// no redirects, no new windows, no webviews, no permissions, no remote requests, and no DevTools in
// a packaged app.
import fs from 'node:fs/promises'
import { app, protocol, session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../server/csp'
import { da } from '../../shared/texts/da'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, navigationAllowed, permissionGranted, requestAllowed, resolveAppRequest } from './policy'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Serves the built renderer on app://puljestyr/ (after the app is ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = resolveAppRequest(request.url, request.method, rendererDir)
    if (answer.status !== 200) return new Response(da.core.bridge.notFound, { status: answer.status })
    let body: Buffer
    try {
      body = await fs.readFile(answer.file)
    } catch {
      return new Response(da.core.bridge.notFound, { status: 404 })
    }
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': answer.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }
    })
  })
}

export function hardenApp(options: { packaged: boolean }): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (!navigationAllowed(event.url)) event.preventDefault()
    })
    // Frames too (an iframe, or a frame navigating its parent): the same rule.
    contents.on('will-frame-navigate', (event) => {
      if (!navigationAllowed(event.url)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    if (options.packaged) contents.on('devtools-opened', () => contents.closeDevTools())
  })
  void app.whenReady().then(() => {
    const ses = session.defaultSession
    ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionGranted(permission)))
    ses.setPermissionCheckHandler((_wc, permission) => permissionGranted(permission))
    ses.setDevicePermissionHandler(() => false)
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url, options) }))
  })
}
