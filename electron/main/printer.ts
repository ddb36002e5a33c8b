// Desktop side of the one print path: a hidden window loads the print route from app://puljestyr/
// and webContents.printToPDF turns it into an A4 PDF. The service processes ask for it by message.
import { BrowserWindow } from 'electron'
import { pageFooterOptions, PRINT_FOOTER_ATTRIBUTE, type PdfPrinter } from '../../services/print/printer'
import { da } from '../../shared/texts/da'
import { isKnownPrintRoute } from '../../shared/api/printRoutes'
import { DomainError } from '../../shared/errors'
import { printWindowOptions, RENDERER_INDEX_URL } from './policy'

export function createElectronPrinter(preload: string, options: { packaged: boolean }): PdfPrinter {
  return {
    async printRoute(route, printOptions = {}) {
      if (!isKnownPrintRoute(route)) throw new DomainError('not_found', da.common.unknownPrintRoute(route))
      const win = new BrowserWindow(printWindowOptions(preload, options))
      try {
        await win.loadURL(`${RENDERER_INDEX_URL}#${route}`)
        const deadline = Date.now() + 30_000
        for (;;) {
          const state = (await win.webContents.executeJavaScript(
            "document.querySelector('[data-print-ready]')?.getAttribute('data-print-ready') ?? ''"
          )) as string
          if (state === 'true') break
          if (state === 'error' || Date.now() > deadline) {
            const text = (await win.webContents.executeJavaScript("document.querySelector('[data-print-ready]')?.textContent ?? ''")) as string
            throw new DomainError('not_found', text || da.common.unknownError)
          }
          await new Promise((r) => setTimeout(r, 100))
        }
        const pageFooter = (await win.webContents.executeJavaScript(
          `document.querySelector('[data-print-ready]')?.getAttribute('${PRINT_FOOTER_ATTRIBUTE}') ?? null`
        )) as string | null
        const footer = pageFooterOptions(printOptions, pageFooter)
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, ...footer })
        return new Uint8Array(pdf)
      } finally {
        win.destroy()
      }
    },
    async close() {}
  }
}
