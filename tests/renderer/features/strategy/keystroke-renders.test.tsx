import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, render, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { instantiateTemplate, TemplateSchema } from '../../../../src/shared/strategy/template'
import type { Workspace } from '../../../../src/shared/workspace/schema'
import type * as ContextMenu from '../../../../src/renderer/components/use-context-menu'
import type * as FactList from '../../../../src/renderer/features/library/FactList'
import { workspaceWith } from '../../../support/workspaces'

const template = TemplateSchema.parse(JSON.parse(readFileSync('resources/templates/maritime-blue-style.json', 'utf8')))
const hasExample = (id: string | null) => Boolean(template.sections.find((section) => section.id === id)?.example)
const counts = vi.hoisted(() => ({ outline: 0, guidance: 0 }))
const open = vi.hoisted(() => ({ workspace: null as unknown as Workspace, apply: () => {} }))

// The strategy page with its data in hand; the outline and the guidance count their renders
// through a hook only each of them calls.
vi.mock('../../../../src/renderer/state/session-context', () => ({
  useSession: () => ({ apply: open.apply, updateSession: async () => {}, session: null }),
  useOpenWorkspace: () => ({ workspace: open.workspace, readOnly: false })
}))
vi.mock('../../../../src/renderer/features/strategy/use-templates', () => ({ useTemplates: () => ({ state: 'ready', content: { templates: [template], indicators: [] } }) }))
vi.mock('../../../../src/renderer/features/library/use-library-content', () => ({ useLibraryContent: () => ({ state: 'ready', content: { items: [] } }) }))
vi.mock('../../../../src/renderer/components/use-context-menu', async (original) => {
  const real = await original<typeof ContextMenu>()
  return { useContextMenu: (...args: Parameters<typeof real.useContextMenu>) => ((counts.outline += 1), real.useContextMenu(...args)) }
})
vi.mock('../../../../src/renderer/features/library/FactList', async (original) => {
  const real = await original<typeof FactList>()
  return { ...real, SourceList: (props: Parameters<typeof real.SourceList>[0]) => ((counts.guidance += 1), real.SourceList(props)) }
})

const { default: StrategyPage } = await import('../../../../src/renderer/features/strategy/StrategyPage')
const { flushAllDrafts } = await import('../../../../src/renderer/state/draft-registry')

describe('typing in a section', () => {
  beforeEach(() => {
    const workspace = workspaceWith(3, 'Harbour Tech')
    let n = 0
    // The section opened first is one with the exemplar's example (and its sources) beside it.
    const sections = instantiateTemplate(template, () => `s${(n += 1)}`).sort((a, b) => Number(hasExample(b.templateSectionId)) - Number(hasExample(a.templateSectionId)))
    open.workspace = { ...workspace, strategy: { ...workspace.strategy, started: true, templateId: template.id, sections } }
  })

  it('renders only the section being edited, not the outline or the guidance', () => {
    render(<StrategyPage />)
    const body = screen.getByRole('textbox', { name: /^Section text/ }) as TiptapEditorHTMLElement
    expect(counts.outline).toBeGreaterThan(0)
    expect(counts.guidance).toBeGreaterThan(0)
    counts.outline = 0
    counts.guidance = 0
    for (const [index, letter] of [...'Our'].entries()) act(() => void body.editor!.commands.insertContentAt(1 + index, letter))
    act(() => flushAllDrafts())
    expect(body.textContent).toMatch(/^Our/)
    expect(counts).toEqual({ outline: 0, guidance: 0 })
  })
})
