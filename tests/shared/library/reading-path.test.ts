import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../src/main/services/library/library-content'
import { availableTags, matchesFilter, readingPath } from '../../../src/shared/library/reading-path'
import type { LibraryContent } from '../../../src/shared/library/schema'
import { emptyLibrary } from '../../../src/shared/library/workspace-library'
import { RESOURCES } from '../../support/workspaces'

describe('the reading path', () => {
  let content: LibraryContent
  beforeAll(async () => {
    content = await loadLibraryContent(join(RESOURCES, 'library'))
  })

  it('goes introductory, intermediate, advanced, oldest first within a level, counting what was read', () => {
    const library = emptyLibrary()
    library.read['porter-1998-new-economics-of-competition'] = { readAt: '2026-01-01T00:00:00.000Z' }
    library.read['not-an-item'] = { readAt: '2026-01-01T00:00:00.000Z' }
    const path = readingPath(content.items, library)
    expect(path.map((level) => [level.level, level.read, level.total])).toEqual([
      ['introductory', 0, 8],
      ['intermediate', 1, 13],
      ['advanced', 0, 6]
    ])
    const years = path[1]!.items.map((item) => item.year ?? 9999)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(path[1]!.items[0]!.id).toBe('porter-1998-new-economics-of-competition')
  })

  it('filters by kind and by a pillar, sector or region tag', () => {
    const france = content.items.filter((item) => matchesFilter(item, { kinds: [], tag: { type: 'region', value: 'France' } }))
    expect(france.map((item) => item.id)).toEqual(['cap-digital'])
    const strategies = content.items.filter((item) => matchesFilter(item, { kinds: ['strategy-document'], tag: null }))
    expect(strategies.length).toBeGreaterThan(0)
    expect(strategies.every((item) => item.kind === 'strategy-document')).toBe(true)
    const investors = content.items.filter((item) => matchesFilter(item, { kinds: [], tag: { type: 'pillar', value: 'investors' } }))
    expect(investors.every((item) => item.tags.pillars.includes('investors'))).toBe(true)
  })

  it('offers every tag in use, pillars first, with counts', () => {
    const tags = availableTags(content.items)
    expect(tags[0]?.tag.type).toBe('pillar')
    expect(tags.find((entry) => entry.label === 'France')?.count).toBe(1)
    expect(tags.reduce((sum, entry) => sum + (entry.tag.type === 'pillar' ? entry.count : 0), 0)).toBe(
      content.items.reduce((sum, item) => sum + item.tags.pillars.length, 0)
    )
  })
})
