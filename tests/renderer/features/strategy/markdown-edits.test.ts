import { describe, expect, it } from 'vitest'
import { insert, link, prefixLines, wrap } from '../../../../src/renderer/features/strategy/markdown-edits'

describe('toolbar edits', () => {
  it('wraps the selection, or a sample word selected for typing over', () => {
    expect(wrap({ text: 'a big idea', start: 2, end: 5 }, '**', 'x')).toEqual({ text: 'a **big** idea', start: 4, end: 7 })
    expect(wrap({ text: 'ab', start: 1, end: 1 }, '*', 'text')).toEqual({ text: 'a*text*b', start: 2, end: 6 })
  })
  it('prefixes every touched line, numbering ordered lists and replacing an old prefix', () => {
    expect(prefixLines({ text: 'one\n- two', start: 0, end: 9 }, '1. ').text).toBe('1. one\n2. two')
    expect(prefixLines({ text: 'title', start: 2, end: 2 }, '### ').text).toBe('### title')
  })
  it('inserts at the cursor and makes links with the address selected', () => {
    expect(insert({ text: 'ab', start: 1, end: 1 }, '[@x]')).toEqual({ text: 'a[@x]b', start: 5, end: 5 })
    const made = link({ text: 'see docs', start: 4, end: 8 })
    expect(made.text).toBe('see [docs](https://)')
    expect(made.text.slice(made.start, made.end)).toBe('https://')
  })
})
