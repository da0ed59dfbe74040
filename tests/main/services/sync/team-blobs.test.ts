import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { downloadFile } from '../../../../src/main/services/sync/team-blobs'

/** A laptop fetching a file from a hostile or broken server. */
const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve))
})

async function hostile(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const file = { sha256: 'a'.repeat(64), bytes: 1_000, file: 'x.pdf' }
const link = (server: string) => ({ server, workspaceId: 'ws-test', token: 't'.repeat(43) })

describe('downloading a team file', () => {
  it('stops reading a response without a length as soon as it passes the recorded size', async () => {
    let sent = 0
    const server = await hostile((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' }) // chunked: no Content-Length
      const chunk = Buffer.alloc(64 * 1024)
      const more = () => {
        while (sent < 200 * 1024 * 1024 && !response.destroyed) {
          sent += chunk.length
          if (!response.write(chunk)) return void response.once('drain', more)
        }
        response.end()
      }
      more()
    })
    await expect(downloadFile(link(server), file)).rejects.toThrow('larger than recorded')
    expect(sent).toBeLessThan(200 * 1024 * 1024)
  })

  it('refuses bytes that do not match the recorded SHA-256', async () => {
    const server = await hostile((_request, response) => response.end(Buffer.alloc(1_000)))
    await expect(downloadFile(link(server), file)).rejects.toThrow('does not match its SHA-256')
  })
})
