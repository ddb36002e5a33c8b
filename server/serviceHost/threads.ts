// Browser mode's service workers are worker threads of the server's process; the built script is
// out/node/serviceWorker.cjs (server/serviceHost/threadEntry.ts).
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { da } from '@shared/texts/da'
import type { WorkerChannel } from './pool'

/** The built worker script: beside the CLI (out/node), above a chunk (out/node/chunks), or under the project. */
export function findServiceWorkerScript(): string {
  const candidates = [
    path.resolve(__dirname, 'serviceWorker.cjs'),
    path.resolve(__dirname, '..', 'serviceWorker.cjs'),
    path.resolve(__dirname, '..', '..', 'out', 'node', 'serviceWorker.cjs'),
    path.resolve(process.cwd(), 'out', 'node', 'serviceWorker.cjs')
  ]
  const found = candidates.find((f) => fs.existsSync(f))
  if (!found) throw new Error(da.core.serviceHost.notBuilt)
  return found
}

export function spawnServiceThread(script: string): WorkerChannel {
  const worker = new Worker(script)
  // An uncaught error ends the thread; the pool hears of it through 'exit' and answers its calls.
  worker.on('error', (e) => console.error(`Puljestyrs tjeneste stoppede: ${e.stack ?? e.message}`))
  return {
    postMessage: (m) => worker.postMessage(m),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => worker.on('exit', listener),
    terminate: () => void worker.terminate()
  }
}
