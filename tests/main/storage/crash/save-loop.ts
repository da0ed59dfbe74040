/**
 * Child process for the crash test: opens a workspace through the real storage code and saves
 * in a tight loop, printing "ack N" only after save N has resolved. The parent kills it at
 * random moments; "ack" lines are the saves the app would have reported as saved.
 */
import { bundlePaths } from '../../../../src/main/storage/bundle'
import { sweepTempFiles } from '../../../../src/main/storage/durable-write'
import { openWorkspaceDb } from '../../../../src/main/storage/workspace-file'

const bundle = process.argv[2]
if (!bundle) throw new Error('usage: save-loop <bundle>')
const paths = bundlePaths(bundle)
await sweepTempFiles(paths.workspaceFile)
const { db, loaded } = await openWorkspaceDb(paths.workspaceFile, paths.backupFile)
let workspace = loaded.workspace
let seq = Number(workspace.cluster.description.replace('seq ', '')) || 0
process.stdout.write('ready\n')
for (;;) {
  seq += 1
  // Vary the size too, so a torn write would show as a parse error.
  const members = workspace.members.map((member, index) => (index === seq % workspace.members.length ? { ...member, notes: 'n'.repeat(seq % 997) } : member))
  workspace = { ...workspace, members, cluster: { ...workspace.cluster, description: `seq ${seq}` } }
  db.data = workspace
  await db.write()
  process.stdout.write(`ack ${seq}\n`)
}
