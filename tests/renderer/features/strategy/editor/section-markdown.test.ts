import { Editor } from '@tiptap/core'
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { sectionExtensions } from '../../../../../src/renderer/features/strategy/editor/extensions'
import { editorMarkdown, tidyMarkdown } from '../../../../../src/renderer/features/strategy/editor/section-markdown'

const starters = readdirSync('resources/templates')
  .filter((file) => file !== 'indicators.json')
  .flatMap((file) => (JSON.parse(readFileSync(`resources/templates/${file}`, 'utf8')) as { sections: { id: string; starter?: string }[] }).sections.map((section) => [`${file} ${section.id}`, section.starter ?? ''] as const))
const demo = (JSON.parse(readFileSync('resources/demo/workspace.json', 'utf8')) as { strategy: { sections: { title: string; markdown: string }[] } }).strategy.sections.map((section) => [`demo: ${section.title}`, section.markdown] as const)

let editor: Editor | null = null
afterEach(() => editor?.destroy())
const load = (markdown: string) => (editor = new Editor({ extensions: sectionExtensions(null), content: markdown, contentType: 'markdown' }))

describe('a section in the editor and back to Markdown', () => {
  it.each([...starters, ...demo].filter(([, markdown]) => markdown.trim()))('%s comes back unchanged', (_, markdown) => {
    expect(editorMarkdown(load(markdown))).toBe(markdown.trim())
  })

  it('keeps placeholders and citations as typed, spacing and unknown keys included', () => {
    const markdown = 'See [@porter-1998; @ketels-2003] for {{cluster.name}}, {{ cluster.region }} and {{cluster.nmae}}.'
    expect(editorMarkdown(load(markdown))).toBe(markdown)
    const chips = editor!.state.doc.firstChild!.content.content.filter((node) => !node.isText).map((node) => node.type.name)
    expect(chips).toEqual(['citation', 'dataField', 'dataField', 'dataField'])
  })

  it('keeps headings, emphasis, lists, links, quotes and tables, and stays stable when saved again', () => {
    const markdown = [
      '## Goals',
      'We **grow** the *coast* with [Kestrel](https://kestrel.example.org) and mail@example.org.',
      '- one\n- two\n  - nested',
      '1. first\n2. second',
      '> A quote from {{cluster.name}}',
      '| Pillar | Members |\n| --- | --- |\n| Industry | {{members.industry}} |'
    ].join('\n\n')
    const once = editorMarkdown(load(markdown))
    editor!.destroy()
    expect(editorMarkdown(load(once))).toBe(once)
    expect(once).toContain('**grow**')
    expect(once).toContain('[Kestrel](https://kestrel.example.org)')
    expect(once).toMatch(/\| Industry +\| \{\{members\.industry\}\} +\|/)
  })

  it('writes R&D, "a > b" and bare web addresses as people type them', () => {
    expect(tidyMarkdown('R&amp;D &amp;amp; a &gt; b\n\n&gt; quote [https://x.org/a](https://x.org/a)')).toBe('R&D &amp;amp; a > b\n\n&gt; quote https://x.org/a')
    expect(editorMarkdown(load('R&D grew 5 > 3 at https://example.org'))).toBe('R&D grew 5 > 3 at https://example.org')
  })
})
