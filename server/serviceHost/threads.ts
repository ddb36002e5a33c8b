// Browser mode's service workers are worker threads of the server's process; the built script is
// out/node/serviceWorker.cjs (server/serviceHost/threadEntry.ts). Its print thread's is found the same way.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { da } from '@shared/texts/da'
import type { WorkerChannel } from './pool'

/**
 * A script of the plain-Node build (vite.node.config.mts): beside the CLI (out/node), above a chunk
 * (out/node/chunks), or under the project. `notBuilt` is the error's message when there is none.
 */
export function findBuiltNodeScript(fileName: string, notBuilt: string): string {
  const candidates = [
    path.resolve(__dirname, fileName),
    path.resolve(__dirname, '..', fileName),
    path.resolve(__dirname, '..', '..', 'out', 'node', fileName),
    path.resolve(process.cwd(), 'out', 'node', fileName)
  ]
  const found = candidates.find((f) => fs.existsSync(f))
  if (!found) throw new Error(notBuilt)
  return found
}

/** The built service worker script. */
export function findServiceWorkerScript(): string {
  return findBuiltNodeScript('serviceWorker.cjs', da.core.serviceHost.notBuilt)
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
