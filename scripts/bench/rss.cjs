// Preloaded into a command the bench runs (`node -r rss.cjs bin/puljestyr.cjs …`): writes the
// process's peak resident set size (kB) and its CPU time (user + system, ms) to BENCH_RSS_FILE when
// it exits. CPU time is what a start costs on a machine that is not shared with other work.
'use strict'
const fs = require('node:fs')
process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return
  const cpu = process.cpuUsage()
  fs.writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }))
})
