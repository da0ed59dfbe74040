import { join } from 'node:path'
import type { TeamLink } from '../../../shared/sync/invitation'
import { teamFilesOf } from '../../../shared/sync/team-files'
import type { Workspace } from '../../../shared/workspace/schema'
import { attachmentsFolderInside, readRegularFile } from '../../storage/bounded-read'
import { writeFileDurably } from '../../storage/durable-write'
import { downloadFile, serverHasFile, sha256Hex, uploadFile } from './team-blobs'

/**
 * Keeps a shared workspace's files in step with the server: a file this laptop has and the server
 * lacks is uploaded; a file the workspace refers to and this laptop lacks is fetched, checked and
 * written into the attachments folder. A local file that differs from the record is left alone
 * (the app already reports it as changed). One pass at a time; files already settled are skipped.
 */
export function createFileMirror(link: TeamLink, attachmentsDir: string, onProblem: (problem: string | null) => void) {
  const settled = new Set<string>()
  let running: Promise<void> = Promise.resolve()
  let wanted: Workspace | null = null

  async function pass(workspace: Workspace) {
    const dir = await attachmentsFolderInside(attachmentsDir)
    if (!dir) return
    for (const file of teamFilesOf(workspace)) {
      if (settled.has(file.sha256)) continue
      const path = join(dir, file.file)
      const local = await readRegularFile(path, file.bytes, { followLinks: false }).catch(() => null)
      if (local && local.byteLength === file.bytes && sha256Hex(local) === file.sha256) {
        if (!(await serverHasFile(link, file.sha256))) await uploadFile(link, local)
      } else if (local === null) {
        await writeFileDurably(path, await downloadFile(link, file))
      }
      settled.add(file.sha256)
    }
  }

  return {
    /** Starts a pass over `workspace`'s files after the one running (passes asked for meanwhile collapse into one). */
    sync(workspace: Workspace): Promise<void> {
      const queued = wanted !== null
      wanted = workspace
      if (queued) return running
      running = running.then(async () => {
        const next = wanted
        wanted = null
        if (!next) return
        try {
          await pass(next)
          onProblem(null)
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          onProblem(reason === 'fetch failed' ? 'files wait until the server can be reached' : `files: ${reason}`)
        }
      })
      return running
    }
  }
}
