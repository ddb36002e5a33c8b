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
