// The entry of browser mode's print thread (built to out/node/printWorker.cjs). playwright-core and
// the browser live here, not on the main thread: playwright's own work for a print (its dispatchers,
// the print page: about half a second of CPU) held up the HTTP bridge there, and with it every other
// request (#14). The printing is chromium.ts's, as the CLI and the tests run it in process; the main
// thread mints each print's sign-in address (host.ts), and the PDF's bytes come back transferred.
import { parentPort, workerData } from 'node:worker_threads'
import { da } from '@shared/texts/da'
import { createChromiumDriver } from '../../services/print/chromium'
import { printFailure } from '../serviceHost/protocol'
import { parseToPrintThread, type FromPrintThread } from './protocol'

const port = parentPort
if (!port) throw new Error('printWorker.cjs runs as the print thread of `puljestyr serve`.')
const { executablePath } = workerData as { executablePath: string }
const driver = createChromiumDriver(executablePath)
const send = (m: FromPrintThread, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer)
const log = (message: string) => send({ kind: 'log', message })

port.on('message', (raw: unknown) => {
  const m = parseToPrintThread(raw)
  if (!m) return log(da.core.serviceHost.printHostForeignMessage)
  switch (m.kind) {
    case 'print':
      driver.print(m.signInUrl, m.route, m.footer !== undefined ? { footer: m.footer } : {}).then(
        // The driver's bytes are a buffer of their own (chromium.ts copies playwright's): handed over, not copied again.
        (pdf) => send({ kind: 'printed', id: m.id, outcome: { ok: true, pdf } }, [pdf.buffer as ArrayBuffer]),
        (e: unknown) => send({ kind: 'printed', id: m.id, outcome: printFailure(e) })
      )
      return
    case 'prepare':
      try {
        driver.prepare()
      } catch (e) {
        // The first print tells the user; the log says why already.
        log(da.core.serviceHost.printThreadError((e as Error)?.stack ?? String(e)))
      }
      return
    case 'warmUp':
      driver.warmUp()
      return
    case 'close':
      void driver
        .close()
        .catch((e: unknown) => log(da.core.serviceHost.printThreadError((e as Error)?.stack ?? String(e))))
        .finally(() => process.exit(0))
      return
  }
})
