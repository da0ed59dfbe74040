import { describe, expect, it } from 'vitest'
import { mergeText } from '../../../src/shared/sync/merge-text'

describe('mergeText', () => {
  it('keeps both edits made to different places of one text', () => {
    expect(mergeText('one two three', 'one 2 two three', 'one two three four')).toBe('one 2 two three four')
  })

  it('returns the side that changed when only one did, and does not double an edit both made', () => {
    expect(mergeText('a', 'a', 'ab')).toBe('ab')
    expect(mergeText('a', 'ab', 'a')).toBe('ab')
    expect(mergeText('a', 'ab', 'ab')).toBe('ab')
  })

  it('keeps accents and emoji whole', () => {
    expect(mergeText('Ålesund 🌊', 'Ålesund 🌊🌊', 'Æ Ålesund 🌊')).toBe('Æ Ålesund 🌊🌊')
  })
})
