import { z } from 'zod'
import { PLACEMENTS } from '../pillars'
import { IdSchema, line, stored, text } from '../text'

export const MEMBER_ROLES = ['founding-member', 'member', 'partner', 'advisor'] as const
export const MEMBER_STAGES = ['prospect', 'in-talks', 'letter-of-support', 'committed'] as const
export const MEMBER_SIZES = [
  'unknown',
  'startup',
  'sme',
  'large',
  'public-body',
  'academic',
  'non-profit',
  'individual'
] as const
export const MEMBER_KINDS = ['organisation', 'person'] as const

export type MemberRole = (typeof MEMBER_ROLES)[number]
export type MemberStage = (typeof MEMBER_STAGES)[number]
export type MemberSize = (typeof MEMBER_SIZES)[number]

export const ROLE_LABELS: Record<MemberRole, string> = {
  'founding-member': 'Founding member',
  member: 'Member',
  partner: 'Partner',
  advisor: 'Advisor'
}

export const STAGE_LABELS: Record<MemberStage, string> = {
  prospect: 'Prospect',
  'in-talks': 'In talks',
  'letter-of-support': 'Letter of support',
  committed: 'Committed member'
}

export const SIZE_LABELS: Record<MemberSize, string> = {
  unknown: 'Unknown',
  startup: 'Startup',
  sme: 'SME',
  large: 'Large company',
  'public-body': 'Public body',
  academic: 'Academic institution',
  'non-profit': 'Non-profit',
  individual: 'Individual'
}

export const MAX_TAGS = 30
export const MAX_NOTES_LENGTH = 10_000

/**
 * A member organisation (or person) of the cluster, built in two modes from one field list:
 * `input` cleans what users type or import (trims, strips control characters); `stored` only
 * checks what is read back from a workspace file, which is much faster on large workspaces.
 */
function memberSchema(mode: 'input' | 'stored') {
  const single = mode === 'input' ? line : stored.line
  const multi = mode === 'input' ? text : stored.text
  return z.object({
    id: IdSchema,
    kind: z.enum(MEMBER_KINDS).default('organisation'),
    name: mode === 'input' ? line(200).pipe(z.string().min(1, 'a member needs a name')) : stored.line(200).min(1, 'a member needs a name'),
    pillar: z.enum(PLACEMENTS).default('unassigned'),
    role: z.enum(MEMBER_ROLES).default('member'),
    stage: z.enum(MEMBER_STAGES).default('prospect'),
    sector: single(120).default(''),
    city: single(120).default(''),
    region: single(120).default(''),
    website: single(500).default(''),
    contactName: single(200).default(''),
    contactEmail: single(254).default(''),
    size: z.enum(MEMBER_SIZES).default('unknown'),
    notes: multi(MAX_NOTES_LENGTH).default(''),
    tags: z.array(mode === 'input' ? line(40).pipe(z.string().min(1)) : stored.line(40).min(1)).max(MAX_TAGS).default([])
  })
}

export const MemberSchema = memberSchema('input')
export const StoredMemberSchema = memberSchema('stored')

export type Member = z.output<typeof MemberSchema>
export type MemberInput = z.input<typeof MemberSchema>
