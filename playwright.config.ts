import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/chromium'

// End-to-end tests: each test starts browser mode (the built CLI) on a fresh database and clicks
// through the real UI in Chromium. Debian's Chromium is used; nothing is downloaded.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Makes the demo database once; the tests that start on the demo copy it (tests/e2e/fixtures.ts).
  globalSetup: './tests/e2e/globalSetup.ts',
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  workers: 2,
  fullyParallel: true,
  // Long user journeys (a month corrected, signed, approved and exported) take a minute on a busy 2-core CI machine.
  timeout: 180_000,
  // One retry, reported as «flaky» in the summary line: on a loaded 2-core machine a MUI menu has been
  // seen to close under a click once in many runs (time.spec's staff picker, not reproduced in 30 runs).
  // A test that fails twice fails the run.
  retries: 1,
  expect: { timeout: 20_000 },
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    acceptDownloads: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure'
  }
})
