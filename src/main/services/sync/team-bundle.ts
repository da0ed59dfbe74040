import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { TeamLinkSchema, type TeamLink } from '../../../shared/sync/invitation'
import { writeFileDurably } from '../../storage/durable-write'

/**
 * A shared workspace keeps its Yjs state beside workspace.json, in the bundle's `sync/` folder:
 * `state.yjs` (everything the team wrote, so nothing depends on the server) and `team.json`
 * (server, workspace id, token). workspace.json stays the readable, validated file.
 */
export const teamPaths = (bundle: string) => ({
  folder: join(bundle, 'sync'),
  state: join(bundle, 'sync', 'state.yjs'),
  team: join(bundle, 'sync', 'team.json')
})

/** The bundle's team link, or null when the workspace is not shared. Throws when the file is damaged. */
export async function readTeamLink(bundle: string): Promise<TeamLink | null> {
  const text = await fs.readFile(teamPaths(bundle).team, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (text === null) return null
  const parsed = TeamLinkSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${teamPaths(bundle).team} is damaged: ${parsed.error.issues[0]?.message ?? 'not valid'}`)
  return parsed.data
}

/** The Yjs state kept in the bundle, as a doc. Throws when the file is missing or damaged. */
export async function readTeamState(bundle: string): Promise<Y.Doc> {
  const bytes = await fs.readFile(teamPaths(bundle).state)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, new Uint8Array(bytes))
  return doc
}

export async function writeTeamFiles(bundle: string, doc: Y.Doc, link?: TeamLink): Promise<void> {
  const paths = teamPaths(bundle)
  await fs.mkdir(paths.folder, { recursive: true })
  await writeFileDurably(paths.state, Y.encodeStateAsUpdate(doc))
  if (link) await writeFileDurably(paths.team, `${JSON.stringify(link, null, 2)}\n`)
}
