import * as fs from 'node:fs/promises'
import type { ParsedRequests, SessionView } from '../../../shared/ipc'
import { formatInvitation } from '../../../shared/sync/invitation'
import { UNNAMED_TEAMMATE, type TeamStatus } from '../../../shared/sync/team-status'
import type { Workspace } from '../../../shared/workspace/schema'
import { safeFileName, withBundleExtension } from '../../storage/bundle'
import { errorCode } from '../../storage/durable-write'
import { describeFsError } from '../../storage/fs-errors'
import { downloadFromTeam, saveJoinedCopy, uploadToTeam } from '../sync/sync-service'
import { attachTeam } from '../sync/team-attachment'
import { readTeamLink, teamPaths } from '../sync/team-bundle'
import { AppError } from '../app-error'
import type { SessionDeps } from './deps'
import type { Current, OpenState } from './open-state'
import { rememberRevision } from './team-rebase'

/**
 * Team editing in the app: connects a shared workspace when it opens, starts sharing, joins
 * with an invitation, leaves (keeping a private copy), and tells the page how the link is doing.
 */
export function createTeamSync(deps: SessionDeps, state: OpenState) {
  const status = (): TeamStatus => state.current?.team?.status() ?? { shared: false }
  const emitStatus = () => deps.emit('onTeamStatus', status())
  const displayName = () => deps.appState.get().preferences.displayName.trim() || UNNAMED_TEAMMATE

  /** A change from the team: saved like a local edit and sent to the page (as an outside change is shown). */
  function adoptRemote(current: Current, workspace: Workspace) {
    if (state.current !== current) return
    current.revision += 1
    current.workspace = workspace
    current.autosaver.schedule(workspace, current.revision)
    rememberRevision(current)
    deps.emit('onSessionChanged', state.view())
  }

  async function connect(current: Current): Promise<void> {
    const bundle = current.opened.paths.bundle
    const link = await readTeamLink(bundle)
    if (!link) return
    current.team = await attachTeam(
      { bundle, attachmentsDir: current.opened.paths.attachmentsDir, current: () => current.workspace, link, displayName, now: deps.now, onRemote: (workspace) => adoptRemote(current, workspace), onChange: () => state.current === current && emitStatus() },
      current.workspace
    )
    rememberRevision(current)
  }

  return {
    status,

    /** After an open: a shared, writable workspace connects in the background. Never fails the open. */
    async attach(current: Current): Promise<void> {
      if (current.opened.readOnlyReason) return
      try {
        await connect(current)
      } catch (error) {
        current.opened.notice = `This workspace is shared, but its team files could not be read (${describeFsError(error)}), so it is not syncing. Your edits are saved in it as usual.`
      }
      emitStatus()
    },

    async share({ server }: ParsedRequests['shareWorkspace']): Promise<{ invitation: string; status: TeamStatus }> {
      const open = state.requireWritable()
      if (open.team) throw new AppError('already-exists', `This workspace is already shared through ${open.team.link.server}.`)
      const shared = await uploadToTeam(open.opened.paths.bundle, open.workspace, server, { timeoutMs: 20_000 })
      if (!shared.ok) throw new AppError('io', `Sharing did not start: ${shared.reason}.`)
      await connect(open)
      emitStatus()
      return { invitation: formatInvitation(shared.link), status: status() }
    },

    async join({ invitation }: ParsedRequests['joinWorkspace'], openBundle: (bundle: string) => Promise<SessionView>): Promise<SessionView> {
      const received = await downloadFromTeam(invitation, { timeoutMs: 30_000 })
      if (!received.ok) throw new AppError('io', `Could not join: ${received.reason}.`)
      const chosen = await deps.dialogs.chooseNewBundle(`${safeFileName(received.workspace.cluster.name)}.cluster`)
      if (!chosen) return state.view()
      const bundle = withBundleExtension(chosen)
      try {
        await saveJoinedCopy(bundle, received)
      } catch (error) {
        if (errorCode(error) === 'EEXIST') throw new AppError('already-exists', `"${bundle}" already exists. Choose another name.`)
        throw new AppError('io', `Could not create "${bundle}": ${describeFsError(error)}.`)
      }
      return openBundle(bundle)
    },

    /** Stops syncing: the workspace stays here as a private copy; the team's copy is not touched. */
    async leave(): Promise<SessionView> {
      const open = state.requireWritable()
      const team = open.team
      if (!team) return state.view()
      await team.close()
      open.team = null
      open.revisions.clear()
      await fs.rm(teamPaths(open.opened.paths.bundle).folder, { recursive: true, force: true })
      emitStatus()
      return state.view()
    },

    invitation(): { invitation: string } {
      const team = state.requireCurrent().team
      if (!team) throw new AppError('not-found', 'This workspace is not shared.')
      return { invitation: formatInvitation(team.link) }
    },

    presence({ area, sectionId }: ParsedRequests['setTeamPresence']): { sent: boolean } {
      const team = state.current?.team
      team?.setPresence(area, sectionId)
      return { sent: !!team }
    }
  }
}

export type TeamSync = ReturnType<typeof createTeamSync>
