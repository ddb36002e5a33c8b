// `npm test`: typecheck (Node and web code), lint, build, vitest (unit + integration on real SQLite
// files), and Playwright end-to-end tests in Chromium. Ends with the runners' summaries and one
// summary line of its own.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-test-run-'))
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return ok
}

/** Runs the commands at once (the checks are independent), prints each one's output when it ends; whether each passed. */
async function runTogether(jobs) {
  const started = Date.now()
  const results = await Promise.all(
    jobs.map(
      ([label, cmd, args]) =>
        new Promise((resolve) => {
          const child = spawn(cmd, args, { cwd: root, env: process.env })
          let out = ''
          child.stdout.on('data', (d) => (out += d))
          child.stderr.on('data', (d) => (out += d))
          child.on('close', (code) => {
            const ok = code === 0
            console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}\n${out.trimEnd()}`)
            console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
            resolve([label, ok])
          })
        })
    )
  )
  return Object.fromEntries(results)
}

/** Chromium for the tests: CHROMIUM_PATH, Debian's, apt-get as root on Debian, else Playwright's download. */
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  const found = candidates.find((p) => fs.existsSync(p))
  if (found) return { path: found, how: process.env.CHROMIUM_PATH === found ? 'CHROMIUM_PATH' : 'installed' }
  const debian = fs.existsSync('/etc/debian_version')
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (debian && isRoot) {
    console.log("Chromium is missing: installing Debian's chromium with apt-get …")
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' })
    if (fs.existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', how: 'apt-get install chromium' }
  }
  console.log("Chromium is missing: downloading Playwright's own Chromium …")
  spawnSync(npx, ['playwright', 'install', 'chromium'], { cwd: root, stdio: 'inherit' })
  return { path: null, how: "Playwright's downloaded Chromium" }
}

const chromium = findChromium()
console.log(`Chromium used by the tests: ${chromium.path ?? '(Playwright’s own)'} (${chromium.how})`)
const chromiumEnv = chromium.path ? { CHROMIUM_PATH: chromium.path } : {}

const steps = []
// The four static checks share the two cores at once: together they take the time of the longest.
const checks = await runTogether([
  ['typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck (web)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.web.json']],
  ['lint', npx, ['eslint', '--max-warnings=0', '.']],
  ['format', npx, ['prettier', '--check', '.']]
])
steps.push(['typecheck', checks['typecheck'] && checks['typecheck (web)']])
steps.push(['lint', checks['lint'] && checks['format']])
const built = run('build', 'npm', ['run', 'build', '--silent'])
steps.push(['build', built])

const vitestJson = path.join(tmp, 'vitest.json')
steps.push(['vitest', run('vitest', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], chromiumEnv)])

// The whole integration suite runs on PostgreSQL too (issue #15), on a throwaway cluster
// (tests/support/postgres.ts) when PostgreSQL's server binaries are installed. The few tests of
// SQLite's own file handling skip themselves there, each saying why.
const PG_SUITES = ['tests/integration']
function findPostgresBin() {
  const candidates = [process.env.PG_BIN].filter(Boolean)
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, v, 'bin'))
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null
}
const pgBin = findPostgresBin()
const vitestPgJson = path.join(tmp, 'vitest-pg.json')
if (pgBin) {
  steps.push([
    'vitest (PostgreSQL)',
    run('vitest (PostgreSQL)', npx, ['vitest', 'run', ...PG_SUITES, '--reporter=default', '--reporter=json', `--outputFile.json=${vitestPgJson}`], {
      ...chromiumEnv,
      DIALECT: 'postgres',
      PG_BIN: pgBin
    })
  ])
} else {
  console.log('PostgreSQL is not installed (no initdb/pg_ctl): the integration suite runs on SQLite only.')
}

const playwrightJson = path.join(tmp, 'playwright.json')
if (built) {
  steps.push(['playwright', run('playwright', npx, ['playwright', 'test'], { ...chromiumEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })])
} else {
  steps.push(['playwright', false])
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}
const v = readJson(vitestJson)
const vPassed = v?.numPassedTests ?? 0
const vFailed = (v?.numFailedTests ?? 0) + (v ? 0 : 1)
const vp = pgBin ? readJson(vitestPgJson) : null
const vpPassed = vp?.numPassedTests ?? 0
const vpFailed = pgBin ? (vp?.numFailedTests ?? 0) + (vp ? 0 : 1) : 0
const p = readJson(playwrightJson)
const pPassed = p?.stats?.expected ?? 0
const pFailed = (p?.stats?.unexpected ?? 0) + (p ? 0 : 1)
const pFlaky = p?.stats?.flaky ?? 0

const failedSteps = steps.filter(([, ok]) => !ok).map(([name]) => name)
const passed = vPassed + vpPassed + pPassed
const failed = vFailed + vpFailed + pFailed
console.log('')
console.log(
  `vitest: ${vPassed} passed, ${v?.numFailedTests ?? '?'} failed · ${pgBin ? `vitest on PostgreSQL: ${vpPassed} passed, ${vp?.numFailedTests ?? '?'} failed` : 'PostgreSQL: not installed'} · playwright: ${pPassed} passed, ${p?.stats?.unexpected ?? '?'} failed${pFlaky ? `, ${pFlaky} flaky` : ''} · steps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`
)
console.log(`Tests: ${passed} passed, ${failedSteps.length ? Math.max(failed, 1) : 0} failed`)
fs.rmSync(tmp, { recursive: true, force: true })
process.exit(failedSteps.length ? 1 : 0)
