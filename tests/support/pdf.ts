// Reads the text of a PDF with pdfjs-dist (an npm package, so no system tool is needed).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of each page, items joined by spaces, in reading order. */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const content = await page.getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    )
  }
  await doc.destroy()
  return pages
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPagesText(bytes)).join('\n')
}
