// Every end-to-end test gets its own browser-mode server (the built `puljestyr serve`) on a fresh
// database in a temp folder (with DIALECT=postgres: a fresh database of the run's throwaway
// PostgreSQL cluster), and a page already signed in with the run's token.
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { DEMO_TEMPLATE_ENV, E2E_CLUSTER_ENV, E2E_DEMO_TEMPLATE, E2E_EMPTY_TEMPLATE } from './globalSetup'
import { viborgProjectInput } from '../support/projects'

export interface BrowserModeApp {
  url: string
  baseUrl: string
  token: string
  dbFile: string
  dir: string
}

export async function startBrowserMode(
  dbFile: string,
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = {}
): Promise<{ app: Omit<BrowserModeApp, 'dir'>; child: ChildProcess }> {
  const cli = path.resolve(__dirname, '..', '..', 'bin', 'puljestyr.cjs')
  const child = spawn(process.execPath, [cli, 'serve', '--db', dbFile, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL: ${out} ${err}`)), 20_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    })
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)))
  })
  const u = new URL(url)
  return { app: { url, baseUrl: u.origin, token: u.searchParams.get('token')!, dbFile }, child }
}

/** What the test's database holds when browser mode starts: nothing, or the demo project (made once per run). */
export type StartDatabase = 'empty' | 'demo'

export const test = base.extend<{ app: BrowserModeApp; startDatabase: StartDatabase }>({
  startDatabase: ['empty', { option: true }],
  app: async ({ startDatabase }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-e2e-'))
    let dbFile = path.join(dir, 'puljestyr.db')
    if (process.env[E2E_CLUSTER_ENV]) dbFile = await createE2eDatabase(startDatabase)
    else if (startDatabase === 'demo') {
      const template = process.env[DEMO_TEMPLATE_ENV]
      if (!template) throw new Error(`no demo database: ${DEMO_TEMPLATE_ENV} is set by tests/e2e/globalSetup.ts`)
      fs.copyFileSync(template, dbFile)
    }
    // The user's settings (e.g. a chosen team database) are the test's own, not the machine user's.
    const { app, child } = await startBrowserMode(dbFile, [], { XDG_DATA_HOME: dir })
    await use({ ...app, dir })
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    fs.rmSync(dir, { recursive: true, force: true })
  },
  page: async ({ page, app }, use) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.url)
    await use(page)
    expect(errors, 'the page threw no uncaught errors').toEqual([])
  }
})

let e2eDatabases = 0

/** With DIALECT=postgres: a new database of the run's cluster, copied from the empty or the demo template. */
export async function createE2eDatabase(start: StartDatabase): Promise<string> {
  const base = process.env[E2E_CLUSTER_ENV]!
  const name = `e2e_${process.pid}_${++e2eDatabases}`
  const admin = new pg.Client({ connectionString: `${base}postgres` })
  await admin.connect()
  try {
    await admin.query(`create database ${name} template ${start === 'demo' ? E2E_DEMO_TEMPLATE : E2E_EMPTY_TEMPLATE}`)
  } finally {
    await admin.end()
  }
  return `${base}${name}`
}

/**
 * A test that starts on a database that already holds the demo project. «Åbn demoprojektet» then
 * opens it at once; the demo's creation through the start page is tested on an empty database.
 */
export const testOnDemo = test.extend({ startDatabase: 'demo' })

export { expect }

/** Opens the demo project from the start page and waits for its front page. */
export async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Åbn demoprojektet' }).click()
  // Creating the demo (two years of hours, meetings and 168 participants) takes about a second,
  // far more on a loaded machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Flere skal med 2' })).toBeVisible({ timeout: 120_000 })
}

/**
 * Types a date into an MUI date field (dd.mm.åååå). The field takes its sections one keystroke at a
 * time, starting from the day; the helper checks that the field holds the date afterwards.
 */
export async function fillDate(page: Page, label: string, ddmmyyyy: string): Promise<void> {
  const group = page.getByRole('group', { name: label })
  const input = group.locator('xpath=..').locator('input')
  await group.getByRole('spinbutton').first().click()
  await page.keyboard.type(ddmmyyyy.replace(/\D/g, ''))
  await expect(input).toHaveValue(ddmmyyyy)
}

/** Creates the project «Flere i job» (Viborg, FSM2, 2024–2025, 600.000,00 kr.) through the «Opret et projekt» form. */
export async function createProject(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Opret et projekt' }).click()
  await page.getByLabel('Kommune', { exact: true }).fill('Viborg Kommune')
  await choose(page, 'Pulje', 'Flere skal med 2')
  await page.getByLabel('Projektets titel').fill('Flere i job')
  await fillDate(page, 'Startdato', '01.01.2024')
  await fillDate(page, 'Slutdato', '31.12.2025')
  await page.getByLabel('Ansøgt beløb').fill('600.000,00')
  await page.getByLabel('Tilsagnsbeløb').fill('600.000,00')
  await page.getByLabel('Tilsagn fordelt på år 2024').fill('300.000,00')
  await page.getByLabel('Tilsagn fordelt på år 2025').fill('300.000,00')
  await page.getByRole('button', { name: 'Opret et projekt' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flere i job' })).toBeVisible()
}

/**
 * Picks an option of an MUI select by its label (in `scope`: the page, or a dialog), and checks that
 * the select then shows it. As a user would, it clicks again if the menu closed without taking the
 * click: on a loaded 2-core machine a click has landed while the menu was still being placed.
 */
export async function choose(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page)
  const box = scope.getByRole('combobox', { name: label })
  const menu = page.getByRole('listbox')
  await expect(async () => {
    if (!(await menu.isVisible())) await box.click({ timeout: 10_000 })
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click({ timeout: 10_000 })
    await expect(menu).toBeHidden({ timeout: 5_000 })
    await expect(box).toContainText(option, { timeout: 5_000 })
  }).toPass({ timeout: 90_000 })
}

/** Calls the API from the signed-in page (to set up data the test is not about). */
export async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, i]) => {
      const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) })
      return (await r.json()) as { ok: boolean; data?: unknown; error?: { message: string } }
    },
    [method, input] as const
  )
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`)
  return result.data as T
}

/** An FSM2 project of Viborg Kommune, «Flere i job», with a grant of 1.000.000,00 kr. split evenly on 2020 and 2021, made through the API. */
export async function fsm2ProjectByApi(page: Page, periodStart: string): Promise<{ id: number }> {
  const pools = await api<{ id: number; key: string }[]>(page, 'pools.list', {})
  return api<{ id: number }>(page, 'projects.create', viborgProjectInput(pools.find((p) => p.key === 'FSM2')!.id, periodStart))
}
