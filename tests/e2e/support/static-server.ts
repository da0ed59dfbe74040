import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveAppFile } from '../../../src/main/security/app-protocol'

/**
 * Serves the built renderer over http with the same code the app:// protocol uses (path checks,
 * content types, the CSP header), so browser tests load the page the way Electron does.
 */
export async function serveRenderer(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
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
