import { describe, expect, it } from 'vitest'
import { highlightRanges, markdownToPlainText, snippetAround } from '../../../src/shared/library/plain-text'

describe('plain text for search', () => {
  it('keeps the words of Markdown and drops its marks and link targets', () => {
    expect(markdownToPlainText('# Title\n\n- **bold** and [a link](https://x.org) `code`\n> quote')).toBe('Title bold and a link code quote')
  })

  it('highlights terms only at the start of words, merging overlaps', () => {
    expect(highlightRanges('Porter supports ports', ['port'])).toEqual([
      [0, 4],
      [16, 20]
    ])
    expect(highlightRanges('innovation', ['inno', 'innovation'])).toEqual([[0, 10]])
  })

  it('cuts a long text around the first match, marking the cuts', () => {
    const text = `${'lorem '.repeat(60)}harbour ${'ipsum '.repeat(60)}`
    const snippet = snippetAround(text, ['harbour'], 80)
    expect(snippet.text.startsWith('… ')).toBe(true)
    expect(snippet.text.endsWith(' …')).toBe(true)
    expect(snippet.text.length).toBeLessThanOrEqual(84)
    const [[start, end]] = snippet.highlights as [[number, number]]
    expect(snippet.text.slice(start, end)).toBe('harbour')
  })
})
