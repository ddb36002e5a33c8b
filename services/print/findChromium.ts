// Where this machine's Chromium-family browser is, for the PDFs and `serve --open`. Apart from the
// printer (chromium.ts), so that finding the browser does not load playwright-core: browser mode's
// main thread finds it, and only its print thread drives it (server/printThread).
import fs from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/** CHROMIUM_PATH, else the first Chromium-family browser found on this machine, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH && fs.existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null
}
