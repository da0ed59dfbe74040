import * as fs from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { SessionView } from '../../shared/ipc'
import { WorkspaceCommandSchema } from '../../shared/workspace/commands'
import { LOGO_MAX_BYTES, type Logo } from '../../shared/workspace/schema'
import { attachmentsFolderInside, readRegularFile, UnsafeFileError } from '../storage/bounded-read'
import { writeFileDurably } from '../storage/durable-write'
import { describeFsError } from '../storage/fs-errors'
import { AppError } from './app-error'
import { sha256Of } from './library/pdf-file'
import type { SessionService, WorkspaceDialogs } from './session'

export type LogoImage = { format: Logo['format']; bytes: Uint8Array }

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte)

/** The image format by content (never by file name), or null for anything else. */
export function logoFormat(bytes: Uint8Array): Logo['format'] | null {
  if (startsWith(bytes, PNG)) return 'png'
  if (startsWith(bytes, JPEG)) return 'jpeg'
  return null
}

const fileOf = (dir: string, logo: Logo) => join(dir, `${logo.id}.${logo.format === 'png' ? 'png' : 'jpg'}`)

/**
 * The cluster's logo for PDF covers. Importing copies a PNG or JPEG (checked by content, at most
 * 2 MB) into the bundle's attachments folder and records it as one undoable change; reading
 * checks size and checksum, so a swapped file is never printed.
 */
export function createClusterLogo(deps: { session: SessionService; dialogs: WorkspaceDialogs; newId: () => string }) {
  return {
    async importLogo(): Promise<{ session: SessionView } | { cancelled: true }> {
      const dir = deps.session.attachmentsDir({ writable: true })
      const path = await deps.dialogs.chooseLogoImage()
      if (!path) return { cancelled: true }
      const fileName = basename(path)
      let bytes: Uint8Array
      try {
        bytes = await readRegularFile(path, LOGO_MAX_BYTES, { followLinks: true })
      } catch (error) {
        if (error instanceof UnsafeFileError) {
          throw new AppError('invalid-request', error.reason === 'too-large' ? `"${fileName}" is larger than 2 MiB. Choose a smaller PNG or JPEG image.` : `"${fileName}" is not a file. Choose a PNG or JPEG image.`)
        }
        throw new AppError('io', `"${fileName}" could not be read: ${describeFsError(error)}.`)
      }
      const format = logoFormat(bytes)
      if (!format || bytes.byteLength === 0) throw new AppError('invalid-request', `"${fileName}" is not a PNG or JPEG image. Nothing was changed.`)
      const logo: Logo = { id: deps.newId(), fileName, format, bytes: bytes.byteLength, sha256: sha256Of(bytes) }
      try {
        await fs.mkdir(dir, { recursive: true })
        await writeFileDurably(fileOf((await attachmentsFolderInside(dir)) ?? dir, logo), bytes)
      } catch (error) {
        if (error instanceof UnsafeFileError) throw new AppError('invalid-request', `The logo was not set: ${error.message}, so the app does not write there.`)
        throw new AppError('io', `The logo could not be copied into the workspace folder: ${describeFsError(error)}.`)
      }
      return { session: deps.session.applyFromMain(WorkspaceCommandSchema.parse({ type: 'cluster/set-logo', logo })) }
    },

    /** The logo's bytes, or null when there is none (or it no longer matches what was recorded). */
    async readLogo(): Promise<LogoImage | null> {
      const logo = deps.session.currentWorkspace().cluster.logo
      if (!logo) return null
      return readLogoFile(deps.session.attachmentsDir({ writable: false }), logo)
    }
  }
}

/**
 * Reads a recorded logo from an attachments folder; null if it is missing or changed, or is a
 * link, a device or a pipe (it is read when a workspace opens, so it must never hang or balloon).
 */
export async function readLogoFile(attachmentsDir: string, logo: Logo): Promise<LogoImage | null> {
  try {
    const dir = await attachmentsFolderInside(attachmentsDir)
    if (!dir) return null
    const bytes = await readRegularFile(fileOf(dir, logo), logo.bytes, { followLinks: false })
    return bytes.byteLength === logo.bytes && sha256Of(bytes) === logo.sha256 ? { format: logo.format, bytes: new Uint8Array(bytes) } : null
  } catch {
    return null
  }
}
