import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, render } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StrategySection } from '../../../../../src/shared/strategy/schema'
import type { Workspace } from '../../../../../src/shared/workspace/schema'
import { workspaceWith } from '../../../../support/workspaces'

const open = vi.hoisted(() => ({ workspace: null as unknown as Workspace, apply: vi.fn() }))
vi.mock('../../../../../src/renderer/state/session-context', () => ({
  useSession: () => ({ apply: open.apply, updateSession: async () => {}, session: null }),
  useOpenWorkspace: () => ({ workspace: open.workspace, readOnly: false })
}))
const { SectionEditor } = await import('../../../../../src/renderer/features/strategy/SectionEditor')
const { flushAllDrafts } = await import('../../../../../src/renderer/state/draft-registry')

const demo = JSON.parse(readFileSync('resources/demo/workspace.json', 'utf8')) as { strategy: { sections: StrategySection[] } }
const base = demo.strategy.sections.find((s) => s.markdown.includes('{{') && s.markdown.includes('[@'))!
const section = { ...base, markdown: `${base.markdown}\n\n| Pillar | Members |\n|---|---|\n| Industry | {{members.industry}} |\n` }
const editorOf = (container: HTMLElement) => (container.querySelector('.ProseMirror') as TiptapEditorHTMLElement).editor!
const view = (markdown: string) => <SectionEditor section={{ ...section, markdown }} items={[]} rendering={{}} readOnly={false} onDraft={() => {}} words={0} />
const sectionUpdates = () => open.apply.mock.calls.filter(([command]) => command.type === 'strategy/update-section')

describe('the section editor and its draft', () => {
  beforeEach(() => {
    open.workspace = workspaceWith(3, 'Harbour Tech')
    open.apply.mockClear()
  })

  it('opens a section with a table and placeholders without saving anything', () => {
    vi.useFakeTimers()
    try {
      const { container } = render(view(section.markdown))
      expect(container.querySelector('table')).not.toBeNull()
      expect(container.querySelector('.chip-dataField')?.textContent).not.toMatch(/\{\{/)
      act(() => void vi.advanceTimersByTime(2_000))
      flushAllDrafts()
      expect(sectionUpdates()).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('saves what was typed as Markdown when main asks for the drafts, before the pause ends', () => {
    const { container } = render(view('Our coast.'))
    act(() => void editorOf(container).commands.insertContentAt(1, 'Welcome. '))
    flushAllDrafts()
    expect(sectionUpdates()).toEqual([[{ type: 'strategy/update-section', id: section.id, patch: { markdown: 'Welcome. Our coast.' } }]])
  })

  it('follows the stored text when it changes elsewhere (an undo) and nothing typed is pending', () => {
    const { container, rerender } = render(view('Before.'))
    rerender(view('After the undo.'))
    expect(editorOf(container).getText()).toBe('After the undo.')
    flushAllDrafts()
    expect(sectionUpdates()).toEqual([])
  })

  it("takes in a teammate's change that arrives while the person is typing, and saves both", () => {
    const { container, rerender } = render(view('Vision.\n\nGoals.'))
    act(() => void editorOf(container).commands.insertContentAt(7, ': a blue harbour'))
    // Main pushes the team's change to the same section before the draft is saved.
    rerender(view('Vision.\n\nGoals: 40 members by 2028.'))
    expect(editorOf(container).getText({ blockSeparator: '\n' })).toBe('Vision: a blue harbour.\nGoals: 40 members by 2028.')
    flushAllDrafts()
    expect(sectionUpdates()).toEqual([[{ type: 'strategy/update-section', id: section.id, patch: { markdown: 'Vision: a blue harbour.\n\nGoals: 40 members by 2028.' } }]])
  })

  it('shows hostile workspace data in a chip as text, never as markup', () => {
    const name = '<img src=x onerror="window.__pwned=1">'
    open.workspace = { ...open.workspace, cluster: { ...open.workspace.cluster, name } }
    const { container } = render(view('Welcome to {{cluster.name}}.'))
    expect(container.querySelector('.chip-dataField')?.textContent).toBe(name)
    expect(container.querySelector('img')).toBeNull()
  })
})
