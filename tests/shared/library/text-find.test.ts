import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText } from '../../../src/shared/fold-text'
import { findSegments, pagesContaining } from '../../../src/shared/library/text-find'

describe('find in a PDF', () => {
  it('cuts out the matches whatever their case or accents', () => {
    expect(findSegments('Île-de-France and ile', 'ile')).toEqual([
      { text: 'Île', match: true },
      { text: '-de-France and ', match: false },
      { text: 'ile', match: true }
    ])
    expect(findSegments('Harbour ROBOTICS', 'robotics')).toEqual([
      { text: 'Harbour ', match: false },
      { text: 'ROBOTICS', match: true }
    ])
  })

  it('gives the text back whole when there is nothing to find or no match', () => {
    expect(findSegments('<img src=x onerror=alert(1)>', '')).toEqual([{ text: '<img src=x onerror=alert(1)>', match: false }])
    expect(findSegments('Harbour', 'port')).toEqual([{ text: 'Harbour', match: false }])
    expect(findSegments('', 'port')).toEqual([])
  })

  it('keeps every character, emoji and combining accents included', () => {
    for (const [text, query] of [['e\u0301cole 🚢 école', 'ecole'], ['aaa', 'aa'], ['🚢🚢', '🚢']] as const) {
      expect(findSegments(text, query).map((segment) => segment.text).join('')).toBe(text)
    }
    expect(findSegments('aaa', 'aa')).toEqual([
      { text: 'aa', match: true },
      { text: 'a', match: false }
    ])
  })

  it('finds through ligatures and compatibility forms, and cuts at the right place when folding moves positions', () => {
    expect(findSegments('Société Marine', 'marine')).toEqual([
      { text: 'Société ', match: false },
      { text: 'Marine', match: true }
    ])
    expect(findSegments('Oﬃce ﬁles', 'files')).toEqual([
      { text: 'Oﬃce ', match: false },
      { text: 'ﬁles', match: true }
    ])
    // "𝐀" folds to one unit fewer and "ﬁ" to one more: the same length, shifted positions.
    expect(findSegments('𝐀ﬁle x', 'x')).toEqual([
      { text: '𝐀ﬁle ', match: false },
      { text: 'x', match: true }
    ])
  })

  it('gives back every character, and only runs that fold to the query are matches (property)', () => {
    const pieces = fc.constantFrom('a', 'A', 'é', 'e\u0301', 'ﬁ', 'fi', '𝐀', '🚢', 'İ', 'ß', ' ', 'x')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), fc.array(pieces, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')), (text, query) => {
        const segments = findSegments(text, query)
        expect(segments.map((segment) => segment.text).join('')).toBe(text)
        for (const segment of segments) if (segment.match) expect(foldText(segment.text)).toBe(foldText(query.trim()))
      }),
      { numRuns: 500 }
    )
  })

  it('lists the pages that contain the query', () => {
    expect(pagesContaining(['Kestrel Coast study', 'Findings on harbour robotics', 'more robotics'], 'Robotics')).toEqual([2, 3])
    expect(pagesContaining(['a'], '  ')).toEqual([])
  })
})
