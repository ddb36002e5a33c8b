// `npm run bench`: measures the commands a user waits for, on a fresh demo database, with the
// built CLI (run `npm run build` first). Prints the median of several runs per command.
// Performance is measured here, never by timed tests.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'bin', 'puljestyr.cjs')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-bench-'))
const runs = Number(process.env.BENCH_RUNS ?? 5)

function time(label, args, { fresh = false } = {}) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const db = path.join(dir, fresh ? `fresh-${label}-${i}.db` : 'demo.db')
    const started = process.hrtime.bigint()
    const r = spawnSync(process.execPath, [cli, ...args.map((a) => (a === '$DB' ? db : a))], { encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`)
    samples.push(ms)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]
  console.log(`${label.padEnd(28)} median ${median.toFixed(0).padStart(6)} ms  (min ${samples[0].toFixed(0)}, max ${samples.at(-1).toFixed(0)}, ${runs} runs)`)
}

spawnSync(process.execPath, [cli, 'demo', '--db', path.join(dir, 'demo.db')], { stdio: 'inherit' })
time('demo (fresh database)', ['demo', '--db', '$DB'], { fresh: true })
time('projects --json', ['projects', '--db', '$DB', '--json'])
time('verify (audit chain)', ['verify', '--db', '$DB'])
time('backup', ['backup', '--db', '$DB', '--out', path.join(dir, 'backup.db')])
// The quarterly pack: its figures, and the whole pack made as PDF (Chromium started, printed, stored).
time('report --json (2020-Q3)', ['report', '--db', '$DB', '--project', '1', '--quarter', '2020-Q3', '--json'])
time('report --pdf (whole pack)', ['report', '--db', '$DB', '--project', '1', '--quarter', '2020-Q3', '--pdf', path.join(dir, 'pack.pdf')])
for (const extra of (process.env.BENCH_EXTRA ?? '').split(';').filter(Boolean)) {
  time(extra, extra.split(' '))
}
fs.rmSync(dir, { recursive: true, force: true })
