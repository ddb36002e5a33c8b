// Opens browser mode in an app-like window: Chromium's --app window when there is a display and a
// Chromium-family browser, else the system's default browser; otherwise the printed URL is enough.
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { findChromium } from '../services/print/chromium'

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

export function openAppWindow(url: string): boolean {
  if (!hasDisplay()) {
    console.log('Der er ingen skærm: åbn adressen ovenfor i en browser.')
    return false
  }
  const chromium = findChromium()
  if (chromium) {
    const profile = path.join(os.tmpdir(), 'puljestyr-window')
    spawn(chromium, [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-sync'], {
      detached: true,
      stdio: 'ignore'
    }).unref()
    return true
  }
  const opener = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open'
  spawn(opener, [url], { detached: true, stdio: 'ignore' }).unref()
  return true
}
