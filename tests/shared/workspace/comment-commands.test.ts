import { describe, expect, it } from 'vitest'
import { quoteAt } from '../../../src/shared/comments/anchor'
import { applyCommand, isUndoable, WorkspaceCommandSchema, type WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import { emptyHistory, recordChange, undo } from '../../../src/shared/workspace/history'
import type { Workspace } from '../../../src/shared/workspace/schema'
import { workspaceWith } from '../../support/workspaces'

const AT = '2026-03-01T10:00:00.000Z'
const LATER = '2026-03-02T09:30:00.000Z'
const TEXT = 'We will double our members by 2030 and open two test beds.'

const START: Workspace = (() => {
  const base = workspaceWith(2)
  const section = { id: 's1', title: 'Vision', markdown: TEXT, status: 'draft' as const, templateSectionId: null, startsPart: false }
  return { ...base, strategy: { ...base.strategy, started: true, sections: [section] } }
})()

const run = (workspace: Workspace, ...inputs: WorkspaceCommandInput[]) => inputs.reduce((current, input) => applyCommand(current, WorkspaceCommandSchema.parse(input)), workspace)
const anchorOf = (quote: string) => quoteAt(TEXT, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length)
const add = (id: string, extra: Record<string, unknown> = {}): WorkspaceCommandInput => ({
  type: 'comment/add',
  comment: { id, sectionId: 's1', author: 'Åse Nygård', createdAt: AT, body: 'Is 2030 realistic?', anchor: anchorOf('by 2030'), ...extra }
})

describe('comment commands', () => {
  it('adds a thread on a passage, with replies in order', () => {
    const after = run(START, add('c1'), { type: 'comment/reply', id: 'c1', reply: { id: 'r1', author: 'Ben', at: LATER, body: '  Yes, with the port.  ' } })
    expect(after.comments).toHaveLength(1)
    expect(after.comments[0]).toMatchObject({ author: 'Åse Nygård', anchor: { quote: 'by 2030' }, resolved: null, replies: [{ author: 'Ben', body: 'Yes, with the port.' }] })
  })

  it('refuses an empty comment, one on a missing section, a suggestion with no passage, and a blank author', () => {
    expect(run(START, add('c1', { body: '   ' })).comments).toEqual([])
    expect(run(START, add('c1', { body: '  Why?\n ' })).comments[0]!.body).toBe('Why?')
    expect(run(START, add('c1', { sectionId: 'nowhere' })).comments).toEqual([])
    expect(run(START, add('c1', { anchor: null, suggestion: { replacement: 'x' } })).comments).toEqual([])
    expect(() => WorkspaceCommandSchema.parse(add('c1', { author: '  ' }))).toThrow()
  })

  it('resolves and reopens, remembering who resolved it and when', () => {
    const resolved = run(START, add('c1'), { type: 'comment/resolve', id: 'c1', by: 'Ben', at: LATER })
    expect(resolved.comments[0]!.resolved).toEqual({ by: 'Ben', at: LATER, outcome: 'resolved' })
    expect(run(resolved, { type: 'comment/reopen', id: 'c1' }).comments[0]!.resolved).toBeNull()
  })

  it('lets only the author edit or delete a comment', () => {
    const added = run(START, add('c1'))
    expect(run(added, { type: 'comment/edit', id: 'c1', by: 'Ben', at: LATER, body: 'Hijacked' })).toBe(added)
    expect(run(added, { type: 'comment/delete', id: 'c1', by: 'Ben' })).toBe(added)
    expect(run(added, { type: 'comment/edit', id: 'c1', by: 'Åse Nygård', at: LATER, body: 'Is 2030 too early?' }).comments[0]).toMatchObject({ body: 'Is 2030 too early?', editedAt: LATER })
    expect(run(added, { type: 'comment/delete', id: 'c1', by: 'Åse Nygård' }).comments).toEqual([])
  })

  it('accepts a suggestion: the section text changes and the thread closes, in one undoable step', () => {
    const suggested = run(START, add('c1', { body: '', anchor: anchorOf('two test beds'), suggestion: { replacement: 'three test beds' } }))
    const command = WorkspaceCommandSchema.parse({ type: 'comment/accept', id: 'c1', by: 'Ben', at: LATER })
    const accepted = applyCommand(suggested, command)
    expect(accepted.strategy.sections[0]!.markdown).toBe('We will double our members by 2030 and open three test beds.')
    expect(accepted.comments[0]!.resolved).toMatchObject({ by: 'Ben', outcome: 'accepted' })
    expect(isUndoable(command)).toBe(true)
    const back = undo(recordChange(emptyHistory, suggested), accepted)
    expect(back?.workspace).toBe(suggested)
    // Accepted text is in the section: reopening would offer it twice.
    expect(run(accepted, { type: 'comment/reopen', id: 'c1' })).toBe(accepted)
  })

  it('finds a suggestion’s passage after edits around it, and leaves the text alone once it is gone', () => {
    const suggested = run(START, add('c1', { body: '', anchor: anchorOf('two test beds'), suggestion: { replacement: 'three test beds' } }))
    const edited = run(suggested, { type: 'strategy/update-section', id: 's1', patch: { markdown: `Intro.\n\n${TEXT}\n\nMore.` } })
    expect(run(edited, { type: 'comment/accept', id: 'c1', by: 'Ben', at: LATER }).strategy.sections[0]!.markdown).toBe(`Intro.\n\nWe will double our members by 2030 and open three test beds.\n\nMore.`)
    const reworded = run(suggested, { type: 'strategy/update-section', id: 's1', patch: { markdown: 'We will open a test bed.' } })
    expect(run(reworded, { type: 'comment/accept', id: 'c1', by: 'Ben', at: LATER })).toBe(reworded)
  })

  it('rejects a suggestion without touching the text', () => {
    const suggested = run(START, add('c1', { body: 'Bolder?', anchor: anchorOf('two test beds'), suggestion: { replacement: 'five test beds' } }))
    const rejected = run(suggested, { type: 'comment/reject', id: 'c1', by: 'Ben', at: LATER })
    expect(rejected.strategy).toBe(suggested.strategy)
    expect(rejected.comments[0]!.resolved).toMatchObject({ outcome: 'rejected' })
  })
})
