import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { chromiumPath } from '../../support/chromium'
import { httpRequest, signIn } from '../../support/http'
import { startHttpBridge, type HttpBridge } from '../../../server/http'
import { prepareAppWindow } from '../../../server/openWindow'

let rt: TestRuntime
let bridge: HttpBridge
/** The session cookie (`name=value`) of one sign-in with the printed address. */
let session: { cookie: string }
beforeEach(async () => {
  rt = await createTestRuntime()
  bridge = await rt.bridge()
  session = { cookie: await signIn(bridge.url) }
})
afterEach(async () => {
  await rt.close()
})

const request = (opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }, port = bridge.port) => httpRequest(port, opts)

const json = { 'content-type': 'application/json' }

describe('browser mode’s HTTP bridge', () => {
  it('listens on 127.0.0.1 and prints a URL with a sign-in token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('answers 401 without the token', async () => {
    const r = await request({ path: '/api/projects.list', method: 'POST', headers: json, body: '{}' })
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    const page = await request({ path: '/' })
    expect(page.status).toBe(401)
    expect(page.body).toContain('Adgang nægtet')
  })

  it('answers 401 for a wrong token', async () => {
    const r = await request({ path: '/api/projects.list', method: 'POST', headers: { ...json, cookie: `${bridge.cookieName}=wrong` }, body: '{}' })
    expect(r.status).toBe(401)
  })

  it('serves the API with the token', async () => {
    const r = await request({ path: '/api/pools.list', method: 'POST', headers: { ...json, ...session }, body: '{}' })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body).data.map((p: { key: string }) => p.key)).toEqual(['FSM2', 'FSM1', 'HRF'])
  })

  it('refuses a foreign Host or Origin header (DNS rebinding)', async () => {
    const host = await request({
      path: '/api/pools.list',
      method: 'POST',
      headers: { ...json, host: 'evil.example:80', ...session },
      body: '{}'
    })
    expect(host.status).toBe(403)
    const origin = await request({
      path: '/api/pools.list',
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example', ...session },
      body: '{}'
    })
    expect(origin.status).toBe(403)
  })

  it('trades the token in the URL for an HttpOnly cookie and strips it from the address', async () => {
    const url = new URL(bridge.signInUrl())
    const r = await request({ path: `/?token=${url.searchParams.get('token')}` })
    expect(r.status).toBe(302)
    expect(r.headers.location).toBe('/')
    const cookie = r.headers['set-cookie']![0]!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const api = await request({ path: '/api/pools.list', method: 'POST', headers: { ...json, cookie: cookie.split(';')[0]! }, body: '{}' })
    expect(api.status).toBe(200)
  })

  it('returns a validation error value for a malformed message', async () => {
    const r = await request({ path: '/api/projects.get', method: 'POST', headers: { ...json, ...session }, body: '{"projectId":-1}' })
    expect(r.status).toBe(400)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'projectId' } })
    const bad = await request({ path: '/api/projects.get', method: 'POST', headers: { ...json, ...session }, body: '{not json' })
    expect(bad.status).toBe(400)
  })

  it('sends a strict Content-Security-Policy', async () => {
    const r = await request({ path: '/', headers: { ...session } })
    expect(r.headers['content-security-policy']).toContain("script-src 'self'")
    expect(r.headers['content-security-policy']).toContain("default-src 'self'")
  })
})

describe('malformed percent-encoding (issue #13)', () => {
  const bad = (r: { status: number; body: string }) => {
    expect(r.status).toBe(400)
    expect(r.body).toBe('Ugyldig adresse eller cookie (forkert %-kodning).')
    expect(r.body).not.toMatch(/at .*\.(ts|js)|URIError/)
  }
  it('in a method name, a static path or a cookie gives 400 with a short Danish text and no stack trace', async () => {
    const token = session
    bad(await request({ path: '/api/pools.%E0%A4%A', method: 'POST', headers: { ...json, ...token }, body: '{}' }))
    bad(await request({ path: '/assets/%ZZ.js', headers: token }))
    bad(await request({ path: '/', headers: { cookie: `${bridge.cookieName}=%E0%A4%A` } }))
  })
})

describe('the one-time sign-in address and the per-instance cookie (issue #13)', () => {
  it('a sign-in address works once: the second use gets 401 with a Danish page', async () => {
    const url = new URL(bridge.signInUrl())
    const first = await request({ path: url.pathname + url.search })
    expect(first.status).toBe(302)
    const again = await request({ path: url.pathname + url.search })
    expect(again.status).toBe(401)
    expect(again.headers['content-type']).toContain('text/html')
    expect(again.body).toContain('Adgangsnøglen er brugt')
    expect(again.body).toContain('kan kun bruges én gang')
    expect(again.headers['set-cookie']).toBeUndefined()
    // The printed address was used by the sign-in before this test: it is spent too.
    const printed = new URL(bridge.url)
    expect((await request({ path: printed.pathname + printed.search })).status).toBe(401)
  })

  it('a browser that is signed in and opens a used address again just gets the app', async () => {
    const printed = new URL(bridge.url)
    const r = await request({ path: printed.pathname + printed.search, headers: session })
    expect(r.status).toBe(302)
    expect(r.headers.location).toBe('/')
  })

  it('an unused sign-in address expires', async () => {
    const url = new URL(bridge.signInUrl({ ttlMs: -1 }))
    expect((await request({ path: url.pathname + url.search })).status).toBe(401)
  })

  it('each instance has its own cookie name; one instance refuses the other’s cookie and neither logs the other out', async () => {
    const other = await startHttpBridge({ registry: rt.registry, staticDir: null })
    try {
      expect(other.cookieName).not.toBe(bridge.cookieName)
      expect(bridge.cookieName).toContain(String(bridge.port))
      const otherSession = await signIn(other.url)
      const list = (cookie: string, port: number) => request({ path: '/api/pools.list', method: 'POST', headers: { ...json, cookie }, body: '{}' }, port)
      // The browser sends both cookies to both ports (cookies ignore the port): each takes only its own.
      const both = `${session.cookie}; ${otherSession}`
      expect((await list(both, bridge.port)).status).toBe(200)
      expect((await list(both, other.port)).status).toBe(200)
      // A's cookie at B: refused, by its name and by its value under B's name.
      expect((await list(session.cookie, other.port)).status).toBe(401)
      const aValue = session.cookie.split('=')[1]!
      expect((await list(`${other.cookieName}=${aValue}`, other.port)).status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('a sign-in started from another site (the app window’s launch file) gets a page that moves on, not a redirect', async () => {
    const url = new URL(bridge.signInUrl())
    const r = await request({ path: url.pathname + url.search, headers: { 'sec-fetch-site': 'cross-site' } })
    expect(r.status).toBe(200)
    expect(r.headers['set-cookie']![0]).toMatch(new RegExp(`^${bridge.cookieName}=.+; HttpOnly; SameSite=Strict; Path=/$`))
    expect(r.body).toContain('<meta http-equiv="refresh" content="0;url=/">')
  })
})

describe('the app window of browser mode (issue #13)', () => {
  it('gets no token on its command line, a private launch page and a fresh profile folder', () => {
    const signInUrl = bridge.signInUrl()
    const token = new URL(signInUrl).searchParams.get('token')!
    const launch = prepareAppWindow(signInUrl, rt.dir)
    for (const arg of launch.args) expect(arg).not.toContain(token)
    expect(launch.args.join(' ')).not.toContain('token')
    expect(launch.args).toContain(`--user-data-dir=${launch.profileDir}`)
    expect(launch.args).toContain(`--app=${pathToFileURL(launch.launchFile).href}`)
    expect(path.dirname(launch.profileDir)).toBe(launch.dir)
    expect(fs.readdirSync(launch.profileDir)).toEqual([])
    expect(fs.readFileSync(launch.launchFile, 'utf8')).toContain(token)
    if (process.platform !== 'win32') {
      expect(fs.statSync(launch.dir).mode & 0o777).toBe(0o700)
      expect(fs.statSync(launch.launchFile).mode & 0o777).toBe(0o600)
    }
    // Two windows never share a profile.
    expect(prepareAppWindow(bridge.signInUrl(), rt.dir).profileDir).not.toBe(launch.profileDir)
  })

  it('Chromium on the launch page ends signed in on the app, and the page’s token is spent', async () => {
    const signInUrl = bridge.signInUrl()
    const launch = prepareAppWindow(signInUrl, rt.dir)
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] })
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(launch.launchFile).href)
      await page.waitForURL(`${bridge.baseUrl}/`)
      const status = await page.evaluate(
        async () => (await fetch('/api/pools.list', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status
      )
      expect(status).toBe(200)
    } finally {
      await browser.close()
    }
    const used = new URL(signInUrl)
    expect((await request({ path: used.pathname + used.search })).status).toBe(401)
  })
})

describe('print routes at the bridge (issue #13)', () => {
  it('an unknown /print/… address is answered 404 at once; a known one goes to the renderer’s route', async () => {
    const unknown = await request({ path: '/print/ukendt/1', headers: session })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toBe('Udskriften «/print/ukendt/1» findes ikke.')
    const known = await request({ path: '/print/revisor/3', headers: session })
    expect(known.status).toBe(302)
    expect(known.headers.location).toBe('/#/print/revisor/3')
  })
})
