import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveAppFile } from '../../../src/main/security/app-protocol'

/** Bytes the test bridge hands to the page (see bridge.ts), each served once. */
const offered = new Map<string, Uint8Array>()

/** Makes `bytes` fetchable once from any server started here; returns the path to fetch. */
export function offerBytes(bytes: Uint8Array): string {
  const id = randomUUID()
  offered.set(id, bytes)
  return `/__cw-bytes/${id}`
}

/**
 * Serves the built renderer over http with the same code the app:// protocol uses (path checks,
 * content types, the CSP header), so browser tests load the page the way Electron does.
 */
export async function serveRenderer(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    if (pathname.startsWith('/__cw-bytes/')) {
      const id = pathname.slice('/__cw-bytes/'.length)
      const bytes = offered.get(id)
      offered.delete(id)
      response.writeHead(bytes ? 200 : 404, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' })
      response.end(bytes ?? undefined)
      return
    }
    void serveAppFile(root, pathname).then((file) => {
      response.writeHead(file.status, file.headers)
      response.end(file.body ?? undefined)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
