// Browser-mode side of the print path: headless Chromium (Debian's, or Edge/Chrome on a municipal
// PC) driven by playwright-core. It loads the app's own print route from the local HTTP bridge.
// Browser mode runs this in its print thread (server/printThread), the CLI and the tests in process.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { CHROMIUM_ARGS } from './chromiumArgs'
import {
  assertKnownPrintRoute,
  pageFooterOptions,
  PRINT_FOOTER_ATTRIBUTE,
  PRINT_STATE_SELECTOR,
  type PdfPrinter,
  type PrintOptions,
  type PrintTarget
} from './printer'

/** The browser and what it does, given a sign-in address for each print (PdfPrinter's methods otherwise). */
export interface ChromiumDriver extends Omit<PdfPrinter, 'printRoute'> {
  /** Signs in at `signInUrl` (a one-time address of the bridge) and prints `route` there. */
  print(signInUrl: string, route: string, options?: PrintOptions): Promise<Uint8Array>
  prepare(): void
  warmUp(): void
}

export function createChromiumDriver(executablePath: string): ChromiumDriver {
  let browser: Promise<Browser> | null = null
  const launch = () => (browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }))
  // Each print signs in once in its own fresh browser context (the bridge trades the token for a
  // cookie). A warm-up also makes the next print's context and page (about 0,2 s), so that the print
  // that follows it does not wait for them; a context is used by one print only.
  type Fresh = { context: BrowserContext; page: Page }
  const freshPage = async (): Promise<Fresh> => {
    const context = await (await launch()).newContext()
    return { context, page: await context.newPage() }
  }
  let spare: Promise<Fresh> | null = null
  const takeFresh = async (): Promise<Fresh> => {
    const made = spare
    spare = null
    return (made && (await made.catch(() => null))) || freshPage()
  }
  return {
    async print(signIn, route, options = {}) {
      assertKnownPrintRoute(route)
      const { context, page } = await takeFresh()
      try {
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
      // Its failure is the first print's to tell (that print awaits the same launch, or makes its own page).
      spare ??= freshPage()
      spare.catch(() => {})
    },
    async close() {
      // A launch that failed (one warmed up for an export that then failed on its own) has nothing to
      // close; closing the browser closes a spare context with it.
      spare = null
      if (browser) await (await browser.catch(() => null))?.close()
      browser = null
    }
  }
}

/**
 * A printer that loads print routes from a running browser-mode server. `target` is resolved
 * lazily, so the CLI can start a private server only when something is printed.
 */
export function createChromiumPrinter(executablePath: string, target: () => Promise<PrintTarget>): PdfPrinter {
  const driver = createChromiumDriver(executablePath)
  return {
    async printRoute(route, options = {}) {
      assertKnownPrintRoute(route)
      return driver.print((await target()).signInUrl(), route, options)
    },
    prepare: () => driver.prepare(),
    warmUp: () => driver.warmUp(),
    close: () => driver.close()
  }
}
