import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MemberInput } from '../../src/shared/workspace/member'
import { MemberSchema } from '../../src/shared/workspace/member'
import { createWorkspace, type Workspace } from '../../src/shared/workspace/schema'
import { createWorkspaceBundle } from '../../src/main/storage/workspace-store'
import { PILLARS } from '../../src/shared/pillars'

export const ROOT = join(import.meta.dirname, '..', '..')
export const RESOURCES = join(ROOT, 'resources')

/** What the About dialog shows when the services run outside Electron (tests, the browser bridge). */
export const TEST_APP_INFO = {
  name: 'Cluster Workbench',
  version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  electron: null,
  chrome: null,
  node: process.versions.node,
  platform: process.platform
}

export function member(input: Partial<MemberInput> & { id: string }): Workspace['members'][number] {
  return MemberSchema.parse({ name: `Member ${input.id}`, ...input })
}

/** A workspace with `count` members spread over the five pillars. */
export function workspaceWith(count: number, name = 'Test Cluster'): Workspace {
  const base = createWorkspace({ id: 'ws-test', now: '2026-01-01T00:00:00.000Z', name })
  const members = Array.from({ length: count }, (_, index) =>
    member({
      id: `m${index}`,
      name: `Organisation ${index} Æøå`,
      pillar: PILLARS[index % PILLARS.length],
      stage: index % 3 === 0 ? 'committed' : 'prospect',
      sector: 'Ocean technology',
      notes: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'
    })
  )
  return { ...base, members }
}

export async function makeBundle(dir: string, workspace: Workspace = workspaceWith(3), name = 'Test.cluster') {
  const bundle = join(dir, name)
  await createWorkspaceBundle(bundle, workspace)
  return bundle
}

export const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Workspace
