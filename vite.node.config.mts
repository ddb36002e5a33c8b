import { resolve } from 'node:path'
import { builtinModules, createRequire } from 'node:module'
import { defineConfig, type Plugin } from 'vite'
import pkg from './package.json' with { type: 'json' }

// Plain-Node build of the CLI (which also starts browser mode): out/node/cli.cjs, browser mode's
// service worker out/node/serviceWorker.cjs and print thread out/node/printWorker.cjs, and one chunk per
// part loaded on demand (the runtime, each group of commands). Every npm dependency stays external
// and is loaded from node_modules at run time.
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies), 'electron']

// Dependencies that take 0,1–1 s to load but only some commands use (the spreadsheet writer, the
// browser, the zip, the holiday calendar, dates): each is required the first time it is used, not
// when the CLI starts, so `puljestyr --help` and `puljestyr projects` do not pay for them (#14).
// Node's own http, crypto and child_process too: most commands never serve, hash or spawn.
const LAZY = ['exceljs', 'playwright-core', 'jszip', 'date-holidays', 'ics', 'date-fns', 'papaparse', 'pg', 'node:child_process', 'node:http', 'node:crypto']
const PREFIX = '\0lazy:'
// Dependencies every command needs, bundled into the CLI's chunks instead of loaded from
// node_modules: kysely (279 files) and zod (106 files) cost more in resolving and reading their
// files than in running them (#14: `puljestyr projects` in ≤ 150 ms).
// commander too, so that its require of node:child_process (used only by executable subcommands,
// which Puljestyr has none of) is lazy as well: a tenth of `puljestyr --help`'s start.
const BUNDLED = ['kysely', 'zod', 'commander']

function lazyDependencies(): Plugin {
  const req = createRequire(import.meta.url)
  return {
    name: 'puljestyr-lazy-dependencies',
    enforce: 'pre',
    resolveId(id, importer) {
      if (LAZY.includes(id) && !importer?.startsWith(PREFIX)) return PREFIX + id
      return null
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      const name = id.slice(PREFIX.length)
      const mod = req(name) as Record<string, unknown>
      const lines = [
        `import { createRequire } from 'node:module'`,
        `const id = ${JSON.stringify(name)}`,
        `let mod`,
        `const load = () => (mod ??= createRequire(__filename)(id))`,
        // A proxy that stands for a value of the module: property reads, calls and `new` reach the real value.
        `const lazy = (get) => new Proxy(function () {}, {`,
        `  get: (_t, k) => { const o = get(); const v = o[k]; return typeof v === 'function' && !/^[A-Z]/.test(String(k)) ? v.bind(o) : v },`,
        `  has: (_t, k) => k in get(),`,
        `  construct: (_t, args) => new (get())(...args),`,
        `  apply: (_t, self, args) => get().apply(self, args)`,
        `})`,
        `export default lazy(() => { const m = load(); return m && m.__esModule && 'default' in m ? m.default : m })`
      ]
      for (const key of Object.keys(mod)) {
        if (key === 'default' || key === '__esModule' || !/^[A-Za-z_$][\w$]*$/.test(key)) continue
        lines.push(
          typeof mod[key] === 'function' && !/^[A-Z]/.test(key)
            ? `export function ${key}(...args) { return load().${key}(...args) }`
            : `export const ${key} = lazy(() => load().${key})`
        )
      }
      return lines.join('\n')
    }
  }
}

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [lazyDependencies()],
  ssr: { noExternal: [...LAZY, ...BUNDLED] },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/node',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      // serviceWorker.cjs: one of browser mode's service worker threads (server/serviceHost/);
      // printWorker.cjs: its print thread, which owns playwright-core and the browser (server/printThread/).
      input: {
        cli: resolve(import.meta.dirname, 'cli/index.ts'),
        serviceWorker: resolve(import.meta.dirname, 'server/serviceHost/threadEntry.ts'),
        printWorker: resolve(import.meta.dirname, 'server/printThread/threadEntry.ts')
      },
      external: (id) =>
        !id.startsWith(PREFIX) &&
        !LAZY.includes(id) &&
        !BUNDLED.some((b) => id === b || id.startsWith(`${b}/`)) &&
        external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' }
    }
  }
})
