// The Chromium the tests drive: CHROMIUM_PATH (set by scripts/run-tests.mjs), else Debian's.
import fs from 'node:fs'

export { CHROMIUM_ARGS } from '../../services/print/chromiumArgs'

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  // undefined lets Playwright use its own downloaded browser (a normal machine with internet).
  return candidates.find((p) => fs.existsSync(p))
}
