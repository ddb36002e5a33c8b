// The built renderer's files, as browser mode's HTTP bridge and the desktop app's app:// protocol
// serve them. One path check for both: a request names a file inside the renderer's folder or
// nothing (no `..`, no encoded `%2e%2e`, no absolute path, no sibling folder such as
// `renderer-evil/`, which a prefix test without the trailing separator would let through).
import fs from 'node:fs'
import path from 'node:path'

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
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

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** True when `target` is `root` itself or lies inside it (compared with a trailing separator). */
export function isInside(root: string, target: string): boolean {
  const r = path.resolve(root)
  const t = path.resolve(target)
  return t === r || t.startsWith(r.endsWith(path.sep) ? r : r + path.sep)
}

/**
 * The file inside `root` that a URL path names (`/` is index.html), or null when the path leaves
 * the folder. A malformed %-escape throws URIError (the caller answers 400).
 */
export function resolveStaticFile(root: string, urlPathname: string): string | null {
  const decoded = decodeURIComponent(urlPathname)
  if (decoded.includes('\0')) return null
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '')
  const file = path.resolve(root, rel)
  return isInside(root, file) && file !== path.resolve(root) ? file : null
}

/** The built renderer: next to the built CLI (out/node or out/node/chunks → out/renderer), or under the project. */
export function findStaticDir(): string | null {
  const candidates = [
    path.resolve(__dirname, '..', 'renderer'),
    // The CLI's runtime is a chunk (out/node/chunks): `puljestyr export` run from another folder printed nothing.
    path.resolve(__dirname, '..', '..', 'renderer'),
    path.resolve(__dirname, '..', 'out', 'renderer'),
    path.resolve(process.cwd(), 'out', 'renderer')
  ]
  // A built renderer has an assets/ folder; the source folder renderer/ has an index.html too.
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'assets'))) ?? null
}
