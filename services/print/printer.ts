// The one print path of Puljestyr. Every printout (minutes, revision requests, the quarterly pack,
// the revisor's PDF summary) is a route of the renderer under /print/, styled by one print
// stylesheet, and turned into an A4 PDF by a PdfPrinter: Electron's webContents.printToPDF in
// the desktop app, headless Chromium through playwright-core in browser mode, the CLI and tests.

export interface PdfPrinter {
  /** Renders `route` (e.g. `/print/minutes/12`) and returns the PDF's bytes. */
  printRoute(route: string): Promise<Uint8Array>
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
