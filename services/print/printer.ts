// The one print path of Puljestyr. Every printout (minutes, revision requests, the quarterly pack,
// the revisor's PDF summary) is a route of the renderer under /print/, styled by one print
// stylesheet, and turned into an A4 PDF by a PdfPrinter: Electron's webContents.printToPDF in
// the desktop app, headless Chromium through playwright-core in browser mode, the CLI and tests.
// Every PDF gets «Side N af M» and a foot line (project, document, when made) on every page here,
// in one place, not per document.
import { isKnownPrintRoute } from '@shared/api/printRoutes'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'

export interface PrintOptions {
  /**
   * The line at the foot of every page, beside «Side N af M». Without it, the line the print route
   * gives in its data-print-footer attribute (project, document, when it was made) is used. The
   * quarterly pack gives its own, so that the stored PDF says the moment the pack was made.
   */
  footer?: string
}

export interface PdfPrinter {
  /** Renders `route` (e.g. `/print/minutes/12`) and returns the PDF's bytes. */
  printRoute(route: string, options?: PrintOptions): Promise<Uint8Array>
  /**
   * Loads what printing needs where that holds up the thread that does it (browser mode: the
   * browser's driver takes a few tenths of a second to load on the thread that answers every
   * request), so that it happens while nothing waits, not in the middle of the first print.
   */
  prepare?(): void
  /**
   * Starts what a print that is coming needs and that runs beside other work (browser mode: the
   * browser, another process), so that the print does not wait for it: the revisor export calls it
   * before it verifies the file, which its summary needs first.
   */
  warmUp?(): void
  close(): Promise<void>
}

/** Where a printer that loads print routes from the running browser-mode server signs in. */
export interface PrintTarget {
  /** A fresh one-time sign-in address of the running bridge (http://127.0.0.1:PORT/?token=…). */
  signInUrl(): string
}

/** A print route outside the list (shared/api/printRoutes.ts) is refused before anything signs in. */
export function assertKnownPrintRoute(route: string): void {
  if (!isKnownPrintRoute(route)) throw new DomainError('not_found', da.common.unknownPrintRoute(route))
}

/**
 * A print route sets `data-print-ready` on its root: "true" once its data and charts are on the
 * page, "error" (with the Danish message as its text) when it cannot be printed.
 */
export const PRINT_STATE_SELECTOR = '[data-print-ready="true"], [data-print-ready="error"]'

/** The attribute on a print route's root with its page-foot line (renderer/src/print/PrintDocument). */
export const PRINT_FOOTER_ATTRIBUTE = 'data-print-footer'

export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf).toString('latin1')
  const matches = text.match(/\/Type\s*\/Page(?![s\w])/g)
  return matches ? matches.length : null
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/**
 * Chromium's page footer (the same for Electron's printToPDF and playwright's page.pdf): the
 * footer line on the left, «Side 2 af 9» on the right. Chromium fills pageNumber and totalPages.
 */
export function footerTemplate(footer: string, page: string = da.common.printPage, of: string = da.common.printOf): string {
  return (
    `<div style="font-family: Arial, sans-serif; font-size: 7.5pt; color: #333; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between; gap: 4mm;">` +
    `<span>${escapeHtml(footer)}</span><span style="white-space: nowrap;">${escapeHtml(page)} <span class="pageNumber"></span> ${escapeHtml(of)} <span class="totalPages"></span></span></div>`
  )
}

/**
 * The page options every PDF of the app is printed with: page numbers and the foot line on every
 * page. `pageFooter` is what the print route put in its data-print-footer attribute.
 */
export function pageFooterOptions(
  options: PrintOptions,
  pageFooter: string | null
): { displayHeaderFooter: true; headerTemplate: string; footerTemplate: string } {
  return { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerTemplate(options.footer ?? pageFooter ?? '') }
}
