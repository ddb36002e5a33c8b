import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(__dirname, 'shared') }

// The desktop app: main process (thin shell around services/), preload (one contextBridge object)
// and the renderer (React). The same renderer bundle is served by browser mode (server/).
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // serviceWorker.js: the entry of the utility processes that run the services (electron/service).
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), serviceWorker: resolve(__dirname, 'electron/service/index.ts') } }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    },
    plugins: [react()]
  }
})
