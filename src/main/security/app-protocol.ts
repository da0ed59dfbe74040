import * as fs from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './csp'

/** The app page is served from app://bundle/, never from file:// or the network. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = 'app://bundle'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8'
}

/**
 * Maps a request path (as in `/assets/index.js`) to a file under `root`, or null when it would
 * leave `root` (`..`, encoded `%2e%2e`, backslashes, NUL, absolute paths).
 */
export function resolveAppPath(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '')
  if (isAbsolute(wanted)) return null
  const base = resolve(root)
  const target = resolve(base, wanted)
  const rel = relative(base, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return target
}

export type StaticResponse = { status: number; headers: Record<string, string>; body: Uint8Array | null }

/** Serves one file of the built renderer, refusing anything outside it (symlinks included). */
export async function serveAppFile(root: string, pathname: string): Promise<StaticResponse> {
  const notFound: StaticResponse = { status: 404, headers: { 'Content-Type': 'text/plain' }, body: null }
  const target = resolveAppPath(root, pathname)
  if (!target) return notFound
  try {
    const [realRoot, realTarget] = await Promise.all([fs.realpath(root), fs.realpath(target)])
    const rel = relative(realRoot, realTarget)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return notFound
    const body = await fs.readFile(realTarget)
    const type = CONTENT_TYPES[extname(realTarget).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY
    return { status: 200, headers, body }
  } catch {
    return notFound
  }
}
