import type { Workspace } from '../workspace/schema'

/**
 * The files a workspace refers to (imported PDFs, the logo), as they travel between laptops:
 * content-addressed by SHA-256, with the size recorded in the workspace and the name the file
 * has in the bundle's attachments folder.
 */
export type TeamFile = { sha256: string; bytes: number; file: string }

export const SHA256_PATTERN = /^[0-9a-f]{64}$/

export function teamFilesOf(workspace: Workspace): TeamFile[] {
  const files: TeamFile[] = []
  for (const resource of workspace.library.resources) {
    if (resource.kind === 'pdf') files.push({ sha256: resource.attachment.sha256, bytes: resource.attachment.bytes, file: `${resource.attachment.id}.pdf` })
  }
  const logo = workspace.cluster.logo
  if (logo) files.push({ sha256: logo.sha256, bytes: logo.bytes, file: `${logo.id}.${logo.format === 'png' ? 'png' : 'jpg'}` })
  return files
}
