import { documentText } from '../../src/shared/document/model'
import { pageGeometry, type PdfOptions } from '../../src/shared/export/options'
import type { PrintDocument, PrintPart } from '../../src/shared/export/print-model'

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)

function part(p: PrintPart): string {
  switch (p.type) {
    case 'text':
      return `<section><h1>${escape(p.title)}</h1>${documentText(p.blocks).map((text) => `<p>${escape(text)}</p>`).join('')}</section>`
    case 'table':
      return `<section><h1>${escape(p.title)}</h1><table><thead><tr>${p.columns.map((c) => `<th>${escape(c.label)}</th>`).join('')}</tr></thead><tbody>${p.groups
        .map((g) => `${g.heading ? `<tr><th colspan="${p.columns.length}">${escape(g.heading)}</th></tr>` : ''}${g.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}`)
        .join('')}</tbody></table></section>`
    case 'pillar-map':
      return `<section><h1>${escape(p.title)}</h1><div class="map">${p.columns
        .map((c) => `<div><h2>${escape(c.label)}</h2><p>${c.all} members · ${c.committed} committed</p>${c.cards.map((card) => `<div class="card s-${card.stage}">${escape(card.name)}</div>`).join('')}</div>`)
        .join('')}</div></section>`
  }
}

/** The same content as a print document, as HTML for Chromium's page.pdf(): the baseline the PDF figures are compared with. */
export function printDocumentToHtml(document: PrintDocument, options: PdfOptions): string {
  const { margin } = pageGeometry(options)
  return `<!doctype html><meta charset="utf-8"><style>
@page { size: ${options.size} ${options.orientation}; margin: ${margin}pt }
body { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.45 }
section { break-before: page } h1 { font-size: 18pt } table { width: 100%; border-collapse: collapse; font-size: 8pt }
td, th { border-bottom: 0.3pt solid #ccc; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 10em } tr { break-inside: avoid }
.map { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6pt } .card { font-size: 7pt; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 0.3pt solid #ccc }
</style>${document.parts.map(part).join('')}`
}
