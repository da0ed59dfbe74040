import { describe, expect, it } from 'vitest'
import { escapeHtml, markMatches, pagesContaining } from '../../../src/shared/library/text-find'

describe('find in a PDF', () => {
  it('marks matches whatever their case or accents', () => {
    expect(markMatches('Île-de-France and ile', 'ile')).toBe('<mark>Île</mark>-de-France and <mark>ile</mark>')
    expect(markMatches('Harbour ROBOTICS', 'robotics')).toBe('Harbour <mark>ROBOTICS</mark>')
  })

  it('escapes the PDF text, so a document cannot inject markup into the text layer', () => {
    expect(markMatches('<img src=x onerror=alert(1)>', '')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(markMatches('<b>"port" & harbour</b>', 'port')).toBe('&lt;b&gt;&quot;<mark>port</mark>&quot; &amp; harbour&lt;/b&gt;')
    expect(escapeHtml(`'`)).toBe('&#39;')
  })

  it('lists the pages that contain the query', () => {
    expect(pagesContaining(['Kestrel Coast study', 'Findings on harbour robotics', 'more robotics'], 'Robotics')).toEqual([2, 3])
    expect(pagesContaining(['a'], '  ')).toEqual([])
  })
})
