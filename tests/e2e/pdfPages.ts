// Renders every page of a PDF to PNG in the test's own Chromium, with pdfjs-dist (no system tool),
// and measures each image painted on a page (a chart is printed from its canvas as one image):
// where it lies on the rendered page and how much of that area holds ink. A chart that printed
// blank is an image of white pixels; this finds it.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'

export interface RenderedChart {
  /** The area on the rendered page, in pixels. */
  x: number
  y: number
  width: number
  height: number
  /** Share of the area's pixels that are not (near) white. */
  inkShare: number
}

export interface RenderedPage {
  /** The page as PNG. */
  png: Buffer
  width: number
  height: number
  charts: RenderedChart[]
}

const PDFJS = path.resolve(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'build')
const ROUTE = '/__pdf-pages__/'

/**
 * Renders `pdf` page by page at `scale` (1 = 72 dpi) in a new tab of the page's browser context, and
 * returns each page as PNG with the charts found on it.
 */
export async function renderPdfPages(page: Page, origin: string, pdf: Buffer, scale = 1.25): Promise<RenderedPage[]> {
  const tab = await page.context().newPage()
  try {
    // The renderer's files are served to the tab by the test itself, on the app's origin.
    await tab.route(`${origin}${ROUTE}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(ROUTE.length)
      if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>PDF</title>' })
      if (name === 'pdf.mjs' || name === 'pdf.worker.mjs')
        return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(path.join(PDFJS, name)) })
      return route.fulfill({ status: 404, body: '' })
    })
    await tab.goto(`${origin}${ROUTE}index.html`)
    // The function runs in the tab with its arguments written into the expression.
    const call = `(${RENDER_IN_PAGE})(${JSON.stringify({ base64: pdf.toString('base64'), scale, route: ROUTE })})`
    const pages = (await tab.evaluate(call)) as (Omit<RenderedPage, 'png'> & { png: string })[]
    return pages.map((p) => ({ ...p, png: Buffer.from(p.png.replace(/^data:image\/png;base64,/, ''), 'base64') }))
  } finally {
    await tab.close()
  }
}

/** Runs in the tab: pdf.js renders each page to a canvas; a walk of its operators finds each image's area. */
const RENDER_IN_PAGE = `async ({ base64, scale, route }) => {
  const pdfjs = await import(route + 'pdf.mjs')
  pdfjs.GlobalWorkerOptions.workerSrc = route + 'pdf.worker.mjs'
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const doc = await pdfjs.getDocument({ data }).promise
  const { OPS, Util } = pdfjs
  const out = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const viewport = page.getViewport({ scale })
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(viewport.width)
    canvas.height = Math.ceil(viewport.height)
    const g = canvas.getContext('2d')
    await page.render({ canvasContext: g, canvas, viewport }).promise
    // Each painted image: the unit square through the transformation in force when it is painted.
    const ops = await page.getOperatorList()
    let ctm = [1, 0, 0, 1, 0, 0]
    const stack = []
    const areas = []
    for (let i = 0; i < ops.fnArray.length; i++) {
      const fn = ops.fnArray[i]
      const args = ops.argsArray[i]
      if (fn === OPS.save) stack.push(ctm)
      else if (fn === OPS.restore) ctm = stack.pop() || ctm
      else if (fn === OPS.transform) ctm = Util.transform(ctm, args)
      else if (fn === OPS.paintFormXObjectBegin) {
        stack.push(ctm)
        if (args && args[0]) ctm = Util.transform(ctm, args[0])
      } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() || ctm
      else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
        const m = Util.transform(viewport.transform, ctm)
        const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u, v]) => [m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]])
        const xs = corners.map((c) => c[0])
        const ys = corners.map((c) => c[1])
        const x = Math.max(0, Math.floor(Math.min(...xs)))
        const y = Math.max(0, Math.floor(Math.min(...ys)))
        const width = Math.min(canvas.width, Math.ceil(Math.max(...xs))) - x
        const height = Math.min(canvas.height, Math.ceil(Math.max(...ys))) - y
        if (width < 20 || height < 20) continue
        const px = g.getImageData(x, y, width, height).data
        let ink = 0
        for (let k = 0; k < px.length; k += 4) if (px[k] < 230 || px[k + 1] < 230 || px[k + 2] < 230) ink++
        areas.push({ x, y, width, height, inkShare: ink / (width * height) })
      }
    }
    out.push({ png: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height, charts: areas })
  }
  await doc.destroy()
  return out
}`
