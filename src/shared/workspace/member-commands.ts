import { z } from 'zod'
import { editMembers, mergeMembers, moveMembers } from '../members/member-ops'
import { ValueMapSchema } from '../members/value-mapping'
import { patchSchema } from '../patch'
import { PLACEMENTS } from '../pillars'
import { IdSchema, line } from '../text'
import { MAX_TAGS, MEMBER_STAGES, MemberSchema } from './member'
import { LIMITS, type Workspace } from './schema'

const Ids = z.array(IdSchema).min(1).max(LIMITS.members)
// Without defaults: an edit changes only the fields it names (see patchSchema).
const MemberPatch = patchSchema(MemberSchema.omit({ id: true }))

/** Commands that change the member list and the pillar map. All of them can be undone. */
export const MEMBER_COMMANDS = [
  z.object({ type: z.literal('member/add'), member: MemberSchema }),
  z.object({ type: z.literal('member/update'), id: IdSchema, patch: MemberPatch }),
  z.object({ type: z.literal('member/remove'), ids: Ids }),
  z.object({ type: z.literal('member/move'), ids: Ids, to: z.enum(PLACEMENTS), beforeId: IdSchema.nullable() }),
  // `values`: the pillar and stage values the user mapped, remembered for the next import.
  z.object({ type: z.literal('member/import'), members: z.array(MemberSchema).min(1).max(LIMITS.members), values: ValueMapSchema.optional() }),
  z.object({
    type: z.literal('member/edit-many'),
    ids: Ids,
    pillar: z.enum(PLACEMENTS).optional(),
    stage: z.enum(MEMBER_STAGES).optional(),
    addTags: z.array(line(40).pipe(z.string().min(1))).max(MAX_TAGS).default([]),
    removeTags: z.array(z.string().max(40)).max(MAX_TAGS).default([])
  }),
  z.object({ type: z.literal('member/merge'), keepId: IdSchema, mergeIds: Ids })
] as const

export type MemberCommand = z.output<(typeof MEMBER_COMMANDS)[number]>

function withMembers(workspace: Workspace, members: Workspace['members']): Workspace {
  return members === workspace.members ? workspace : { ...workspace, members }
}

/** Adds that would exceed the limit, or reuse an id, change nothing. */
function addAll(workspace: Workspace, added: Workspace['members']): Workspace {
  const taken = new Set(workspace.members.map((member) => member.id))
  const fresh = added.filter((member) => !taken.has(member.id) && (taken.add(member.id), true))
  if (fresh.length === 0 || workspace.members.length + fresh.length > LIMITS.members) return workspace
  return withMembers(workspace, [...workspace.members, ...fresh])
}

export function applyMemberCommand(workspace: Workspace, command: MemberCommand): Workspace {
  switch (command.type) {
    case 'member/add':
      return addAll(workspace, [command.member])
    case 'member/import': {
      const added = addAll(workspace, command.members)
      if (added === workspace || !command.values) return added
      const { pillar, stage } = command.values
      return { ...added, importValues: { pillar: { ...added.importValues.pillar, ...pillar }, stage: { ...added.importValues.stage, ...stage } } }
    }
    case 'member/edit-many':
      return withMembers(workspace, editMembers(workspace.members, command))
    case 'member/update': {
      const index = workspace.members.findIndex((member) => member.id === command.id)
      if (index === -1) return workspace
      const members = [...workspace.members]
      members[index] = { ...members[index]!, ...command.patch }
      return withMembers(workspace, members)
    }
    case 'member/remove': {
      const gone = new Set(command.ids)
      const members = workspace.members.filter((member) => !gone.has(member.id))
      return members.length === workspace.members.length ? workspace : withMembers(workspace, members)
    }
    case 'member/move':
      return withMembers(workspace, moveMembers(workspace.members, command.ids, command.to, command.beforeId))
    case 'member/merge':
      return withMembers(workspace, mergeMembers(workspace.members, command.keepId, command.mergeIds))
  }
}
