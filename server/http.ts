// Browser mode's HTTP bridge: serves the built renderer and the API (the same registry as IPC) on
// 127.0.0.1 only. Every request needs the per-run token (query once, then an HttpOnly cookie, or
// the x-puljestyr-token header), and a Host and Origin of its own (against DNS rebinding).
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { TOKEN_HEADER } from '@shared/api/define'
import type { Registry } from '../services/registry'
import { CONTENT_SECURITY_POLICY } from './csp'

export interface HttpBridge {
  /** The address to open, with the token: http://127.0.0.1:PORT/?token=… */
  url: string
  baseUrl: string
  port: number
  token: string
  close(): Promise<void>
}

export interface HttpBridgeOptions {
  registry: Registry
  /** The built renderer (out/renderer); null serves the API only. */
  staticDir: string | null
  port?: number
  token?: string
  /** Largest request body accepted, in bytes (attachments and imports travel as base64). */
  maxBodyBytes?: number
  log?: (msg: string) => void
}

const COOKIE = 'puljestyr_token'
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8'
}

const DENIED_PAGE = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Puljestyr</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Adgang nægtet</h1>
<p>Åbn Puljestyr med den adresse, programmet skrev ud ved start. Den indeholder en adgangsnøgle, som kun gælder, mens programmet kører.</p></body></html>`

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a)
  const bb = Buffer.from(b)
  return ab.length === bb.length && timingSafeEqual(ab, bb)
}

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

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const maxBody = options.maxBodyBytes ?? 60 * 1024 * 1024
  const log = options.log ?? (() => {})
  let port = 0
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`]
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`)

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e) => {
      // Malformed percent-encoding in a path, cookie or method name (`/api/%E0%A4%A`, `%ZZ`) is
      // the client's fault: a short 400, never a 500 with a stack trace.
      if (e instanceof URIError) {
        if (!res.headersSent) send(res, 400, 'Ugyldig adresse eller cookie (forkert %-kodning).', 'text/plain; charset=utf-8')
        return
      }
      log(`HTTP ${req.method} ${req.url}: ${(e as Error).stack ?? String(e)}`)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Intern fejl i Puljestyrs lokale tjeneste.' } })
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: only our own host name and port are answered.
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      send(res, 403, 'Forkert værtsnavn.', 'text/plain; charset=utf-8')
      return
    }
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      send(res, 403, 'Forkert oprindelse (Origin).', 'text/plain; charset=utf-8')
      return
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    const queryToken = url.searchParams.get('token')
    if (queryToken !== null && req.method === 'GET' && url.pathname === '/') {
      if (!safeEqual(queryToken, token)) {
        send(res, 401, DENIED_PAGE, 'text/html; charset=utf-8')
        return
      }
      // Trade the token in the address for a cookie, and drop it from the address bar.
      send(res, 302, '', 'text/plain', {
        'Set-Cookie': `${COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/'
      })
      return
    }
    const presented = (req.headers[TOKEN_HEADER] as string | undefined) ?? readCookie(req.headers.cookie, COOKIE)
    if (presented === null || !safeEqual(presented, token)) {
      if (url.pathname.startsWith('/api/')) {
        sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Adgangsnøglen mangler eller er forkert.' } })
      } else {
        send(res, 401, DENIED_PAGE, 'text/html; charset=utf-8')
      }
      return
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendJson(res, 405, { ok: false, error: { code: 'validation', message: 'API-kald skal sendes med POST.' } })
        return
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length))
      const body = await readBody(req, maxBody)
      if (body === null) {
        sendJson(res, 413, { ok: false, error: { code: 'validation', message: 'Forespørgslen er for stor.' } })
        return
      }
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'validation', message: 'Forespørgslen er ikke gyldig JSON.' } })
        return
      }
      const result = await options.registry.call(method, input)
      sendJson(res, result.ok ? 200 : result.error.code === 'internal' ? 500 : 400, result)
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Metoden er ikke tilladt.', 'text/plain; charset=utf-8')
      return
    }
    serveStatic(url.pathname, res)
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    if (!options.staticDir) {
      send(res, 404, 'Brugerfladen er ikke bygget: kør "npm run build".', 'text/plain; charset=utf-8')
      return
    }
    const root = path.resolve(options.staticDir)
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
    const file = path.resolve(root, rel)
    if (!file.startsWith(root + path.sep)) {
      send(res, 404, 'Ikke fundet.', 'text/plain; charset=utf-8')
      return
    }
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html')
    if (!fs.existsSync(target)) {
      send(res, 404, 'Brugerfladen er ikke bygget: kør "npm run build".', 'text/plain; charset=utf-8')
      return
    }
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream'
    const cache: Record<string, string> = target.includes(`${path.sep}assets${path.sep}`) ? { 'Cache-Control': 'private, max-age=31536000, immutable' } : {}
    send(res, 200, fs.readFileSync(target), type, cache)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const baseUrl = `http://127.0.0.1:${port}`
  return {
    url: `${baseUrl}/?token=${token}`,
    baseUrl,
    port,
    token,
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
