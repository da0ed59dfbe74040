import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The file-system calls a durable write needs; tests pass a wrapper that injects faults. */
export type WriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'link' | 'rm' | 'copyFile' | 'readdir'>

export type DurableWriteOptions = {
  /** Keep the file's current contents here (hard-linked, so it is atomic too) before replacing it. */
  backupPath?: string
  fs?: WriteFs
  platform?: NodeJS.Platform
}

const TEMP_SUFFIX = '.tmp'

/** `.workspace.json.<pid>.<random>.tmp`: unique, so two writers can never share a temp file. */
function tempPathFor(target: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`
  return join(dirname(target), `.${basename(target)}.${unique}${TEMP_SUFFIX}`)
}

/**
 * Replaces `target` with `data` so that after a crash at any moment the file holds either the
 * old or the new contents, never a torn mix: write a new temp file, fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurably(
  target: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {}
): Promise<void> {
  const fs = options.fs ?? nodeFs
  const platform = options.platform ?? process.platform
  const temp = tempPathFor(target)
  try {
    await writeAndSync(fs, temp, data)
    if (options.backupPath) await keepBackup(fs, target, options.backupPath)
    await renameWithRetry(fs, temp, target, platform)
  } catch (error) {
    // A temp file left behind on a full disk would hold on to the space we just ran out of.
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(target), platform)
}

async function writeAndSync(fs: WriteFs, path: string, data: string | Uint8Array): Promise<void> {
  // 'wx' = O_CREAT|O_EXCL: never follow or reuse an existing path.
  const handle = await fs.open(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Points `backupPath` at the current file. A hard link shares the already-durable inode, so the
 * backup is complete the instant it exists; file systems without hard links get a synced copy.
 */
async function keepBackup(fs: WriteFs, target: string, backupPath: string): Promise<void> {
  const temp = tempPathFor(backupPath)
  try {
    await fs.link(target, temp)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return // first save: nothing to back up yet
    await fs.copyFile(target, temp)
    const handle = await fs.open(temp, 'r+')
    await handle.sync().finally(() => handle.close())
  }
  try {
    await fs.rename(temp, backupPath)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

/** Windows virus scanners and sync clients briefly hold files open; retry, never write in place. */
async function renameWithRetry(fs: WriteFs, from: string, to: string, platform: NodeJS.Platform) {
  const attempts = platform === 'win32' ? 8 : 1
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = errorCode(error)
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY'
      if (!transient || attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt))
    }
  }
}

async function syncDirectory(dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return // a folder cannot be opened for fsync on Windows
  const handle = await nodeFs.open(dir, 'r')
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (and network shares) refuse fsync on folders; the data file is synced.
    if (errorCode(error) !== 'EINVAL' && errorCode(error) !== 'EISDIR') throw error
  } finally {
    await handle.close()
  }
}

/** Removes temp files a killed process left beside `target`. Call only while holding its lock. */
export async function sweepTempFiles(target: string, fs: WriteFs = nodeFs): Promise<string[]> {
  const prefix = `.${basename(target)}.`
  const entries = await fs.readdir(dirname(target)).catch(() => [] as string[])
  const orphans = entries.filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX))
  await Promise.all(orphans.map((name) => fs.rm(join(dirname(target), name), { force: true })))
  return orphans
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/**
 * The same atomic replace, done synchronously: for the last write of a quitting process (the
 * window's place), which may not live long enough to finish an asynchronous one.
 */
export function writeFileDurablySync(target: string, data: string): void {
  const temp = tempPathFor(target)
  try {
    const fd = openSync(temp, 'wx')
    try {
      writeFileSync(fd, data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
