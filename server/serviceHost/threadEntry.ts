// The entry of one browser-mode service worker thread (built to out/node/serviceWorker.cjs).
import { parentPort } from 'node:worker_threads'
import { runServiceWorker } from './worker'

const port = parentPort
if (!port) throw new Error('serviceWorker.cjs runs as a worker thread of `puljestyr serve`.')
runServiceWorker({ postMessage: (m) => port.postMessage(m), onMessage: (listener) => port.on('message', listener) }, () => port.close())
