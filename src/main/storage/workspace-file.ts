import { isAscii } from 'node:buffer'
import * as nodeFs from 'node:fs/promises'
import { Low, type Adapter } from 'lowdb'
import { parseJsonSafely, tooDeep } from '../../shared/json-guard'
import { interpretWorkspace, type Interpretation } from '../../shared/workspace/load'
import { MIGRATIONS } from '../../shared/workspace/migrations'
import { LIMITS, type Workspace } from '../../shared/workspace/schema'
import { errorCode, writeFileDurably, type WriteFs } from './durable-write'
import { checkStoredMembersInPlace } from './stored-members-check'
import { serializeWorkspace } from './workspace-serializer'

/** Why a workspace file could not be opened; the file itself is left exactly as it was. */
export class WorkspaceLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`Could not open ${file}: ${reason}`)
  }
}

export type LoadedWorkspace = Extract<Interpretation, { ok: true }> & { text: string }

/** Reads, size-checks, parses and validates a workspace file. Never writes anything. */
export async function readWorkspaceFile(file: string): Promise<LoadedWorkspace> {
  let text: string
  try {
    text = decodeStrictly(await readWhole(file), file)
  } catch (error) {
    if (error instanceof WorkspaceLoadError) throw error
    const missing = errorCode(error) === 'ENOENT'
    throw new WorkspaceLoadError(file, missing ? 'the workspace file is missing' : String(error))
  }
  // The schema drops unknown keys, so deep nesting cannot reach the app; the depth is measured
  // only to explain a failure (measuring it costs time on every open otherwise).
  const parsed = parseJsonSafely(text, null)
  // The parsed value is ours alone, so its members may be checked in place.
  const interpretation = parsed.ok ? interpretWorkspace(parsed.value, MIGRATIONS, checkStoredMembersInPlace) : parsed
  if (!interpretation.ok) throw new WorkspaceLoadError(file, tooDeep(text, LIMITS.jsonDepth) ?? interpretation.reason)
  return { ...interpretation, text }
}

const MIB = 1024 * 1024

/**
 * The file's bytes, size-checked, in one read into a buffer of the file's size. (fs.readFile reads
 * in 512 KB steps, each a separate trip through the thread pool.)
 */
async function readWhole(file: string): Promise<Buffer> {
  // Checked before opening: opening a named pipe would wait for a writer forever.
  const info = await nodeFs.stat(file)
  if (!info.isFile()) throw new WorkspaceLoadError(file, 'it is not a file')
  if (info.size > LIMITS.fileBytes) {
    throw new WorkspaceLoadError(file, `it is ${(info.size / MIB).toFixed(1)} MiB, over the ${LIMITS.fileBytes / MIB} MiB limit`)
  }
  const handle = await nodeFs.open(file, 'r')
  try {
    const bytes = Buffer.allocUnsafe(info.size)
    let filled = 0
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled)
      if (bytesRead === 0) break // shortened since the stat: judge what is there
      filled += bytesRead
    }
    return bytes.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

/** Invalid UTF-8 would be silently replaced by U+FFFD and then saved that way: refuse it instead. */
function decodeStrictly(bytes: Buffer, file: string): string {
  // What the app writes is ASCII (workspace-serializer.ts), which is also valid UTF-8 and reads
  // as a plain copy, much quicker than decoding UTF-8.
  if (isAscii(bytes)) return bytes.toString('latin1')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new WorkspaceLoadError(file, 'it is not valid UTF-8 text, so it may be damaged or not a workspace file')
  }
}

/**
 * lowdb's own JSONFile adapter writes without fsync through a fixed temp name and trusts whatever
 * it reads. This adapter validates on read (throwing instead of falling back to defaults) and
 * writes through `writeFileDurably`, keeping the previous save as `.bak`.
 */
export class WorkspaceAdapter implements Adapter<Workspace | null> {
  lastRead: LoadedWorkspace | null = null

  constructor(
    private readonly file: string,
    private readonly backupFile: string,
    private readonly fs?: WriteFs
  ) {}

  async read(): Promise<Workspace> {
    this.lastRead = await readWorkspaceFile(this.file)
    return this.lastRead.workspace
  }

  async write(data: Workspace | null): Promise<void> {
    if (!data) throw new Error('refusing to write an empty workspace')
    const options = this.fs ? { backupPath: this.backupFile, fs: this.fs } : { backupPath: this.backupFile }
    await writeFileDurably(this.file, serializeWorkspace(data), options)
  }
}

export type WorkspaceDb = Low<Workspace | null>

/** Opens the lowdb database over a workspace file; rejects with WorkspaceLoadError. */
export async function openWorkspaceDb(
  file: string,
  backupFile: string,
  fs?: WriteFs
): Promise<{ db: WorkspaceDb; loaded: LoadedWorkspace }> {
  const adapter = new WorkspaceAdapter(file, backupFile, fs)
  const db = new Low<Workspace | null>(adapter, null)
  await db.read()
  if (!adapter.lastRead) throw new WorkspaceLoadError(file, 'nothing was read')
  return { db, loaded: adapter.lastRead }
}
