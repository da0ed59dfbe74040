import { createHash } from 'node:crypto'
import type { TeamLink } from '../../../shared/sync/invitation'
import type { TeamFile } from '../../../shared/sync/team-files'
import { TEAM_BLOB_LIMIT_BYTES } from '../../../shared/sync/team-status'

/**
 * A laptop's side of the team's files: PUT, HEAD and GET on the sync server's `/blobs/<id>/<sha256>`
 * (server-blobs.ts), with the workspace's token. Every file fetched is checked against the size
 * and SHA-256 the workspace records before anyone uses it.
 */
const urlOf = (link: TeamLink, sha256: string) => `${link.server.replace(/^ws/i, 'http').replace(/\/+$/, '')}/blobs/${link.workspaceId}/${sha256}`
const headers = (link: TeamLink) => ({ Authorization: `Bearer ${link.token}` })
export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export async function serverHasFile(link: TeamLink, sha256: string): Promise<boolean> {
  const response = await fetch(urlOf(link, sha256), { method: 'HEAD', headers: headers(link) })
  if (response.status === 401) throw new Error('the server refused this workspace’s token for files')
  return response.ok
}

export async function uploadFile(link: TeamLink, bytes: Uint8Array): Promise<void> {
  if (bytes.byteLength > TEAM_BLOB_LIMIT_BYTES) throw new Error(`a file is larger than the ${TEAM_BLOB_LIMIT_BYTES / 1024 / 1024} MB a team can share`)
  const response = await fetch(urlOf(link, sha256Hex(bytes)), { method: 'PUT', headers: headers(link), body: new Blob([new Uint8Array(bytes)]) })
  if (!response.ok) throw new Error(`the server did not take a file (${response.status}: ${(await response.text()).slice(0, 200)})`)
}

/** The file's bytes from the server, only if they are exactly what the workspace recorded. */
export async function downloadFile(link: TeamLink, file: TeamFile): Promise<Uint8Array> {
  const response = await fetch(urlOf(link, file.sha256), { headers: headers(link) })
  if (!response.ok) throw new Error(`the server does not have a file the workspace refers to yet (${response.status})`)
  const tooLarge = () => new Error('a file from the server is larger than recorded, so it was refused')
  if (Number(response.headers.get('content-length') ?? 0) > file.bytes) throw tooLarge()
  // Read no further than the recorded size: a hostile server could stream without end.
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body?.getReader()
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength
    if (size > file.bytes) {
      await reader?.cancel()
      throw tooLarge()
    }
    chunks.push(part.value)
  }
  const bytes = Buffer.concat(chunks)
  if (bytes.byteLength !== file.bytes || sha256Hex(bytes) !== file.sha256) throw new Error('a file from the server does not match its SHA-256, so it was refused')
  return new Uint8Array(bytes)
}
