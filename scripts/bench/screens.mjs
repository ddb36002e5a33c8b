// The main screens in Chromium (Debian's /usr/bin/chromium through playwright-core): browser mode on
// a database, each screen opened from the app's drawer as a user would (client-side navigation, the
// app already loaded), timed until its first rows are visible, and the rows in the DOM counted.
/* global document, window -- the functions given to page.evaluate run in the page */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A screen's first row: in a table, or (the long lists) in a data grid. */
const TABLE_ROW = 'main table tbody tr:not([aria-hidden])'
const TABLE_OR_GRID_ROW = `${TABLE_ROW}, main [role="row"][data-rowindex]`

/** The screens a project leader opens most, with what shows that the screen has its data. */
export const SCREENS = [
  { key: 'overview', label: 'Overblik', path: '', ready: 'main h1' },
  { key: 'spending', label: 'Budget › Forbrug', path: 'budget/forbrug', ready: TABLE_ROW },
  { key: 'ledger', label: 'Regnskab › Posteringer', path: 'regnskab/posteringer', ready: TABLE_OR_GRID_ROW },
  { key: 'months', label: 'Timer › Måneder', path: 'timer/maaneder', ready: TABLE_OR_GRID_ROW },
  { key: 'participants', label: 'Deltagere', path: 'deltagere', ready: TABLE_ROW },
  { key: 'monthGrid', label: 'Deltagere › Månedsstatus', path: 'deltagere/maaned', ready: TABLE_OR_GRID_ROW },
  { key: 'kpi', label: 'Deltagere › KPI’er', path: 'deltagere/kpi', ready: TABLE_ROW },
  { key: 'meetings', label: 'Møder', path: 'moeder', ready: `${TABLE_ROW}, main a[href*="/moede/"]` },
  { key: 'audit', label: 'Revisionsspor', path: 'revisionsspor', ready: TABLE_OR_GRID_ROW }
]

/** Starts `puljestyr serve` on a database; resolves to its URL (with the run's token) and a stop function. */
export function startServer(cliFile, db) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliFile, 'serve', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 120000)
    child.stdout.on('data', (d) => {
      out += d
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({
          url: m[1],
          stop: () =>
            new Promise((done) => {
              child.once('exit', done)
              child.kill('SIGTERM')
            })
        })
      }
    })
    child.stderr.on('data', (d) => (out += d))
    child.once('exit', (code) => reject(new Error(`serve ended (${code}): ${out}`)))
  })
}

/**
 * Times each screen of `projectId` on the server at `url` (its one-time sign-in address): `runs`
 * fresh pages, each loading the app and then opening every screen in turn. Returns per screen the
 * median milliseconds to its first rows and the most rows it had in the DOM.
 */
export async function timeScreens(url, projectId, runs, chromiumPath = '/usr/bin/chromium') {
  const { chromium } = require('playwright-core')
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
  const samples = new Map(SCREENS.map((s) => [s.key, { ms: [], domRows: 0 }]))
  // The address signs in once: one context keeps the sign-in, each run a fresh page (an empty cache).
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'da-DK' })
  try {
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage()
      await page.goto(run === 0 ? url : new URL('/', url).toString())
      await page.waitForSelector('main')
      for (const screen of SCREENS) {
        const to = `/projekt/${projectId}${screen.path ? `/${screen.path}` : ''}`
        const t0 = Date.now()
        // What the previous screen showed is marked, so that only the new screen's rows count.
        await page.evaluate((path) => {
          for (const el of document.querySelectorAll('main *')) el.setAttribute('data-bench-stale', '')
          window.location.hash = `#${path}`
        }, to)
        await page
          .waitForFunction(
            (selector) => {
              const main = document.querySelector('main')
              if (!main || main.querySelector('.MuiCircularProgress-root')) return false
              const el = [...main.querySelectorAll(selector)].find((e) => !e.hasAttribute('data-bench-stale'))
              return el !== undefined && el.getBoundingClientRect().height > 0
            },
            screen.ready,
            { timeout: 120000, polling: 'raf' }
          )
          .catch(async (e) => {
            const text = await page.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 300) ?? '(no main)')
            throw new Error(`screen ${screen.key} (${to}) showed no rows: ${text}: ${e.message}`)
          })
        const ms = Date.now() - t0
        const domRows = await page.evaluate(() => document.querySelectorAll('tr, [role="row"]').length)
        const s = samples.get(screen.key)
        s.ms.push(ms)
        s.domRows = Math.max(s.domRows, domRows)
      }
      await page.close()
    }
  } finally {
    await context.close()
    await browser.close()
  }
  return samples
}
