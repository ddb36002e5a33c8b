// Playwright globalSetup: the demo project is made once per run with the built CLI (`puljestyr demo`),
// and the tests that start on the demo copy that file instead of each creating the demo again
// (two years of hours, meetings and 150 participants: most of a test's time on a loaded 2-core
// machine). The test that creates the demo through the start page still starts empty
// (tests/e2e/foundation.spec.ts).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const DEMO_TEMPLATE_ENV = 'PULJESTYR_E2E_DEMO_DB'

export default function globalSetup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-e2e-demo-'))
  const file = path.join(dir, 'demo.db')
  const cli = path.resolve(__dirname, '..', '..', 'bin', 'puljestyr.cjs')
  execFileSync(process.execPath, [cli, 'demo', '--db', file], { stdio: 'pipe' })
  // The CLI closes the database, which folds the write-ahead log into the file: one file to copy.
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) throw new Error(`the demo template ${file} still has a write-ahead log`)
  process.env[DEMO_TEMPLATE_ENV] = file
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
