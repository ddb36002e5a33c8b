// The entry of one of the desktop app's service processes (an Electron utilityProcess, built to
// out/main/serviceWorker.js): the same worker as browser mode's threads (server/serviceHost/worker.ts),
// speaking the same protocol over the utility process's parent port.
import { runServiceWorker } from '../../server/serviceHost/worker'

const port = process.parentPort
runServiceWorker({ postMessage: (m) => port.postMessage(m), onMessage: (listener) => port.on('message', (event) => listener(event.data)) }, () =>
  process.exit(0)
)
