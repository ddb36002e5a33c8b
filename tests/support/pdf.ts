// Reads the text of a PDF with pdfjs-dist (an npm package, so no system tool is needed).
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

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

export interface PdfImage {
  /** 1-based page number. */
  page: number
  width: number
  height: number
  /** Pixels that are neither transparent nor near-white: what was drawn (a chart's bars, lines, labels). */
  inkedPixels: number
  /** Clearly red pixels (a chart's overrun is drawn red). */
  redPixels: number
}

/** The raster images of each page (a chart printed from a canvas is one), with how much of each is drawn. */
export async function pdfImages(bytes: Uint8Array): Promise<PdfImage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const images: PdfImage[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const ops = await page.getOperatorList()
    const ids = ops.fnArray.flatMap((fn, j) => (fn === OPS.paintImageXObject ? [ops.argsArray[j][0] as string] : []))
    for (const id of ids) {
      const img = await new Promise<{ width: number; height: number; data?: Uint8ClampedArray }>((resolve) => page.objs.get(id, resolve))
      const data = img.data
      let inked = 0
      let red = 0
      if (data) {
        const channels = data.length / (img.width * img.height)
        for (let k = 0; k < data.length; k += channels) {
          const opaque = channels < 4 || data[k + 3]! > 0
          if (opaque && (data[k]! < 230 || data[k + 1]! < 230 || data[k + 2]! < 230)) inked++
          if (opaque && data[k]! > 150 && data[k + 1]! < 110 && data[k + 2]! < 110) red++
        }
      }
      images.push({ page: i, width: img.width, height: img.height, inkedPixels: inked, redPixels: red })
    }
  }
  await doc.destroy()
  return images
}

/** Each page's size in points (width, height): A4 portrait is 595 × 842. */
export async function pdfPageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const sizes: { width: number; height: number }[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const [x0, y0, x1, y1] = (await doc.getPage(i)).view as [number, number, number, number]
    sizes.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) })
  }
  await doc.destroy()
  return sizes
}
