/**
 * What the app shows about a shared workspace: the link to the server (up to date, offline with
 * changes waiting, refused and why), who else has it open and where, and who last edited each
 * member and strategy section. Kept in the team state (sync/state.yjs), not in workspace.json.
 */
export type SyncState = 'connecting' | 'up-to-date' | 'sending' | 'offline' | 'refused'

export type TeamPeer = { name: string; area: string | null; sectionId: string | null }

export type EditMark = { name: string; at: string }

export type TeamStatus =
  | { shared: false }
  | {
      shared: true
      server: string
      state: SyncState
      /** Changes made here that the server has not confirmed yet. */
      waiting: number
      reason: string | null
      /** Why the team's files (PDFs, the logo) are not all sent or fetched; null when they are. */
      fileProblem: string | null
      peers: TeamPeer[]
      /** Member or section id → who last changed it, and when. */
      edits: Record<string, EditMark>
    }

/** The attachment size limit stated to users; checked on both sides. */
export const TEAM_BLOB_LIMIT_BYTES = 50 * 1024 * 1024

/** The name used when the user has not given one (the Share dialog asks for it). */
export const UNNAMED_TEAMMATE = 'A teammate'
