import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { StrategySection } from '../../../../src/shared/strategy/schema'
import type { Workspace } from '../../../../src/shared/workspace/schema'
import { workspaceWith } from '../../../support/workspaces'

const open = vi.hoisted(() => ({ workspace: null as unknown as Workspace }))
vi.mock('../../../../src/renderer/state/session-context', () => ({
  useSession: () => ({ apply: () => {}, updateSession: async () => {}, session: null }),
  useOpenWorkspace: () => ({ workspace: open.workspace, readOnly: false })
}))
const { SectionEditor } = await import('../../../../src/renderer/features/strategy/SectionEditor')
const { claimedByFocusedEditor, undoInField } = await import('../../../../src/renderer/features/shell/field-keys')

const section: StrategySection = { id: 's1', title: 'Vision', markdown: 'Our coast.', status: 'draft', templateSectionId: null, startsPart: false }

function openEditor() {
  open.workspace = workspaceWith(2)
  const { container } = render(<SectionEditor section={section} items={[]} rendering={{}} readOnly={false} onDraft={() => {}} words={2} />)
  const dom = container.querySelector('.ProseMirror') as TiptapEditorHTMLElement
  dom.focus()
  return dom
}

// In Electron the menu takes Ctrl+Z and Ctrl+K before the page sees the key: these are the paths it uses.
describe('menu keys while the section text has the focus', () => {
  it('Undo and Redo from the menu act on the text itself', () => {
    const dom = openEditor()
    act(() => void dom.editor!.commands.insertContentAt(1, 'Blue. '))
    expect(dom.editor!.getText()).toBe('Blue. Our coast.')
    act(() => undoInField(true))
    expect(dom.editor!.getText()).toBe('Our coast.')
    act(() => undoInField(false))
    expect(dom.editor!.getText()).toBe('Blue. Our coast.')
  })

  it('Ctrl+K from the menu adds a link in the text instead of opening the palette', () => {
    openEditor()
    let claimed = false
    act(() => void (claimed = claimedByFocusedEditor('CmdOrCtrl+K')))
    expect(claimed).toBe(true)
    expect(screen.getByRole('textbox', { name: 'Link to' })).toBeTruthy()
    expect(claimedByFocusedEditor('CmdOrCtrl+E')).toBe(false)
  })
})
