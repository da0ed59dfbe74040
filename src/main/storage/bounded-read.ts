import { constants } from 'node:fs'
import * as fs from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

/** Why a file was refused before (or instead of) reading it. */
export class UnsafeFileError extends Error {
  constructor(
    readonly reason: 'not-regular' | 'too-large' | 'outside',
    message: string
  ) {
    super(message)
    this.name = 'UnsafeFileError'
  }
}

// Windows has neither flag; there a FIFO or device cannot sit in a folder anyway.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0
const NON_BLOCKING = constants.O_NONBLOCK ?? 0

/**
 * Reads a file only if it is a regular file of at most `maxBytes`, never more than its size.
 * Opening with O_NONBLOCK returns at once even for a FIFO (a blocking open would hold one of
 * libuv's four pool threads until a writer appears, and saving needs those threads), and fstat
 * on the open descriptor decides before any byte is read, so /dev/zero or a pipe is refused in
 * one round trip. With `followLinks: false` a symlink as the last path part is refused (ELOOP).
 */
export async function readRegularFile(path: string, maxBytes: number, options: { followLinks: boolean }): Promise<Buffer> {
  const flags = constants.O_RDONLY | NON_BLOCKING | (options.followLinks ? 0 : NO_FOLLOW)
  let handle: fs.FileHandle
  try {
    handle = await fs.open(path, flags)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnsafeFileError('not-regular', 'it is a link to another file')
    throw error
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UnsafeFileError('not-regular', 'it is not a regular file')
    if (info.size > maxBytes) throw new UnsafeFileError('too-large', 'it is larger than allowed')
    // One byte more than the size shows a file that grew since fstat; it is refused, not followed.
    const buffer = Buffer.alloc(info.size + 1)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    if (filled > info.size) throw new UnsafeFileError('too-large', 'it grew while it was read')
    return buffer.subarray(0, filled)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * The bundle's attachments folder, but only if it is a real folder inside the bundle: a
 * workspace someone sent may have `attachments` linked to /etc or to their home folder, and
 * the app must neither read nor write through such a link. Resolves null when it does not exist.
 */
export async function attachmentsFolderInside(attachmentsDir: string): Promise<string | null> {
  let info
  try {
    info = await fs.lstat(attachmentsDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  if (info.isSymbolicLink() || !info.isDirectory()) throw new UnsafeFileError('outside', 'the attachments folder is a link or not a folder')
  const [realBundle, realDir] = await Promise.all([fs.realpath(dirname(attachmentsDir)), fs.realpath(attachmentsDir)])
  const inside = relative(realBundle, realDir)
  if (inside !== 'attachments') throw new UnsafeFileError('outside', 'the attachments folder lies outside the workspace')
  return join(realBundle, 'attachments')
}

/**
 * Copies the regular files of a workspace's attachments folder into a new one. Links, pipes and
 * sub-folders are left behind: a copy must hold the workspace's own files, never what a link in
 * it points to. Resolves the names copied; a missing folder copies nothing.
 */
export async function copyAttachmentFiles(fromDir: string, toDir: string, maxBytes: number, write: (path: string, bytes: Uint8Array) => Promise<void>): Promise<string[]> {
  const from = await attachmentsFolderInside(fromDir)
  if (!from) return []
  const copied: string[] = []
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    if (!entry.isFile()) continue
    let bytes: Buffer
    try {
      bytes = await readRegularFile(join(from, entry.name), maxBytes, { followLinks: false })
    } catch (error) {
      if (error instanceof UnsafeFileError) continue
      throw error
    }
    await fs.mkdir(toDir, { recursive: true })
    await write(join(toDir, entry.name), bytes)
    copied.push(entry.name)
  }
  return copied
}
