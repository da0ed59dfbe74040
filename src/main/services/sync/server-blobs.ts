import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { isTeamDocumentId } from '../../../shared/sync/invitation'
import { SHA256_PATTERN } from '../../../shared/sync/team-files'
import { TEAM_BLOB_LIMIT_BYTES } from '../../../shared/sync/team-status'
import { writeFileDurably } from '../../storage/durable-write'
import type { ServerStore } from './server-store'

/**
 * The team's files (imported PDFs, the logo) on the sync server: `<data>/blobs/<workspace id>/<sha256>`,
 * served over the server's own HTTP port at `/blobs/<workspace id>/<sha256>` to whoever presents
 * the workspace's token. A file is stored only if its bytes hash to the name it is sent under,
 * so nobody can put other bytes under a known hash; ids and hashes are checked before they
 * become paths, so nothing is written outside the data folder.
 */
export function createBlobHandler(dataDir: string, store: ServerStore, log: (line: string) => void) {
  const folder = join(dataDir, 'blobs')
  const send = (response: ServerResponse, status: number, text: string) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end(text)
  }

  /** Handles `/blobs/…` requests; returns false for any other path (Hocuspocus answers those). */
  return async function handleBlobRequest(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const path = (request.url ?? '').split('?')[0] ?? ''
    if (!path.startsWith('/blobs/')) return false
    const [, , id = '', sha256 = '', ...rest] = path.split('/')
    if (rest.length > 0 || !isTeamDocumentId(id) || !SHA256_PATTERN.test(sha256)) {
      send(response, 404, 'no such file')
      return true
    }
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
    if (!(await store.verifies(id, token))) {
      log(`refused a file request for "${id}": wrong or missing token`)
      request.resume()
      send(response, 401, 'wrong or missing token')
      return true
    }
    const file = join(folder, id, sha256)
    const exists = await fs.stat(file).then((info) => info.isFile(), () => false)
    switch (request.method) {
      case 'HEAD':
        response.writeHead(exists ? 200 : 404).end()
        return true
      case 'GET':
        if (!exists) send(response, 404, 'no such file')
        else {
          response.writeHead(200, { 'Content-Type': 'application/octet-stream' })
          response.end(await fs.readFile(file))
        }
        return true
      case 'PUT': {
        const body = await readBody(request, TEAM_BLOB_LIMIT_BYTES)
        if (body === null) send(response, 413, `larger than ${TEAM_BLOB_LIMIT_BYTES / 1024 / 1024} MB`)
        else if (createHash('sha256').update(body).digest('hex') !== sha256) {
          log(`refused a file for "${id}": its bytes do not match its SHA-256`)
          send(response, 400, 'the bytes do not match the SHA-256 they were sent under')
        } else {
          if (!exists) {
            await fs.mkdir(join(folder, id), { recursive: true })
            await writeFileDurably(file, body)
          }
          send(response, 201, 'stored')
        }
        return true
      }
      default:
        send(response, 405, 'use GET, HEAD or PUT')
        return true
    }
  }
}

/** The request body, or null once it passes `limit` bytes (the rest is not read into memory). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limit) {
    request.resume()
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) over = true
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(over ? null : Buffer.concat(chunks)))
    request.on('error', reject)
  })
}
