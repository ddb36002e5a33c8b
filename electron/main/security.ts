// Hardening of every window: no navigation, no new windows, no webviews, no permissions, and IPC
// accepted only from our own renderer files.
import { app, session, type WebContents, type WebPreferences } from 'electron'
import { pathToFileURL } from 'node:url'

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false
  }
}

export function isOwnRendererUrl(url: string, rendererDir: string): boolean {
  return url.startsWith(pathToFileURL(rendererDir).href)
}

export function hardenApp(rendererDir: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnRendererUrl(url, rendererDir)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    // No remote content: every request that is not a local file is cancelled.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      const local =
        details.url.startsWith('file://') || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:')
      callback({ cancel: !local })
    })
  })
}
