import { describe, expect, it } from 'vitest'
import { MARKDOWN_LIMITS, parseMarkdown, parseMarkdownCached } from '../../../src/shared/document/markdown'
import { countWords, documentText } from '../../../src/shared/document/model'
import { safeHref } from '../../../src/shared/document/safe-url'

describe('parseMarkdown', () => {
  it('builds headings, lists, emphasis, links and tables', () => {
    const model = parseMarkdown(
      '# Vision\n\nA **strong** and *lively* [cluster](https://example.org).\n\n1. one\n2. two\n\n- a\n  - nested\n\n| KPI | Target |\n|:--|--:|\n| Members | 40 |\n\n> quoted\n\n---'
    )
    expect(model.problem).toBeNull()
    expect(model.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'table', 'blockquote', 'rule'])
    expect(model.blocks[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'A ' },
        { type: 'strong', children: [{ type: 'text', value: 'strong' }] },
        { type: 'text', value: ' and ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'lively' }] },
        { type: 'text', value: ' ' },
        { type: 'link', href: 'https://example.org', children: [{ type: 'text', value: 'cluster' }] },
        { type: 'text', value: '.' }
      ]
    })
    expect(model.blocks[2]).toMatchObject({ type: 'list', ordered: true, start: 1 })
    expect(model.blocks[4]).toMatchObject({ type: 'table', align: ['left', 'right'] })
  })

  it('finds citations and placeholders in text', () => {
    const model = parseMarkdown('As shown [@porter-1998; @mit-2014], {{cluster.name}} has {{members.committed}} members.')
    expect(model.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'As shown ' },
        { type: 'citation', ids: ['porter-1998', 'mit-2014'] },
        { type: 'text', value: ', ' },
        { type: 'placeholder', key: 'cluster.name' },
        { type: 'text', value: ' has ' },
        { type: 'placeholder', key: 'members.committed' },
        { type: 'text', value: ' members.' }
      ]
    })
  })

  it('keeps raw HTML as visible text and drops unsafe link targets', () => {
    const model = parseMarkdown('<script>x</script>\n\n[a](javascript:alert(1)) [b](mailto:team@example.org)')
    expect(documentText(model.blocks)[0]).toBe('<script>x</script>')
    const links = JSON.stringify(model.blocks[1])
    expect(links).toContain('"href":null')
    expect(links).toContain('"href":"mailto:team@example.org"')
  })

  it.each([
    ['a 5,000-level quote', '>'.repeat(5000) + ' deep'],
    ['1,000 nested list levels', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')],
    ['20,000 emphasis markers', '*a'.repeat(20000)],
    ['50,000 brackets', '['.repeat(25000) + 'a' + ']('.repeat(25000)],
    ['a megabyte of text', 'word '.repeat(220_000)]
  ])('shows %s as plain text with a message', (_name, source) => {
    const model = parseMarkdown(source)
    expect(model.problem).toMatch(/plain text|unformatted/)
    expect(model.blocks.length).toBeGreaterThan(0)
  })

  it('shows a pasted run of "](" and a 100,000-character table as plain text, saying why', () => {
    expect(parseMarkdown(']('.repeat(33_000)).problem).toMatch(/too much formatting/)
    const row = `| ${Array.from({ length: 8 }, (_, i) => `cell ${i}`).join(' | ')} |\n`
    const table = `| ${'h | '.repeat(8)}\n|${'---|'.repeat(8)}\n${row.repeat(Math.floor(99_000 / row.length))}`
    expect(parseMarkdown(table).problem).toMatch(/tables with more than 2,000 cells/)
  })

  it('still formats a table of a hundred rows', () => {
    const row = `| ${Array.from({ length: 8 }, (_, i) => `cell ${i}`).join(' | ')} |\n`
    const model = parseMarkdown(`| ${'h | '.repeat(8)}\n|${'---|'.repeat(8)}\n${row.repeat(100)}`)
    expect(model.problem).toBeNull()
    expect(model.blocks[0]?.type).toBe('table')
  })

  it('formats ordinary text right up to the limits', () => {
    const source = 'A sentence with **some** emphasis.\n\n'.repeat(Math.floor(MARKDOWN_LIMITS.chars / 40))
    expect(parseMarkdown(source).problem).toBeNull()
  })

  it('counts words across blocks, in any script', () => {
    expect(countWords(parseMarkdown('# Title here\n\nÆrlig talt, 3 ord. Здравствуй мир').blocks)).toBe(8)
  })
})

describe('safeHref', () => {
  it.each(['https://x.org', 'http://x.org/a?b#c', 'mailto:a@b.org', 'mailto:a@b.org?subject=Hi&body=Soon'])('keeps %s', (url) => expect(safeHref(url)).toBe(url))
  it.each(['javascript:alert(1)', 'java\tscript:alert(1)', ' JAVASCRIPT:x', 'vbscript:x', 'data:text/html,x', 'file:///etc', '//evil.org', 'https://', 'mailto:nobody', '', null, 'http://user:pw@x.org/', 'https://x.org@evil.example/', 'mailto:a@b.org?attach=/etc/passwd', 'mailto:a@b.org?subject=x&bcc=spy@evil.example'])(
    'drops %j',
    (url) => expect(safeHref(url)).toBeNull()
  )
})

describe('parseMarkdownCached', () => {
  it('gives the same model as parseMarkdown, and the same object for the same text', () => {
    const source = 'A **strong** claim [@porter-1998] for {{cluster.name}}.'
    const first = parseMarkdownCached(source)
    expect(first).toEqual(parseMarkdown(source))
    expect(parseMarkdownCached(source)).toBe(first)
    expect(parseMarkdownCached(`${source} More.`)).not.toBe(first)
  })
})
