import { z } from 'zod'
import { IdSchema } from '../text'

/**
 * A team's invitation: one line to paste into a message, holding the server, the shared
 * workspace's id and its secret token. Whoever has it can read and edit the workspace, so it
 * is sent like a password.
 */
export const INVITATION_PREFIX = 'cluster-workbench-team'
export const TEAM_TOKEN_MIN_LENGTH = 32

export const ServerUrlSchema = z
  .string()
  .max(2_000)
  .regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, 'must be a ws:// or wss:// address')

export const TeamLinkSchema = z.object({
  server: ServerUrlSchema,
  workspaceId: IdSchema,
  token: z.string().min(TEAM_TOKEN_MIN_LENGTH).max(200).regex(/^[A-Za-z0-9_-]+$/)
})
export type TeamLink = z.output<typeof TeamLinkSchema>

export const isTeamDocumentId = (id: string) => IdSchema.safeParse(id).success

export const formatInvitation = (link: TeamLink) => `${INVITATION_PREFIX} ${link.server} ${link.workspaceId} ${link.token}`

export function parseInvitation(text: string): { ok: true; link: TeamLink } | { ok: false; reason: string } {
  const parts = text.trim().split(/\s+/)
  if (parts.length !== 4 || parts[0] !== INVITATION_PREFIX) {
    return { ok: false, reason: `an invitation reads "${INVITATION_PREFIX} <server> <workspace id> <token>"` }
  }
  const parsed = TeamLinkSchema.safeParse({ server: parts[1], workspaceId: parts[2], token: parts[3] })
  if (!parsed.success) return { ok: false, reason: `the invitation's ${String(parsed.error.issues[0]?.path[0] ?? 'text')} is not valid` }
  return { ok: true, link: parsed.data }
}
