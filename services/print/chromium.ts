// Browser-mode side of the print path: headless Chromium (Debian's, or Edge/Chrome on a municipal
// PC) driven by playwright-core. It loads the app's own print route from the local HTTP bridge.
import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { isKnownPrintRoute } from '@shared/api/printRoutes'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { CHROMIUM_ARGS } from './chromiumArgs'
import { pageFooterOptions, PRINT_FOOTER_ATTRIBUTE, PRINT_STATE_SELECTOR, type PdfPrinter } from './printer'

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

export interface PrintTarget {
  /** A fresh one-time sign-in address of the running bridge (http://127.0.0.1:PORT/?token=…). */
  signInUrl(): string
}

/**
 * A printer that loads print routes from a running browser-mode server. `target` is resolved
 * lazily, so the CLI can start a private server only when something is printed.
 */
export function createChromiumPrinter(executablePath: string, target: () => Promise<PrintTarget>): PdfPrinter {
  let browser: Promise<Browser> | null = null
  const launch = () => (browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }))
  return {
    async printRoute(route, options = {}) {
      if (!isKnownPrintRoute(route)) throw new DomainError('not_found', da.common.unknownPrintRoute(route))
      const signIn = (await target()).signInUrl()
      const b = await launch()
      const context = await b.newContext()
      try {
        const page = await context.newPage()
        // Each print signs in once in its own fresh browser context (the bridge trades the token for a cookie).
        await page.goto(`${signIn}#${route}`, { waitUntil: 'load' })
        const root = await page.waitForSelector(PRINT_STATE_SELECTOR, { timeout: 30_000 })
        if ((await root.getAttribute('data-print-ready')) !== 'true') {
          throw new DomainError('not_found', (await root.textContent())?.trim() || da.common.unknownError)
        }
        await page.emulateMedia({ media: 'print' })
        const footer = pageFooterOptions(options, await root.getAttribute(PRINT_FOOTER_ATTRIBUTE))
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...footer })
        return new Uint8Array(pdf)
      } finally {
        await context.close()
      }
    },
    prepare() {
      // playwright-core is loaded on first use (vite.node.config.mts): asking for a name loads it.
      chromium.name()
    },
    warmUp() {
      // Its failure is the first print's to tell (that print awaits the same launch).
      launch().catch(() => {})
    },
    async close() {
      // A launch that failed (one warmed up for an export that then failed on its own) has nothing to close.
      if (browser) await (await browser.catch(() => null))?.close()
      browser = null
    }
  }
}
