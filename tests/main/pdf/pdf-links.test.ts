import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/shared/document/markdown'
import { PdfOptionsSchema } from '../../../src/shared/export/options'
import type { PrintDocument } from '../../../src/shared/export/print-model'
import { renderPrintDocument } from '../../../src/main/pdf/render-print-document'
import { isSafeExternalUrl } from '../../../src/main/security/external-links'
import { pdfLinks } from '../../support/pdf-text'
import { RESOURCES } from '../../support/workspaces'

/** The /URI entries as written in the file: "(…)" literal strings or "<…>" hex strings. */
function rawUriEntries(bytes: Uint8Array): string[] {
  return [...Buffer.from(bytes).toString('latin1').matchAll(/\/URI\s*(\([^)]*\)|<[^>]*>)/g)].map((match) => match[1]!)
}

describe('links in exported PDFs', () => {
  it('carry only links the app itself would open, written in ASCII', async () => {
    const text = [
      '[web](https://example.org/a)',
      '[credentials](http://user:pw@example.org/)',
      '[undecodable](mailto:%E0@example.org)',
      '[attach](mailto:team@example.org?attach=/etc/passwd)',
      '[international](https://münchen.de/straße)',
      '[mail](mailto:team@example.org?subject=Grüße)'
    ].join(' ')
    const document: PrintDocument = {
      meta: { title: 'Links', clusterName: 'Kestrel Coast', version: 'v1', date: '2026-03-01' },
      cover: false,
      toc: false,
      parts: [{ type: 'text', id: 'links', title: 'Links', blocks: parseMarkdown(text).blocks }]
    }
    const { bytes } = await renderPrintDocument(document, PdfOptionsSchema.parse({}), join(RESOURCES, 'fonts'))
    const links = await pdfLinks(bytes)
    expect(links).toEqual(['https://example.org/a', 'https://xn--mnchen-3ya.de/stra%C3%9Fe', 'mailto:team@example.org?subject=Gr%C3%BC%C3%9Fe'])
    for (const link of links) expect(isSafeExternalUrl(link)).toBe(true)
    const raw = rawUriEntries(bytes)
    expect(raw).toHaveLength(3)
    // A UTF-16 string starts with the byte-order mark FE FF; an ASCII one is plain text in "(…)".
    for (const entry of raw) expect(entry).toMatch(/^\([\x20-\x7e]*\)$/)
  })
})
