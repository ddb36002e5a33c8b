// Browser mode's HTTP bridge: serves the built renderer and the API (the same registry as IPC) on
// 127.0.0.1 only, with a Host and Origin of its own (against DNS rebinding).
//
// Signing in (issue #13): an address carries a one-time sign-in token (`/?token=…`), which the bridge
// trades once for a session cookie: HttpOnly, SameSite=Strict, and named per instance
// (`puljestyr_<port>_<random>`), because a browser sends a cookie for 127.0.0.1 to every port: a
// second Puljestyr never overwrites the first one's cookie, and each refuses the other's. A second
// use of the same token gets 401. The printed address signs in once; the app window and the print
// path ask for addresses of their own (`signInUrl()`), which expire unused.
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { ApiResult } from '@shared/api/define'
import { isKnownPrintRoute } from '@shared/api/printRoutes'
import { da } from '@shared/texts/da'
import { CONTENT_SECURITY_POLICY } from './csp'
import { contentTypeOf, resolveStaticFile } from './staticFiles'

/** What the bridge relays API calls to: the registry in-process, or the pool of service workers. */
export interface ApiEndpoint {
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>
  /**
   * The same call answered as its JSON text in bytes, where the endpoint writes it off this thread
   * (browser mode's service workers): an export's answer is megabytes, and writing it here held up
   * every other request meanwhile (#14).
   */
  callJson?(method: unknown, input: unknown): Promise<JsonAnswer>
}

/** A result as JSON text in bytes; `errorCode` is its error's code, null for a success. */
export interface JsonAnswer {
  errorCode: string | null
  json: Uint8Array
}

/** A result as a JsonAnswer (written on this thread: for small results). */
export function jsonOf(result: ApiResult<unknown>): JsonAnswer {
  return { errorCode: result.ok ? null : result.error.code, json: Buffer.from(JSON.stringify(result)) }
}

/** A result's HTTP status: 200, 500 for an internal error, 400 for any other. */
function statusOf(errorCode: string | null): number {
  return errorCode === null ? 200 : errorCode === 'internal' ? 500 : 400
}

export interface HttpBridge {
  /** The address printed at start, with a one-time sign-in token: http://127.0.0.1:PORT/?token=… */
  url: string
  baseUrl: string
  port: number
  /** This instance's session cookie (the name differs between two instances on one machine). */
  cookieName: string
  /** A fresh one-time sign-in address (for the app window and the print path); it expires unused after `ttlMs`. */
  signInUrl(options?: { ttlMs?: number }): string
  close(): Promise<void>
}

export interface HttpBridgeOptions {
  registry: ApiEndpoint
  /** The built renderer (out/renderer); null serves the API only. */
  staticDir: string | null
  port?: number
  /** Largest request body accepted, in bytes (attachments and imports travel as base64). */
  maxBodyBytes?: number
  log?: (msg: string) => void
}

/** How long an address from signInUrl() can wait for its one use. */
const SIGN_IN_TTL_MS = 2 * 60_000
const TEXT = 'text/plain; charset=utf-8'
const HTML = 'text/html; charset=utf-8'
const t = da.core.bridge

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function page(title: string, text: string, head = ''): string {
  return `<!doctype html><html lang="da"><meta charset="utf-8"><title>Puljestyr</title>${head}
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>${escapeHtml(title)}</h1>
<p>${text}</p></body></html>`
}

const DENIED_PAGE = page(t.deniedTitle, escapeHtml(t.denied))
const TOKEN_USED_PAGE = page(t.tokenUsedTitle, escapeHtml(t.tokenUsed))
// A plain page that moves on to the app (no script: the CSP allows none inline). Used when the
// sign-in came from another site, e.g. the app window's launch file: a SameSite=Strict cookie is not
// sent on a redirect chain that a cross-site page started, but it is on this page's own navigation.
const SIGNING_IN_PAGE = page(t.signingIn, `<a href="/">${escapeHtml(t.continue)}</a>`, '<meta http-equiv="refresh" content="0;url=/">')

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a)
  const bb = Buffer.from(b)
  return ab.length === bb.length && timingSafeEqual(ab, bb)
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex')

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return decodeURIComponent(v.join('='))
  }
  return null
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra
  })
  res.end(body)
}

const JSON_TYPE = 'application/json; charset=utf-8'

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), JSON_TYPE)
}

/** One-time sign-in tokens, kept as their SHA-256 (a lookup by hash leaks nothing about a token). */
function createSignInTokens(now: () => number = Date.now) {
  const open = new Map<string, number>()
  const used = new Set<string>()
  return {
    issue(ttlMs: number): string {
      const token = randomBytes(24).toString('base64url')
      open.set(digest(token), now() + ttlMs)
      return token
    },
    /** 'ok' once; then 'used'; 'unknown' for a token never issued or expired. */
    redeem(token: string): 'ok' | 'used' | 'unknown' {
      const key = digest(token)
      for (const [k, expires] of open) if (expires < now()) open.delete(k)
      if (open.delete(key)) {
        used.add(key)
        return 'ok'
      }
      return used.has(key) ? 'used' : 'unknown'
    }
  }
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const maxBody = options.maxBodyBytes ?? 60 * 1024 * 1024
  const log = options.log ?? (() => {})
  const tokens = createSignInTokens()
  const session = randomBytes(32).toString('base64url')
  const instance = randomBytes(6).toString('hex')
  let port = 0
  let cookieName = ''
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`]
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`)

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e) => {
      // Malformed percent-encoding in a path, cookie or method name (`/api/%E0%A4%A`, `%ZZ`) is
      // the client's fault: a short 400, never a 500 with a stack trace.
      if (e instanceof URIError) {
        if (!res.headersSent) send(res, 400, t.badEncoding, TEXT)
        return
      }
      log(`HTTP ${req.method} ${req.url}: ${(e as Error).stack ?? String(e)}`)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: t.internal } })
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: only our own host name and port are answered.
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      send(res, 403, t.wrongHost, TEXT)
      return
    }
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      send(res, 403, t.wrongOrigin, TEXT)
      return
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    const presented = readCookie(req.headers.cookie, cookieName)
    const signedIn = presented !== null && safeEqual(presented, session)
    const queryToken = url.searchParams.get('token')
    if (queryToken !== null && req.method === 'GET' && url.pathname === '/') {
      signIn(req, res, queryToken, signedIn)
      return
    }
    if (!signedIn) {
      if (url.pathname.startsWith('/api/')) sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: t.unauthorized } })
      else send(res, 401, DENIED_PAGE, HTML)
      return
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendJson(res, 405, { ok: false, error: { code: 'validation', message: t.postOnly } })
        return
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length))
      const body = await readBody(req, maxBody)
      if (body === null) {
        sendJson(res, 413, { ok: false, error: { code: 'validation', message: t.tooLarge } })
        return
      }
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'validation', message: t.invalidJson } })
        return
      }
      const answer = options.registry.callJson ? await options.registry.callJson(method, input) : jsonOf(await options.registry.call(method, input))
      const { json } = answer
      send(res, statusOf(answer.errorCode), Buffer.from(json.buffer, json.byteOffset, json.byteLength), JSON_TYPE)
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, t.methodNotAllowed, TEXT)
      return
    }
    // Print routes are the renderer's (hash) routes; a path-style /print/… address is sent there,
    // and one the renderer does not know is answered 404 here at once (issue #13).
    if (url.pathname === '/print' || url.pathname.startsWith('/print/')) {
      const route = decodeURIComponent(url.pathname)
      if (isKnownPrintRoute(route)) send(res, 302, '', TEXT, { Location: `/#${route}${url.search}` })
      else send(res, 404, da.common.unknownPrintRoute(route), TEXT)
      return
    }
    serveStatic(url.pathname, res)
  }

  function signIn(req: http.IncomingMessage, res: http.ServerResponse, token: string, signedIn: boolean): void {
    const outcome = tokens.redeem(token)
    if (outcome !== 'ok') {
      // Already signed in on this browser (the printed address opened again): just the app.
      if (signedIn) send(res, 302, '', TEXT, { Location: '/' })
      else send(res, 401, outcome === 'used' ? TOKEN_USED_PAGE : DENIED_PAGE, HTML)
      return
    }
    const cookie = `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`
    // Trade the token in the address for the cookie, and drop it from the address bar.
    const site = req.headers['sec-fetch-site']
    if (site === 'cross-site' || site === 'same-site') send(res, 200, SIGNING_IN_PAGE, HTML, { 'Set-Cookie': cookie })
    else send(res, 302, '', TEXT, { 'Set-Cookie': cookie, Location: '/' })
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    if (!options.staticDir) {
      send(res, 404, t.notBuilt, TEXT)
      return
    }
    const root = path.resolve(options.staticDir)
    const file = resolveStaticFile(root, pathname)
    if (!file) {
      send(res, 404, t.notFound, TEXT)
      return
    }
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html')
    if (!fs.existsSync(target)) {
      send(res, 404, t.notBuilt, TEXT)
      return
    }
    const cache: Record<string, string> = target.includes(`${path.sep}assets${path.sep}`) ? { 'Cache-Control': 'private, max-age=31536000, immutable' } : {}
    send(res, 200, fs.readFileSync(target), contentTypeOf(target), cache)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  cookieName = `puljestyr_${port}_${instance}`
  const baseUrl = `http://127.0.0.1:${port}`
  const signInUrl = (o: { ttlMs?: number } = {}) => `${baseUrl}/?token=${tokens.issue(o.ttlMs ?? SIGN_IN_TTL_MS)}`
  return {
    // The printed address waits for its one use as long as the server runs.
    url: signInUrl({ ttlMs: Number.POSITIVE_INFINITY }),
    baseUrl,
    port,
    cookieName,
    signInUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooBig = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) tooBig = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
