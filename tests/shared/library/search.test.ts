import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../src/main/services/library/library-content'
import { buildLibrarySearch } from '../../../src/shared/library/search'
import type { LibraryContent } from '../../../src/shared/library/schema'
import { emptyLibrary, type WorkspaceLibrary } from '../../../src/shared/library/workspace-library'
import { RESOURCES } from '../../support/workspaces'

const AT = '2026-11-29T10:00:00.000Z'

describe('library search', () => {
  let content: LibraryContent
  beforeAll(async () => {
    content = await loadLibraryContent(join(RESOURCES, 'library'))
  })

  const ids = (query: string, library: WorkspaceLibrary = emptyLibrary()) =>
    buildLibrarySearch(content, library)
      .search(query)
      .map((hit) => `${hit.kind}:${hit.id}`)

  it('ranks authors and titles above items that only mention the word', () => {
    expect(ids('competition')[0]).toBe('item:porter-1998-new-economics-of-competition')
    const hits = ids('Porter')
    expect(hits.slice(0, 2).sort()).toEqual(['item:porter-1998-new-economics-of-competition', 'item:porter-2008-clusters-innovation-competitiveness'])
  })

  it('finds items and exemplar profiles by the start of a word', () => {
    expect(ids('supercl')).toEqual(expect.arrayContaining(['item:superclusters-and-ecosystems', 'exemplar:ocean-supercluster', 'exemplar:digital-supercluster']))
  })

  it('tolerates a typo', () => {
    expect(ids('Brokings')[0]).toBe('item:brookings-clusters-and-innovation-districts')
    expect(ids('seafod innovaton')).toContain('item:nce-seafood-innovation')
  })

  it('requires every word of the query', () => {
    const both = ids('seafood Norway')
    expect(both).toContain('item:nce-seafood-innovation')
    expect(both).not.toContain('item:porter-1998-new-economics-of-competition')
  })

  it('finds tags: pillars, sectors and regions', () => {
    expect(ids('France')).toContain('item:cap-digital')
    expect(ids('Investors').length).toBeGreaterThan(0)
  })

  it("finds the team's notes and says the words were found there", () => {
    const library = emptyLibrary()
    library.notes['porter-1998-new-economics-of-competition'] = { markdown: 'Ask the **harbourmaster** about berths', updatedAt: AT }
    const search = buildLibrarySearch(content, library)
    const [hit] = search.search('harbourmaster')
    expect(hit).toMatchObject({ kind: 'item', id: 'porter-1998-new-economics-of-competition', fields: ['notes'] })
    expect(hit!.snippet.text).toBe('Ask the harbourmaster about berths')
    const [start, end] = hit!.snippet.highlights[0]!
    expect(hit!.snippet.text.slice(start, end)).toBe('harbourmaster')
  })

  it("finds the team's own resources by title and description", () => {
    const library = emptyLibrary()
    library.resources.push({
      kind: 'link',
      id: 'r1',
      title: 'Regional port authority masterplan',
      description: 'Berth expansion and shore power.',
      level: null,
      addedAt: AT,
      url: 'https://example.org/plan'
    })
    expect(ids('masterplan', library)).toEqual(['resource:r1'])
    expect(ids('shore power', library)).toEqual(['resource:r1'])
  })

  it('finds accented words typed without accents, and the other way round, and marks them', () => {
    const library = emptyLibrary()
    library.resources.push({
      kind: 'link',
      id: 'r1',
      title: 'Ålesund harbour partners',
      description: 'Visits to São Paulo and Tromsø; Straße names kept.',
      level: null,
      addedAt: AT,
      url: 'https://example.org/visits'
    })
    library.notes['porter-1998-new-economics-of-competition'] = { markdown: 'Meet the Alesund delegation', updatedAt: AT }
    expect(ids('Sao Paulo', library)).toEqual(['resource:r1'])
    expect(ids('tromso strasse', library)).toEqual(['resource:r1'])
    expect(ids('Ålesund', library).sort()).toEqual(['item:porter-1998-new-economics-of-competition', 'resource:r1'])
    const [hit] = buildLibrarySearch(content, library).search('sao paulo')
    expect(hit!.snippet.highlights.map(([s, e]) => hit!.snippet.text.slice(s, e))).toEqual(['São', 'Paulo'])
  })

  it('highlights every matched word in the snippet and nothing in the middle of a word', () => {
    const [hit] = buildLibrarySearch(content, emptyLibrary()).search('Cap Digital founded')
    expect(hit?.id).toBe('cap-digital')
    const marked = hit!.snippet.highlights.map(([s, e]) => hit!.snippet.text.slice(s, e).toLowerCase())
    expect(marked.length).toBeGreaterThan(0)
    for (const word of marked) expect(['cap', 'digital', 'founded']).toContain(word)
  })

  it('returns nothing for an empty query and nothing for nonsense', () => {
    expect(ids('   ')).toEqual([])
    expect(ids('qqqxzv')).toEqual([])
  })
})
