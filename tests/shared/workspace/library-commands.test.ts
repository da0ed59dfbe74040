import { describe, expect, it } from 'vitest'
import { applyCommand, WorkspaceCommandSchema, isUndoable, type WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import { WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { isRead } from '../../../src/shared/library/workspace-library'
import { workspaceWith } from '../../support/workspaces'

const AT = '2026-02-01T10:00:00.000Z'
const run = (workspace: Workspace, input: WorkspaceCommandInput) => applyCommand(workspace, WorkspaceCommandSchema.parse(input))
const link = { kind: 'link' as const, id: 'res-1', title: '  Our regional study ', url: 'https://example.org/study.pdf', addedAt: AT }

describe('library commands', () => {
  it('marks items read and unread, and changes nothing when nothing changes', () => {
    const start = workspaceWith(0)
    const read = run(start, { type: 'library/mark', ids: ['porter-1998', 'mit-2014'], read: true, at: AT })
    expect(read.library.read).toEqual({ 'porter-1998': { readAt: AT }, 'mit-2014': { readAt: AT } })
    expect(run(read, { type: 'library/mark', ids: ['porter-1998'], read: true, at: '2027-01-01T00:00:00.000Z' })).toBe(read)
    const unread = run(read, { type: 'library/mark', ids: ['porter-1998'], read: false, at: AT })
    expect(Object.keys(unread.library.read)).toEqual(['mit-2014'])
    expect(run(start, { type: 'library/mark', ids: ['x'], read: false, at: AT })).toBe(start)
  })

  it('keeps one note per item, strips control characters, and removes a note emptied by its author', () => {
    const noted = run(workspaceWith(0), { type: 'library/note', id: 'mit-2014', markdown: '**Read** this\u0007 first', at: AT })
    expect(noted.library.notes['mit-2014']).toEqual({ markdown: '**Read** this first', updatedAt: AT })
    expect(run(noted, { type: 'library/note', id: 'mit-2014', markdown: '**Read** this first', at: '2027-01-01T00:00:00.000Z' })).toBe(noted)
    expect(run(noted, { type: 'library/note', id: 'mit-2014', markdown: '  \n ', at: AT }).library.notes).toEqual({})
  })

  it('adds, edits and removes the team’s own resources; removing one drops its note and read mark', () => {
    let workspace = run(workspaceWith(0), { type: 'library/add-resource', resource: link })
    expect(workspace.library.resources).toEqual([{ ...link, title: 'Our regional study', description: '', level: null }])
    expect(run(workspace, { type: 'library/add-resource', resource: { ...link, title: 'Same id' } })).toBe(workspace)

    workspace = run(workspace, { type: 'library/update-resource', id: 'res-1', patch: { title: 'Regional study 2025', level: 'advanced' } })
    expect(workspace.library.resources[0]).toMatchObject({ title: 'Regional study 2025', level: 'advanced', url: link.url })
    // A patch changes only what it names: the level and description set above survive a title edit.
    workspace = run(workspace, { type: 'library/update-resource', id: 'res-1', patch: { description: 'Port data' } })
    workspace = run(workspace, { type: 'library/update-resource', id: 'res-1', patch: { title: 'Regional study' } })
    expect(workspace.library.resources[0]).toMatchObject({ title: 'Regional study', level: 'advanced', description: 'Port data' })

    workspace = run(workspace, { type: 'library/note', id: 'res-1', markdown: 'Useful', at: AT })
    workspace = run(workspace, { type: 'library/mark', ids: ['res-1'], read: true, at: AT })
    workspace = run(workspace, { type: 'library/remove-resource', id: 'res-1' })
    expect(workspace.library).toEqual({ read: {}, notes: {}, resources: [] })
  })

  it('never gives an imported PDF a web address', () => {
    const pdf = {
      kind: 'pdf' as const,
      id: 'res-2',
      title: 'Board minutes',
      addedAt: AT,
      attachment: { id: 'att-1', fileName: 'minutes.pdf', bytes: 1200, sha256: 'a'.repeat(64) }
    }
    const workspace = run(workspaceWith(0), { type: 'library/add-resource', resource: pdf })
    const edited = run(workspace, { type: 'library/update-resource', id: 'res-2', patch: { url: 'https://example.org/x' } })
    expect(edited.library.resources[0]).not.toHaveProperty('url')
  })

  it.each([
    ['a reserved key', { type: 'library/note', id: '__proto__', markdown: 'x', at: AT }],
    ['a path as an id', { type: 'library/mark', ids: ['../etc'], read: true, at: AT }],
    ['a non-web link', { type: 'library/add-resource', resource: { ...link, url: 'javascript:alert(1)' } }],
    ['a file link', { type: 'library/add-resource', resource: { ...link, url: 'file:///etc/passwd' } }],
    ['an enormous note', { type: 'library/note', id: 'a', markdown: 'x'.repeat(50_001), at: AT }],
    ['a malformed checksum', { type: 'library/add-resource', resource: { kind: 'pdf', id: 'p', title: 'P', addedAt: AT, attachment: { id: 'a', fileName: 'a.pdf', bytes: 1, sha256: 'nope' } } }]
  ])('refuses %s', (_, input) => {
    expect(WorkspaceCommandSchema.safeParse(input).success).toBe(false)
  })

  it('never lets a hand-edited "__proto__" key reach object internals', () => {
    const file = JSON.parse(JSON.stringify(workspaceWith(0))) as Record<string, unknown>
    file.library = JSON.parse('{"read":{"__proto__":{"readAt":"2026-02-01T10:00:00.000Z"}},"notes":{},"resources":[]}')
    const parsed = WorkspaceSchema.parse(file)
    expect(Object.keys(parsed.library.read)).toEqual([])
    expect((parsed.library.read as Record<string, unknown>).readAt).toBeUndefined()
    expect(isRead(parsed.library, '__proto__')).toBe(false)
  })

  it('lets reading status and resource changes be undone, but not each keystroke of a note', () => {
    const parse = (input: WorkspaceCommandInput) => WorkspaceCommandSchema.parse(input)
    expect(isUndoable(parse({ type: 'library/mark', ids: ['a'], read: true, at: AT }))).toBe(true)
    expect(isUndoable(parse({ type: 'library/remove-resource', id: 'a' }))).toBe(true)
    expect(isUndoable(parse({ type: 'library/note', id: 'a', markdown: 'x', at: AT }))).toBe(false)
  })
})
