import { describe, expect, it } from 'vitest'
import { directoryPart, pillarMapDocument } from '../../../src/shared/export/member-documents'
import { findMissingGlyphs } from '../../../src/shared/export/glyph-coverage'
import { printedStrings } from '../../../src/shared/export/print-model'
import { member, workspaceWith } from '../../support/workspaces'

describe('member documents', () => {
  it('puts every member in the map or the unplaced list, with counts per pillar', () => {
    const workspace = { ...workspaceWith(12), members: [...workspaceWith(12).members, member({ id: 'u1', name: 'Unplaced Org' })] }
    const document = pillarMapDocument(workspace, new Date('2026-05-01T00:00:00Z'))
    const map = document.parts[0]
    if (map?.type !== 'pillar-map') throw new Error('expected the map first')
    expect(map.columns.map((column) => column.all)).toEqual([3, 3, 2, 2, 2])
    expect(map.columns[0]!.committed).toBe(workspace.members.filter((m) => m.pillar === 'industry' && m.stage === 'committed').length)
    expect(document.parts[1]).toMatchObject({ type: 'table', title: 'Not yet on a pillar', groups: [{ rows: [['Unplaced Org', 'Member', 'Prospect']] }] })
    expect(document.meta.date).toBe('2026-05-01')
  })

  it('lists the directory by pillar, sorted by name, with websites shown without the scheme', () => {
    const workspace = { ...workspaceWith(0), members: [member({ id: 'b', name: 'Zeta', pillar: 'academia', website: 'https://www.zeta.example/' }), member({ id: 'a', name: 'Alpha', pillar: 'academia' })] }
    const part = directoryPart(workspace)
    expect(part.groups).toEqual([{ heading: 'Academia (2)', rows: [['Alpha', 'Member', 'Prospect', 'Unknown', '', ''], ['Zeta', 'Member', 'Prospect', 'Unknown', '', 'zeta.example']] }])
  })
})

describe('findMissingGlyphs', () => {
  it('reports each uncovered character once with where it appears, and ignores invisible ones', () => {
    const latinOnly = (codePoint: number) => codePoint < 0x2000
    const texts = ['Tokyo 東京 office', 'Smile 😀 and 東', 'zero\u200bwidth']
    expect(findMissingGlyphs(texts, latinOnly)).toEqual([
      { character: '東', codePoint: 'U+6771', example: 'Tokyo 東京 office' },
      { character: '京', codePoint: 'U+4EAC', example: 'Tokyo 東京 office' },
      { character: '😀', codePoint: 'U+1F600', example: 'Smile 😀 and 東' }
    ])
  })

  it('covers every string a document prints', () => {
    const document = pillarMapDocument({ ...workspaceWith(1), members: [member({ id: 'x', name: '北京 Lab', pillar: 'academia' })] }, new Date())
    expect(printedStrings(document).join(' ')).toContain('北京 Lab')
  })
})
