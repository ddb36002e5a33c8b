#!/usr/bin/env node
'use strict'
// The `puljestyr` command. The code lives in cli/ and is built to out/node/cli.cjs by `npm run build`
// (which `npm install` runs through the `prepare` script).
const path = require('node:path')
const fs = require('node:fs')
const built = path.join(__dirname, '..', 'out', 'node', 'cli.cjs')
if (!fs.existsSync(built)) {
  console.error('Puljestyr er ikke bygget endnu: kør "npm run build" først.')
  process.exit(2)
}
useCodeCache(path.dirname(built))
require(built)
  .main(process.argv)
  .then(
    (code) => {
      process.exitCode = code
    },
    (err) => {
      console.error(err && err.message ? err.message : String(err))
      process.exitCode = 1
    }
  )

// The cache file's name for one built file as it is now: node's version, the file's path, size and
// modification time, hashed (FNV-1a, two rounds) without loading node:crypto, which alone costs a
// `--help` a tenth of its start.
function cacheKey(filename, content) {
  let stamp
  try {
    const st = fs.statSync(filename)
    stamp = `${st.size}|${st.mtimeMs}`
  } catch {
    stamp = String(content.length)
  }
  const text = `${process.version}|${filename}|${stamp}|${content.length}`
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0
    b = Math.imul(b ^ text.charCodeAt(text.length - 1 - i), 0x811c9dc5) >>> 0
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`
}

// V8's compiled code for the built CLI's own files and the dependencies it loads, kept beside them
// (or in the temp folder where the install is read-only) so that a command does not compile the
// same megabytes of JavaScript on every start (#14: `puljestyr projects` in ≤ 150 ms; the export's
// printer, playwright-core, is 7 MB of it: half its 0,3 s load was compiling). Node 22 has
// module.enableCompileCache for this; Node 20 has only vm.Script's cachedData. A missing or
// rejected cache just compiles again.
function useCodeCache(outDir) {
  if (process.env.PULJESTYR_NO_CODE_CACHE) return
  const Module = require('node:module')
  const vm = require('node:vm')
  const os = require('node:os')
  const dirs = [path.join(outDir, '.v8-cache'), path.join(os.tmpdir(), `puljestyr-v8-cache-${process.version}`)]
  const pending = []
  process.once('exit', () => {
    for (const { key, script } of pending) {
      const data = script.createCachedData()
      for (const dir of dirs) {
        try {
          fs.mkdirSync(dir, { recursive: true })
          fs.writeFileSync(path.join(dir, key), data)
          break
        } catch {
          // read-only: try the next folder
        }
      }
    }
  })
  const DEPENDENCY = `${path.sep}node_modules${path.sep}`
  const original = Module.prototype._compile
  Module.prototype._compile = function compileWithCache(content, filename) {
    if (!filename.startsWith(outDir + path.sep) && !filename.includes(DEPENDENCY)) return original.call(this, content, filename)
    const key = cacheKey(filename, content)
    let cachedData
    for (const dir of dirs) {
      try {
        cachedData = fs.readFileSync(path.join(dir, key))
        break
      } catch {
        // not cached there
      }
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData })
    // Written when the command ends, so the cache also holds the functions the command ran.
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ key, script })
    const fn = script.runInThisContext({ displayErrors: true })
    const dirname = path.dirname(filename)
    const req = (id) => this.require(id)
    req.resolve = (request, options) => Module._resolveFilename(request, this, false, options)
    req.main = process.mainModule
    req.cache = Module._cache
    req.extensions = Module._extensions
    return fn.call(this.exports, this.exports, req, this, filename, dirname)
  }
}
