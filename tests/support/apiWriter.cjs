'use strict'
// One writer of the concurrency test (tests/integration/core/concurrency.test.ts): a process of its
// own with the built services (out/node/cli.cjs, as `puljestyr` runs them) on the database given.
// Usage: node apiWriter.cjs DATABASE '[["method", {input}], …]'
// Prints «ready» once the database is open, waits for a line on stdin (so that every writer starts
// at the same moment), makes its calls one after another and prints their results as one JSON line.
const path = require('node:path')
const { openRuntime } = require(path.resolve(__dirname, '..', '..', 'out', 'node', 'cli.cjs'))

async function main() {
  const [database, callsJson] = process.argv.slice(2)
  const calls = JSON.parse(callsJson)
  const rt = await openRuntime(database)
  process.stdout.write('ready\n')
  await new Promise((resolve) => process.stdin.once('data', resolve))
  process.stdin.destroy()
  const results = []
  for (const [method, input] of calls) results.push(await rt.registry.call(method, input))
  await rt.close()
  process.stdout.write(`${JSON.stringify(results)}\n`)
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`)
  process.exit(1)
})
