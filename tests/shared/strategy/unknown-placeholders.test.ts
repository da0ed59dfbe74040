import { describe, expect, it } from 'vitest'
import { strategyDocument } from '../../../src/shared/export/strategy-document'
import { suggestPlaceholder, unknownPlaceholders } from '../../../src/shared/strategy/placeholders'
import type { StrategySection } from '../../../src/shared/strategy/schema'
import { workspaceWith } from '../../support/workspaces'

const section = (id: string, markdown: string): StrategySection => ({ id, title: `Section ${id}`, markdown, status: 'draft', templateSectionId: null, startsPart: false })

describe('unknown placeholders', () => {
  it('lists each typo once per section, with the key it probably meant, and leaves known keys alone', () => {
    const unknown = unknownPlaceholders([
      section('a', '{{cluster.name}} has {{members.total}} members. {{cluster.nmae}} and again {{cluster.nmae}}.'),
      section('b', '- {{membres.academia}} in a list\n\n> {{totally.unrelated.thing}}'),
      section('c', 'No placeholders here.')
    ])
    expect(unknown).toEqual([
      { key: 'cluster.nmae', sectionId: 'a', sectionTitle: 'Section a', suggestion: 'cluster.name' },
      { key: 'membres.academia', sectionId: 'b', sectionTitle: 'Section b', suggestion: 'members.academia' },
      { key: 'totally.unrelated.thing', sectionId: 'b', sectionTitle: 'Section b', suggestion: null }
    ])
    expect(suggestPlaceholder('Cluster.Region')).toBe('cluster.region')
  })

  it('prints a typo marked as unknown data in the strategy, not verbatim as if it were text', () => {
    const base = workspaceWith(2, 'Harbour Tech')
    const workspace = { ...base, strategy: { ...base.strategy, started: true, sections: [section('a', 'We are {{cluster.nmae}}.')] } }
    const document = strategyDocument(workspace, [], new Date('2026-12-01T00:00:00Z'))!
    const flow = document.parts.find((part) => part.type === 'flow')!
    expect(JSON.stringify(flow)).toContain('{"type":"strong","children":[{"type":"text","value":"[unknown data: {{cluster.nmae}}]"}]}')
  })
})
