// The one print path of Puljestyr. Every printout (minutes, revision requests, the quarterly pack,
// the revisor's PDF summary) is a route of the renderer under /print/, styled by one print
// stylesheet, and turned into an A4 PDF by a PdfPrinter: Electron's webContents.printToPDF in
// the desktop app, headless Chromium through playwright-core in browser mode, the CLI and tests.

export interface PrintOptions {
  /** A line printed at the foot of every page, beside «Side N af M» (the quarterly pack). */
  footer?: string
}

export interface PdfPrinter {
  /** Renders `route` (e.g. `/print/minutes/12`) and returns the PDF's bytes. */
  printRoute(route: string, options?: PrintOptions): Promise<Uint8Array>
  close(): Promise<void>
}

/**
 * A print route sets `data-print-ready` on its root: "true" once its data and charts are on the
 * page, "error" (with the Danish message as its text) when it cannot be printed.
 */
export const PRINT_STATE_SELECTOR = '[data-print-ready="true"], [data-print-ready="error"]'

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
export function footerTemplate(footer: string, page: string, of: string): string {
  return (
    `<div style="font-family: Arial, sans-serif; font-size: 7.5pt; color: #333; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;">` +
    `<span>${escapeHtml(footer)}</span><span>${escapeHtml(page)} <span class="pageNumber"></span> ${escapeHtml(of)} <span class="totalPages"></span></span></div>`
  )
}
