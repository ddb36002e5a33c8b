import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfText } from '../../support/pdf'
import { findStaticDir } from '../../../server/runtime'

// The one print path, as browser mode and the CLI use it: headless Chromium renders a print route
// of the built renderer to an A4 PDF.
let rt: TestRuntime
beforeAll(async () => {
  rt = await createTestRuntime({ printer: true })
})
afterAll(async () => {
  await rt.close()
})

describe('the print path', () => {
  it('is built before the tests run', () => {
    expect(findStaticDir(), 'run `npm run build` first').not.toBeNull()
  })

  it("prints the demo project's sheet to a PDF whose text shows the grant and its split", async () => {
    const { projectId } = await rt.call('demo.open', {})
    const pdf = await rt.call('print.pdf', { route: `/print/projekt/${projectId}`, fileName: 'projektark.pdf' })
    expect(pdf.pages).toBe(1)
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('Projektark: Flere skal med 2')
    expect(text).toContain('Herning Kommune')
    expect(text).toContain('2.235.074,00 kr.')
    expect(text).toContain('01.12.2019–31.12.2021')
    expect(text).toMatch(/Difference\s+1,00 kr\./)
  })

  it('after a warm-up (the revisor export starts the browser first), two prints at once each get a page of their own', async () => {
    const { projectId } = await rt.call('demo.open', {})
    rt.ctx.printer!.warmUp!()
    const [sheet, missing] = await Promise.allSettled([
      rt.call('print.pdf', { route: `/print/projekt/${projectId}`, fileName: 'projektark.pdf' }),
      rt.call('print.pdf', { route: '/print/projekt/999', fileName: 'x.pdf' })
    ])
    expect(sheet.status).toBe('fulfilled')
    const text = await pdfText(Buffer.from((sheet as PromiseFulfilledResult<{ contentBase64: string }>).value.contentBase64, 'base64'))
    expect(text).toContain('Projektark: Flere skal med 2')
    expect(missing.status).toBe('rejected')
    expect(String((missing as PromiseRejectedResult).reason?.message ?? (missing as PromiseRejectedResult).reason)).toContain('Projekt 999 findes ikke.')
  })

  it('refuses a route outside /print/', async () => {
    const error = await rt.callError('print.pdf', { route: '/projekt/1', fileName: 'x.pdf' })
    expect(error.code).toBe('validation')
  })

  it('reports a print route that cannot be printed instead of hanging', async () => {
    const error = await rt.callError('print.pdf', { route: '/print/projekt/999', fileName: 'x.pdf' })
    expect(error.message).toBe('Projekt 999 findes ikke.')
  })
})
