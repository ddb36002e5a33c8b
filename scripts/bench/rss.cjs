// Preloaded into a command the bench runs (`node -r rss.cjs bin/puljestyr.cjs …`): writes the
// process's peak resident set size (kB) to BENCH_RSS_FILE when it exits.
'use strict'
const fs = require('node:fs')
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
