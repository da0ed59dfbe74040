import { describe, expect, it } from 'vitest'
import { locateQuote, quoteAt, replaceQuote } from '../../../src/shared/comments/anchor'

const TEXT = 'The cluster will double its members by 2030. Members share test beds in Ålesund.'
const passage = (text: string, quote: string) => {
  const start = text.indexOf(quote)
  return quoteAt(text, start, start + quote.length)
}
const found = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null)

describe('text-quote anchors', () => {
  it('keeps the passage with a little context either side', () => {
    expect(passage(TEXT, 'double its members')).toEqual({ quote: 'double its members', prefix: 'The cluster will ', suffix: ' by 2030. Members share test bed' })
  })

  it('finds the passage again after text is added before and after it', () => {
    const anchor = passage(TEXT, 'test beds')
    const edited = `# Vision\n\nA new opening paragraph.\n\n${TEXT} And more after it.`
    const span = locateQuote(edited, anchor)
    expect(found(edited, span)).toBe('test beds')
    expect(span!.start).toBe(edited.indexOf('test beds'))
  })

  it('tells apart two equal passages by their context', () => {
    const text = 'Members pay a fee. Partners pay a fee too.'
    const second = quoteAt(text, text.lastIndexOf('pay a fee'), text.lastIndexOf('pay a fee') + 9)
    expect(locateQuote(`Intro. ${text}`, second)!.start).toBe(`Intro. ${text}`.lastIndexOf('pay a fee'))
  })

  it('is gone once the passage is deleted or reworded', () => {
    const anchor = passage(TEXT, 'double its members')
    expect(locateQuote(TEXT.replace('double its members', 'grow'), anchor)).toBeNull()
    expect(locateQuote('', anchor)).toBeNull()
  })

  it('finds a passage selected in formatted text in its Markdown source', () => {
    const markdown = 'We **double** our\nmembers by _2030_.'
    const span = locateQuote(markdown, { quote: 'double our members by 2030', prefix: 'We ', suffix: '.' })
    expect(found(markdown, span)).toBe('double** our\nmembers by _2030')
  })

  it('replaces the passage, keeping the markup around it', () => {
    expect(replaceQuote('We **double** it.', { quote: 'double', prefix: 'We **', suffix: '** it.' }, 'triple')).toBe('We **triple** it.')
    expect(replaceQuote('Gone.', { quote: 'double', prefix: '', suffix: '' }, 'triple')).toBeNull()
  })
})
