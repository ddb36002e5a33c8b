// Opens browser mode in an app-like window: Chromium's --app window when there is a display and a
// Chromium-family browser, else the system's default browser; otherwise the printed URL is enough.
//
// The window signs in with a one-time address of its own, and that address never appears on a
// command line (where `ps` shows it to every user of the machine): it is written into a launch page
// in a private temporary folder (0700, the file 0600), and Chromium is pointed at that file. Chromium
// runs on a fresh profile folder beside it (cookies, cache and history of this run only), and the
// folder is removed when the window or the server ends.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { da } from '@shared/texts/da'
import { findChromium } from '../services/print/findChromium'

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

export interface AppWindowLaunch {
  /** The private folder holding the launch page and the profile; removed at the end. */
  dir: string
  launchFile: string
  profileDir: string
  /** Chromium's arguments: the launch page's file address and the profile, never the token. */
  args: string[]
}

function escapeAttribute(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Writes the launch page for `signInUrl` into a new private folder and returns Chromium's arguments. */
export function prepareAppWindow(signInUrl: string, tmpRoot: string = os.tmpdir()): AppWindowLaunch {
  const dir = fs.mkdtempSync(path.join(tmpRoot, 'puljestyr-vindue-'))
  fs.chmodSync(dir, 0o700)
  const profileDir = path.join(dir, 'profil')
  fs.mkdirSync(profileDir, { mode: 0o700 })
  const launchFile = path.join(dir, 'start.html')
  const target = escapeAttribute(signInUrl)
  fs.writeFileSync(
    launchFile,
    `<!doctype html><html lang="da"><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>Puljestyr</title>` +
      `<meta http-equiv="refresh" content="0;url=${target}"><a href="${target}">Puljestyr</a></html>\n`,
    { mode: 0o600 }
  )
  const args = [
    `--app=${pathToFileURL(launchFile).href}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
  return { dir, launchFile, profileDir, args }
}

export interface AppWindow {
  /** Ends the window this call started (by its process) and removes its private folder. */
  close(): Promise<void>
}

/** Opens the window on a fresh one-time sign-in address; null when there is no display. */
export function openAppWindow(signInUrl: () => string): AppWindow | null {
  if (!hasDisplay()) {
    console.log(da.core.serviceHost.noDisplay)
    return null
  }
  const launch = prepareAppWindow(signInUrl())
  const remove = () => fs.rmSync(launch.dir, { recursive: true, force: true, maxRetries: 3 })
  const chromium = findChromium()
  let child: ChildProcess
  if (chromium) {
    child = spawn(chromium, launch.args, { stdio: 'ignore' })
    // The user closed the window: nothing of this run stays on disk.
    child.once('exit', remove)
  } else {
    // The default browser opens the launch page (a file path, not the token) in its own profile.
    const opener = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open'
    child = spawn(opener, [launch.launchFile], { stdio: 'ignore', detached: true })
    child.unref()
  }
  child.on('error', () => {})
  return {
    async close() {
      if (chromium && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      remove()
    }
  }
}
