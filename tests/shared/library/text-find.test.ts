import { describe, expect, it } from 'vitest'
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

  it('lists the pages that contain the query', () => {
    expect(pagesContaining(['Kestrel Coast study', 'Findings on harbour robotics', 'more robotics'], 'Robotics')).toEqual([2, 3])
    expect(pagesContaining(['a'], '  ')).toEqual([])
  })
})
