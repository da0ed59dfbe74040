/**
 * Child process for the disk-full test. Runs inside its own mount namespace, on a 256 KB tmpfs
 * mounted at argv[2]: opens a workspace there, fills the disk, edits, and reports (as JSON)
 * what the user would have seen and what happened to the file.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SaveStatus } from '../../../../src/shared/ipc'
import { createWorkspace } from '../../../../src/shared/workspace/schema'
import { createAppStateStore } from '../../../../src/main/services/app-state'
import { createSessionService } from '../../../../src/main/services/session'
import { createWorkspaceBundle } from '../../../../src/main/storage/workspace-store'

const root = process.argv[2]!
const bundle = join(root, 'Full.cluster')
const file = join(bundle, 'workspace.json')
const statuses: SaveStatus[] = []
const none = async () => null

await createWorkspaceBundle(bundle, createWorkspace({ id: 'full-disk', now: new Date().toISOString(), name: 'Before' }))
const session = createSessionService({
  appState: await createAppStateStore(join(root, 'app-state.json'), () => new Date()),
  snapshotsRoot: join(root, 'snapshots'),
  demoBundle: join(root, 'demo.cluster'),
  demoSource: join(root, 'none.json'),
  dialogs: { chooseNewBundle: none, chooseBundleToOpen: none, chooseSaveAsBundle: none, chooseCsvToImport: none, chooseCsvExport: none, choosePdfToImport: none, chooseAttachmentCopy: none, chooseLogoImage: none },
  emit: (event, payload) => void (event === 'onSaveStatus' && statuses.push(payload as SaveStatus)),
  now: () => new Date(),
  newId: () => 'x',
  autosave: { delayMs: 5, maxDelayMs: 20, retryMs: 50 }
})
await session.openPath(bundle)
const before = await readFile(file)

// Fill the disk to the last page, in smaller and smaller pieces.
const fillers: string[] = []
for (const size of [16 * 1024, 4096, 1024, 64]) {
  for (;;) {
    const filler = join(root, `filler-${fillers.length}`)
    try {
      await writeFile(filler, Buffer.alloc(size, 1))
      fillers.push(filler)
    } catch {
      await rm(filler, { force: true })
      break
    }
  }
}
session.applyCommand({ command: { type: 'cluster/update', patch: { description: 'x'.repeat(4800) } }, baseRevision: 0 })
const whileFull = await session.flush()
const fileUnchanged = Buffer.compare(before, await readFile(file)) === 0
const tempFiles = (await readdir(bundle)).filter((name) => name.endsWith('.tmp'))

await Promise.all(fillers.map((filler) => rm(filler))) // the user frees some space
const afterFreeing = await new Promise<SaveStatus | undefined>((resolve) => {
  const started = Date.now()
  const poll = setInterval(() => {
    const last = statuses.at(-1)
    if (last?.state === 'saved' || Date.now() - started > 5000) {
      clearInterval(poll)
      resolve(last)
    }
  }, 20)
})
const saved = JSON.parse(await readFile(file, 'utf8')) as { cluster: { description: string } }
await session.dispose()
process.stdout.write(
  JSON.stringify({ whileFull, fileUnchanged, tempFiles, statuses, afterFreeing, savedDescriptionLength: saved.cluster.description.length })
)
