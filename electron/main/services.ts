// The desktop app's services run outside the main process (issue #14, as Actual Budget runs its
// backend): a pool of Electron utility processes, each the same service worker as browser mode's
// threads, so a long call never freezes the window or holds up another call. The main process only
// relays IPC to the pool (server/serviceHost/pool.ts) and prints when a worker asks.
import path from 'node:path'
import { utilityProcess } from 'electron'
import type { PdfPrinter } from '../../services/print/printer'
import { createServicePool, type ServicePool, type WorkerChannel } from '../../server/serviceHost/pool'

/** Two processes: a long call in one, everything else in the other. */
export const SERVICE_PROCESSES = 2

function spawnServiceProcess(script: string, index: number): WorkerChannel {
  const child = utilityProcess.fork(script, [], { serviceName: `Puljestyr-tjeneste ${index + 1}`, stdio: 'inherit' })
  // Messages wait until the process runs.
  const queued: unknown[] = []
  let spawned = false
  child.once('spawn', () => {
    spawned = true
    for (const m of queued.splice(0)) child.postMessage(m)
  })
  return {
    postMessage: (m) => (spawned ? child.postMessage(m) : void queued.push(m)),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    terminate: () => void child.kill()
  }
}

export function startServiceProcesses(options: { databaseFile: string; printer: PdfPrinter }): Promise<ServicePool> {
  const script = path.join(__dirname, 'serviceWorker.js')
  return createServicePool({
    databaseFile: options.databaseFile,
    size: SERVICE_PROCESSES,
    spawn: (index) => spawnServiceProcess(script, index),
    dailyBackups: true,
    printer: options.printer,
    log: (m) => console.error(m)
  })
}
