import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { readLogoFile } from '../services/cluster-logo'
import { createExportService } from '../services/export-service'
import { loadLibraryContent } from '../services/library/library-content'
import { EXPORT_KINDS, PdfOptionsSchema } from '../../shared/export/options'
import { describeIssues } from '../../shared/workspace/load'
import { createGlyphCheck } from '../pdf/font-metrics'
import { createInProcessRenderer } from '../pdf/pdf-runner'
import { createWorkspace, type Workspace } from '../../shared/workspace/schema'
import { summarizeWorkspace } from '../../shared/workspace/summary'
import { bundleDisplayName, bundleFromPath, bundlePaths, withBundleExtension } from '../storage/bundle'
import { errorCode } from '../storage/durable-write'
import { describeFsError } from '../storage/fs-errors'
import { readWorkspaceFile, WorkspaceLoadError } from '../storage/workspace-file'
import { createWorkspaceBundle } from '../storage/workspace-store'

export type CliResult = { code: number; stdout?: string; stderr?: string }

export const USAGE = `Usage: npm run cli -- <command> [arguments]

Commands:
  new <path> [--name NAME]   create an empty workspace folder (<path>.cluster)
  info <path>                print a JSON summary: name, schemaVersion, members per pillar
  validate <path>            exit 0 if the workspace is valid, else exit 1 with the reason
  readiness <path> [--json]  print the readiness self-assessment: a score per area, evidence, to-dos
  import-members <path> <file.csv|file.xlsx>
                             add the members listed in a CSV file or Excel workbook (columns guessed from the headers)
  export-members <path> <file.csv>
                             write the member list as a spreadsheet-safe CSV file
  export <path> --kind strategy|pillar-map|directory|dossier --out <file.pdf|file.docx>
         [--size A4|Letter|A3] [--landscape] [--margins narrow|normal|wide] [--comments]
                             write a print-ready PDF, or a Word file when --out ends in .docx
                             (--comments adds the team's comments as an appendix)

Team editing (see README):
  serve [--host 127.0.0.1] [--port 4455] [--data DIR]
                             run the team's sync server until stopped (Ctrl+C); prints its URL
  share <path> --server <ws-url>
                             share the workspace through that server; prints the invitation to send
  join "<invitation>" <path> make a local copy of the team's workspace at <path>.cluster
  sync <path>                exchange changes with the server; exit 1 with the reason if it fails

<path> is a .cluster workspace folder or the workspace.json inside it.`

async function load(path: string) {
  return readWorkspaceFile(bundlePaths(bundleFromPath(resolve(path))).workspaceFile)
}

export async function newCommand(path: string, name: string | undefined, now = new Date()): Promise<CliResult> {
  const bundle = withBundleExtension(resolve(path))
  const workspace = createWorkspace({ id: randomUUID(), now: now.toISOString(), name: name ?? bundleDisplayName(bundle) })
  try {
    await createWorkspaceBundle(bundle, workspace)
  } catch (error) {
    const reason = errorCode(error) === 'EEXIST' ? 'it already exists' : describeFsError(error)
    return { code: 1, stderr: `Could not create ${bundle}: ${reason}` }
  }
  return { code: 0, stdout: `Created ${bundle}` }
}

export async function infoCommand(path: string): Promise<CliResult> {
  try {
    const loaded = await load(path)
    const summary = summarizeWorkspace(loaded.workspace)
    const info = { ...summary, schemaVersion: loaded.readOnlyReason ? 'newer than this app' : summary.schemaVersion }
    return { code: 0, stdout: JSON.stringify(info, null, 2) }
  } catch (error) {
    return { code: 1, stderr: failureLine(error) }
  }
}

export async function validateCommand(path: string): Promise<CliResult> {
  try {
    const loaded = await load(path)
    if (loaded.readOnlyReason) return { code: 1, stderr: `invalid: ${loaded.readOnlyReason}` }
    const { cluster, members, schemaVersion } = loaded.workspace
    const upgraded = loaded.migratedFrom === null ? '' : `, upgradable from schemaVersion ${loaded.migratedFrom}`
    return { code: 0, stdout: `valid: "${cluster.name}", schemaVersion ${schemaVersion}, ${members.length} members${upgraded}` }
  } catch (error) {
    return { code: 1, stderr: `invalid: ${failureLine(error)}` }
  }
}

function failureLine(error: unknown): string {
  return error instanceof WorkspaceLoadError ? `${error.file}: ${error.reason}` : String(error)
}

export type ExportArgs = { kind?: string; out?: string; size?: string; landscape?: boolean; margins?: string; comments?: boolean }

export async function exportCommand(path: string, args: ExportArgs, resourcesDir: string, now = new Date()): Promise<CliResult> {
  const kind = EXPORT_KINDS.find((candidate) => candidate === args.kind)
  if (!kind) return { code: 2, stderr: `--kind must be one of ${EXPORT_KINDS.join(', ')}` }
  if (!args.out) return { code: 2, stderr: '--out <file.pdf|file.docx> is required' }
  const options = PdfOptionsSchema.safeParse({
    size: args.size ?? 'A4',
    orientation: args.landscape ? 'landscape' : 'portrait',
    margins: args.margins ?? 'normal'
  })
  if (!options.success) return { code: 2, stderr: `Invalid page options: ${describeIssues(options.error)}` }
  let workspace: Workspace
  try {
    workspace = (await load(path)).workspace
  } catch (error) {
    return { code: 1, stderr: failureLine(error) }
  }
  const target = resolve(args.out)
  const fontsDir = join(resourcesDir, 'fonts')
  // The app's own export service, with the workspace file in place of the open workspace and
  // --out in place of the save dialog.
  const exports = createExportService({
    currentWorkspace: () => workspace,
    libraryItems: async () => (await loadLibraryContent(join(resourcesDir, 'library'))).items,
    readLogo: async () => (workspace.cluster.logo ? readLogoFile(bundlePaths(bundleFromPath(resolve(path))).attachmentsDir, workspace.cluster.logo) : null),
    renderer: createInProcessRenderer(fontsDir),
    hasGlyph: createGlyphCheck(fontsDir),
    shell: { chooseExportFile: async () => target, openPath: async () => undefined, showInFolder: () => undefined },
    emit: () => undefined,
    now: () => now
  })
  try {
    if (target.toLowerCase().endsWith('.docx')) {
      const { savedTo } = await exports.saveWord({ kind, comments: args.comments })
      return { code: 0, stdout: `Wrote ${savedTo} (Word)` }
    }
    const { missing } = await exports.check({ kind, comments: args.comments })
    const rendered = await exports.render({ kind, options: options.data, comments: args.comments })
    const { savedTo } = await exports.save({ jobId: rendered.jobId })
    const warning = missing.length
      ? `warning: the PDF fonts cannot show ${missing.map((glyph) => `${glyph.character} (${glyph.codePoint})`).join(', ')}; they will print as empty boxes`
      : undefined
    return { code: 0, stdout: `Wrote ${savedTo} (${rendered.pages} pages)`, ...(warning ? { stderr: warning } : {}) }
  } catch (error) {
    return { code: 1, stderr: `Could not export: ${error instanceof Error ? error.message : String(error)}` }
  } finally {
    await exports.dispose()
  }
}
