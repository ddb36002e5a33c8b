// Requests to a browser-mode bridge as a browser makes them, for the integration and stress tests.
import http from 'node:http'

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

export function httpRequest(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

/** Trades a one-time sign-in address for its session cookie (`name=value`), as a browser does. */
export async function signIn(signInUrl: string): Promise<string> {
  const url = new URL(signInUrl)
  const r = await httpRequest(Number(url.port), { path: url.pathname + url.search })
  if (r.status !== 302) throw new Error(`sign-in answered ${r.status}`)
  return r.headers['set-cookie']![0]!.split(';')[0]!
}

/** Calls one API method with a session cookie; resolves to the parsed answer. */
export async function apiCall(
  port: number,
  cookie: string,
  method: string,
  input: unknown
): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
  const r = await httpRequest(port, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input)
  })
  return JSON.parse(r.body) as { ok: boolean; data?: unknown; error?: { code: string; message: string } }
}
