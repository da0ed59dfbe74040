import { createHash, timingSafeEqual } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { isTeamDocumentId, TEAM_TOKEN_MIN_LENGTH } from '../../../shared/sync/invitation'
import { writeFileDurably } from '../../storage/durable-write'

/**
 * What the sync server keeps on its disk, all inside its data folder: per shared workspace the
 * Yjs state (`<id>.yjs`) and the SHA-256 of its secret token (`<id>.token`). Document ids are
 * checked against a strict pattern before they become file names, so no id can reach outside.
 */
export type ServerStore = {
  fetch(id: string): Promise<Uint8Array | null>
  store(id: string, state: Uint8Array): Promise<void>
  /** True when `token` opens `id`; the first token presented for a new id becomes its token. */
  admits(id: string, token: string): Promise<boolean>
  /** True when `token` is the registered token of an existing `id` (never registers one). */
  verifies(id: string, token: string): Promise<boolean>
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest()

export async function createServerStore(dataDir: string): Promise<ServerStore> {
  const folder = join(dataDir, 'documents')
  await fs.mkdir(folder, { recursive: true })
  const fileOf = (id: string, extension: string) => {
    if (!isTeamDocumentId(id)) throw new Error('not a valid workspace id')
    return join(folder, `${id}.${extension}`)
  }
  const readOrNull = (file: string) => fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  // One registration at a time, so two first connections cannot both set a token.
  let registering = Promise.resolve()
  const matches = (known: Buffer, token: string) => {
    const expected = Buffer.from(known.toString('utf8').trim(), 'hex')
    const given = digest(token)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }

  return {
    async fetch(id) {
      const bytes = await readOrNull(fileOf(id, 'yjs'))
      return bytes && new Uint8Array(bytes)
    },
    async store(id, state) {
      await writeFileDurably(fileOf(id, 'yjs'), state)
    },
    admits(id, token) {
      if (!isTeamDocumentId(id) || token.length < TEAM_TOKEN_MIN_LENGTH) return Promise.resolve(false)
      const check = registering.then(async () => {
        const file = fileOf(id, 'token')
        const known = await readOrNull(file)
        if (known === null) {
          await writeFileDurably(file, digest(token).toString('hex'))
          return true
        }
        return matches(known, token)
      })
      registering = check.then(() => undefined, () => undefined)
      return check
    },
    async verifies(id, token) {
      if (!isTeamDocumentId(id) || token.length < TEAM_TOKEN_MIN_LENGTH) return false
      const known = await readOrNull(fileOf(id, 'token'))
      return known !== null && matches(known, token)
    }
  }
}
