import http from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import type { HttpBridge } from '../../../server/http'

let rt: TestRuntime
let bridge: HttpBridge
beforeEach(async () => {
  rt = await createTestRuntime()
  bridge = await rt.bridge()
})
afterEach(async () => {
  await rt.close()
})

function request(opts: {
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string
}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

const json = { 'content-type': 'application/json' }

describe('browser mode’s HTTP bridge', () => {
  it('listens on 127.0.0.1 and prints a URL with the token', () => {
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
    const r = await request({ path: '/api/projects.list', method: 'POST', headers: { ...json, 'x-puljestyr-token': 'wrong' }, body: '{}' })
    expect(r.status).toBe(401)
  })

  it('serves the API with the token', async () => {
    const r = await request({ path: '/api/pools.list', method: 'POST', headers: { ...json, 'x-puljestyr-token': bridge.token }, body: '{}' })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body).data.map((p: { key: string }) => p.key)).toEqual(['FSM2', 'FSM1', 'HRF'])
  })

  it('refuses a foreign Host or Origin header (DNS rebinding)', async () => {
    const host = await request({
      path: '/api/pools.list',
      method: 'POST',
      headers: { ...json, host: 'evil.example:80', 'x-puljestyr-token': bridge.token },
      body: '{}'
    })
    expect(host.status).toBe(403)
    const origin = await request({
      path: '/api/pools.list',
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example', 'x-puljestyr-token': bridge.token },
      body: '{}'
    })
    expect(origin.status).toBe(403)
  })

  it('trades the token in the URL for an HttpOnly cookie and strips it from the address', async () => {
    const r = await request({ path: `/?token=${bridge.token}` })
    expect(r.status).toBe(302)
    expect(r.headers.location).toBe('/')
    const cookie = r.headers['set-cookie']![0]!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const api = await request({ path: '/api/pools.list', method: 'POST', headers: { ...json, cookie: cookie.split(';')[0]! }, body: '{}' })
    expect(api.status).toBe(200)
  })

  it('returns a validation error value for a malformed message', async () => {
    const r = await request({ path: '/api/projects.get', method: 'POST', headers: { ...json, 'x-puljestyr-token': bridge.token }, body: '{"projectId":-1}' })
    expect(r.status).toBe(400)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'projectId' } })
    const bad = await request({ path: '/api/projects.get', method: 'POST', headers: { ...json, 'x-puljestyr-token': bridge.token }, body: '{not json' })
    expect(bad.status).toBe(400)
  })

  it('sends a strict Content-Security-Policy', async () => {
    const r = await request({ path: '/', headers: { 'x-puljestyr-token': bridge.token } })
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
    const token = { 'x-puljestyr-token': bridge.token }
    bad(await request({ path: '/api/pools.%E0%A4%A', method: 'POST', headers: { ...json, ...token }, body: '{}' }))
    bad(await request({ path: '/assets/%ZZ.js', headers: token }))
    bad(await request({ path: '/', headers: { cookie: 'puljestyr_token=%E0%A4%A' } }))
  })
})
