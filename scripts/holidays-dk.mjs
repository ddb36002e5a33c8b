// Writes shared/domain/time/holidaysDK.json: Denmark's rules from date-holidays' data (the holidays of
// DK and the names they use), so that the app loads date-holidays' engine (date-holidays-parser) with
// a kilobyte of rules instead of every country's (800 KB, a quarter of a second at every start that
// computes norm hours). Run after updating date-holidays: `node scripts/holidays-dk.mjs`;
// tests/unit/time/holidaysData.test.ts fails while the file differs from what this writes.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'domain', 'time', 'holidaysDK.json')

/** Denmark's part of date-holidays' data: its rules, and the shared names its rules refer to. */
export function denmarkData() {
  const { data } = require('date-holidays/data')
  const { version } = require('date-holidays/package.json')
  const dk = data.holidays.DK
  const used = new Set([...JSON.stringify(dk).matchAll(/"_name":"([^"]+)"/g)].map((m) => m[1]))
  const names = Object.fromEntries(
    [...used]
      .sort()
      .filter((k) => data.names[k])
      .map((k) => [k, data.names[k]])
  )
  return {
    generatedBy: `scripts/holidays-dk.mjs from date-holidays ${version}: do not edit`,
    version: data.version,
    license: data.license,
    holidays: { DK: dk },
    names
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(target, `${JSON.stringify(denmarkData(), null, 2)}\n`)
  console.log(`wrote ${path.relative(process.cwd(), target)}`)
}
