// Browser mode prints in a thread of its own (server/printThread), not on the main thread that runs
// the HTTP bridge (#14): playwright-core and the browser live there, the main thread only mints each
// print's sign-in address. Through startBrowserMode with the real Chromium, and with a print thread
// that dies in the middle of a print.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { startBrowserMode, type BrowserMode } from '../../../server/browserMode'
import { createPrintThreadPrinter } from '../../../server/printThread/host'
import { findChromium } from '../../../services/print/findChromium'
import { apiCall, signIn } from '../../support/http'
import { pdfPagesText } from '../../support/pdf'

const require = createRequire(import.meta.url)
/** Whether this (the main) thread has loaded playwright-core. */
const playwrightLoadedHere = () => Object.keys(require.cache).some((file) => file.includes(`${path.sep}playwright-core${path.sep}`))

describe('browser mode prints in its print thread', () => {
  let dir: string
  let mode: BrowserMode
  let cookie: string
  const logged: string[] = []
  const api = (method: string, input: unknown) => apiCall(mode.bridge.port, cookie, method, input)

  beforeAll(async () => {
    const chromiumPath = findChromium()
    if (!chromiumPath) throw new Error('Sæt CHROMIUM_PATH (fx /usr/bin/chromium) før denne test.')
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-printthread-'))
    mode = await startBrowserMode({ databaseFile: path.join(dir, 'puljestyr.db'), chromiumPath, log: (m) => logged.push(m) })
    cookie = await signIn(mode.bridge.url)
  }, 60_000)
  afterAll(async () => {
    await mode?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it("prints the demo project's sheet to a PDF with the grant and its page foot, and the main thread never loads the browser's driver", async () => {
    const { projectId } = (await api('demo.open', {})).data as { projectId: number }
    const printed = await api('print.pdf', { route: `/print/projekt/${projectId}`, fileName: 'projektark.pdf' })
    expect(printed.error).toBeUndefined()
    const pdf = printed.data as { pages: number; contentBase64: string }
    expect(pdf.pages).toBe(1)
    const [page] = await pdfPagesText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(page).toContain('Projektark: Flere skal med 2')
    expect(page).toContain('Herning Kommune')
    expect(page).toContain('2.235.074,00 kr.')
    expect(page).toMatch(/Side 1 af 1/)
    // Had the print run on this thread (the bridge's), playwright-core would be among its modules.
    expect(playwrightLoadedHere(), 'playwright-core is loaded on the main thread').toBe(false)
  }, 60_000)

  it('a print route that cannot be printed answers with its Danish message, as before', async () => {
    const refused = await api('print.pdf', { route: '/print/projekt/999', fileName: 'x.pdf' })
    expect(refused.error).toEqual({ code: 'not_found', message: 'Projekt 999 findes ikke.' })
    expect(playwrightLoadedHere()).toBe(false)
  }, 60_000)
})

describe('a print thread that dies', () => {
  it('fails the print it was making with a Danish message, and the next print starts a new thread', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-printthread-'))
    // A print thread of the test's: the first one it starts dies on its print (an uncaught error),
    // the next one answers with a PDF's first bytes. workerData's executablePath names its marker file.
    const script = path.join(dir, 'printWorker.cjs')
    fs.writeFileSync(
      script,
      `const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const first = !fs.existsSync(workerData.executablePath)
fs.writeFileSync(workerData.executablePath, 'started')
parentPort.on('message', (m) => {
  if (m.kind === 'close') process.exit(0)
  if (m.kind !== 'print') return
  if (first) throw new Error('the print thread crashed')
  const pdf = new TextEncoder().encode('%PDF-1.4')
  parentPort.postMessage({ kind: 'printed', id: m.id, outcome: { ok: true, pdf } }, [pdf.buffer])
})
`
    )
    const logged: string[] = []
    const printer = createPrintThreadPrinter({
      executablePath: path.join(dir, 'started'),
      target: async () => ({ signInUrl: () => 'http://127.0.0.1:9/?token=test' }),
      script,
      log: (m) => logged.push(m)
    })
    try {
      const failed = await printer.printRoute('/print/projekt/1').then(
        () => null,
        (e: unknown) => e
      )
      expect(failed).toBeInstanceOf(DomainError)
      expect(failed).toMatchObject({ code: 'internal', message: da.core.errors.printerStopped })
      expect(logged).toContain(da.core.serviceHost.printThreadStopped(1))
      expect(Buffer.from(await printer.printRoute('/print/projekt/1')).toString()).toBe('%PDF-1.4')
    } finally {
      await printer.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
