import fc from 'fast-check'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkStoredMembersInPlace } from '../../../src/main/storage/stored-members-check'
import { readWorkspaceFile } from '../../../src/main/storage/workspace-file'
import { PLACEMENTS } from '../../../src/shared/pillars'
import { interpretWorkspace } from '../../../src/shared/workspace/load'
import { MEMBER_KINDS, MEMBER_ROLES, MEMBER_SIZES, MEMBER_STAGES } from '../../../src/shared/workspace/member'
import { MIGRATIONS } from '../../../src/shared/workspace/migrations'
import { WorkspaceSchema } from '../../../src/shared/workspace/schema'
import { member, workspaceWith } from '../../support/workspaces'

const MembersSchema = WorkspaceSchema.shape.members

/**
 * Strings at and just past every length limit a member has, in ASCII, in emoji (one code point,
 * two UTF-16 units) and in emoji made to fit in units but not in code points.
 */
const edgeStrings = [0, 1, 39, 40, 41, 119, 120, 121, 199, 200, 201, 254, 255, 499, 500, 501, 10_000, 10_001].flatMap((length) => [
  'x'.repeat(length),
  '🐟'.repeat(length),
  '🐟'.repeat(Math.floor(length / 2)) + (length % 2 ? 'x' : '')
])

const anyString = fc.oneof(
  { arbitrary: fc.stringMatching(/^[\w-]{1,6}$/), weight: 8 },
  { arbitrary: fc.constantFrom(...edgeStrings), weight: 4 },
  { arbitrary: fc.string({ maxLength: 6, unit: 'binary' }), weight: 1 }, // control characters, lone surrogates
  { arbitrary: fc.constantFrom('a\tb', 'a\nb', 'a\u007fb', '../x', 'has space'), weight: 1 }
)
const oddValue = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}))
// Mostly plausible values, so that many members are valid but for one field at a limit.
const field = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: oddValue, weight: 1 })
const oneOf = (values: readonly string[]) => field(fc.oneof(fc.constantFrom(...values), fc.constantFrom('bogus', '')))

/** Members as a file might hold them: mostly plausible, with any field missing, wrong, at a limit or extra. */
const fileMember = fc.record(
  {
    id: field(anyString),
    kind: oneOf(MEMBER_KINDS),
    name: field(anyString),
    pillar: oneOf(PLACEMENTS),
    role: oneOf(MEMBER_ROLES),
    stage: oneOf(MEMBER_STAGES),
    sector: field(anyString),
    city: field(anyString),
    region: field(anyString),
    website: field(anyString),
    contactName: field(anyString),
    contactEmail: field(anyString),
    size: oneOf(MEMBER_SIZES),
    notes: field(anyString),
    tags: field(fc.oneof(fc.array(anyString, { maxLength: 3 }), fc.constant(Array(30).fill('t')), fc.constant(Array(31).fill('t')))),
    __proto__: fc.jsonValue({ maxDepth: 1 }),
    constructor: fc.jsonValue({ maxDepth: 1 }),
    extra: fc.jsonValue({ maxDepth: 1 })
  },
  { requiredKeys: ['id', 'name'] }
)

/** A parsed file's member list, as JSON.parse would give it (own `__proto__` keys included). */
const asParsed = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('checkStoredMembersInPlace', () => {
  it('accepts exactly what zod accepts, leaving the list as zod would output it', () => {
    let accepted = 0
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: fileMember, weight: 9 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 }), { maxLength: 3 }), (members) => {
        const byZod = MembersSchema.safeParse(asParsed(members))
        const inPlace = asParsed(members)
        const verdict = checkStoredMembersInPlace(inPlace)
        expect(verdict).toBe(byZod.success)
        if (verdict) {
          accepted += 1
          expect(inPlace).toStrictEqual(byZod.data)
        }
      }),
      { numRuns: 3000 }
    )
    // The property says nothing if nearly every list is refused.
    expect(accepted).toBeGreaterThan(300)
    expect(({} as Record<string, unknown>).extra).toBeUndefined()
  })

  it('counts lengths in code points, as zod does: 200 fish (400 UTF-16 units) fit a name, 201 do not', () => {
    const named = (name: string) => asParsed([{ ...member({ id: 'a', name: 'x' }), name }])
    expect(MembersSchema.safeParse(named('🐟'.repeat(200))).success).toBe(true)
    expect(checkStoredMembersInPlace(named('🐟'.repeat(200)))).toBe(true)
    expect(MembersSchema.safeParse(named('🐟'.repeat(201))).success).toBe(false)
    expect(checkStoredMembersInPlace(named('🐟'.repeat(201)))).toBe(false)
  })

  it('fills in defaults and drops unknown keys, as zod does', () => {
    // JSON.parse makes "__proto__" an own key, which must go like any other unknown key.
    const members = JSON.parse('[{"id":"m1","name":"Only a name","later":"a field from a newer build","__proto__":{"polluted":true}}]') as unknown
    expect(checkStoredMembersInPlace(members)).toBe(true)
    expect(members).toStrictEqual([MembersSchema.parse([{ id: 'm1', name: 'Only a name' }])[0]])
    expect(Object.keys((members as object[])[0]!)).not.toContain('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('when the check cannot be compiled', () => {
  afterEach(() => {
    vi.doUnmock('ajv')
    vi.resetModules()
    vi.restoreAllMocks()
  })

  it('answers false, so zod checks the members and the workspace still opens', async () => {
    vi.resetModules()
    vi.doMock('ajv', () => ({
      default: class {
        compile(): never {
          throw new Error('unknown keyword')
        }
      }
    }))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { checkStoredMembersInPlace: uncompiled } = await import('../../../src/main/storage/stored-members-check')
    const workspace = asParsed(workspaceWith(3))
    expect(uncompiled((workspace as { members: unknown }).members)).toBe(false)
    expect(logged).toHaveBeenCalledOnce()
    const outcome = interpretWorkspace(workspace, MIGRATIONS, uncompiled)
    expect(outcome).toStrictEqual(interpretWorkspace(asParsed(workspaceWith(3))))
  })
})

describe('opening a workspace with the member check', () => {
  it('gives the same workspace as zod alone', () => {
    const workspace = asParsed(workspaceWith(5))
    const expected = interpretWorkspace(asParsed(workspace))
    expect(interpretWorkspace(workspace, MIGRATIONS, checkStoredMembersInPlace)).toStrictEqual(expected)
  })

  it('still names the problem in plain words when a member is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-members-'))
    try {
      const workspace = workspaceWith(3)
      const file = join(dir, 'workspace.json')
      await writeFile(file, JSON.stringify({ ...workspace, members: [workspace.members[0], { ...workspace.members[1], pillar: 'pirates' }] }))
      await expect(readWorkspaceFile(file)).rejects.toThrow(/members\.1\.pillar: Invalid option/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('uses the members as checked, without a copy by zod (the workspace schema has no whole-document check to stop it)', () => {
    const workspace = asParsed(workspaceWith(3)) as { members: unknown[] }
    const outcome = interpretWorkspace(workspace, MIGRATIONS, checkStoredMembersInPlace)
    expect(outcome.ok && outcome.workspace.members).toBe(workspace.members)
  })

  it('checks the rest of the file with zod even when the members pass', () => {
    const workspace = asParsed({ ...workspaceWith(2), id: '../../etc' })
    const outcome = interpretWorkspace(workspace, MIGRATIONS, checkStoredMembersInPlace)
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.reason).toMatch(/^id: /)
  })
})
