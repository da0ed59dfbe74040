import type { Block, Inline } from '../../src/shared/document/model'
import { pageGeometry, type PdfOptions } from '../../src/shared/export/options'
import type { PrintDocument, PrintPart } from '../../src/shared/export/print-model'

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)

function inlines(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escape(node.value)
        case 'strong':
          return `<b>${inlines(node.children)}</b>`
        case 'emphasis':
          return `<i>${inlines(node.children)}</i>`
        case 'delete':
          return `<s>${inlines(node.children)}</s>`
        case 'code':
          return `<code>${escape(node.value)}</code>`
        case 'link':
          return node.href ? `<a href="${escape(node.href)}">${inlines(node.children)}</a>` : inlines(node.children)
        case 'citation':
          return `[${node.ids.length}]`
        case 'placeholder':
          return escape(node.key)
        case 'break':
          return '<br>'
      }
    })
    .join('')
}

function blocks(list: readonly Block[]): string {
  return list
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.depth + 1}>${inlines(block.children)}</h${block.depth + 1}>`
        case 'paragraph':
          return `<p>${inlines(block.children)}</p>`
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul'
          return `<${tag}>${block.items.map((item) => `<li>${blocks(item)}</li>`).join('')}</${tag}>`
        }
        case 'blockquote':
          return `<blockquote>${blocks(block.children)}</blockquote>`
        case 'code':
          return `<pre>${escape(block.value)}</pre>`
        case 'table':
          return `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${inlines(cell)}</td>`).join('')}</tr>`).join('')}</table>`
        case 'rule':
          return '<hr>'
      }
    })
    .join('')
}

function part(p: PrintPart): string {
  switch (p.type) {
    case 'text':
      return `<section><h1>${escape(p.title)}</h1>${blocks(p.blocks)}</section>`
    case 'figures':
      return `<section><h1>${escape(p.title)}</h1>${p.figures.map((f) => `<h2>${escape(f.title)}</h2>`).join('')}</section>`
    case 'flow':
      return `<section>${p.sections.map((s, index) => `<h1${index ? ' class="run-on"' : ''}>${escape(s.title)}</h1>${blocks(s.blocks)}`).join('')}</section>`
    case 'table':
      return `<section><h1>${escape(p.title)}</h1>${p.intro ? `<p class="intro">${escape(p.intro)}</p>` : ''}<table><thead><tr>${p.columns.map((c) => `<th>${escape(c.label)}</th>`).join('')}</tr></thead><tbody>${p.groups
        .map((g) => `${g.heading ? `<tr><th colspan="${p.columns.length}">${escape(g.heading)}</th></tr>` : ''}${g.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}`)
        .join('')}</tbody></table></section>`
    case 'pillar-map':
      return `<section><h1>${escape(p.title)}</h1><div class="map">${p.columns
        .map((c) => `<div><h2>${escape(c.label)}</h2><p>${c.all} members · ${c.committed} committed</p>${c.cards.map((card) => `<div class="card s-${card.stage}">${escape(card.name)}</div>`).join('')}</div>`)
        .join('')}</div></section>`
  }
}

/** The cover and contents pages our PDF puts first (contents page numbers are stand-ins: Chromium cannot know them). */
function frontMatter(document: PrintDocument): string {
  const { meta } = document
  const cover = document.cover
    ? `<section class="cover"><h1>${escape(meta.clusterName)}</h1><p>${escape(meta.title)}</p>${meta.version ? `<p>${escape(meta.version)}</p>` : ''}<p>${escape(meta.date)}</p><p class="small">Prepared with Cluster Workbench</p></section>`
    : ''
  const toc = document.toc ? `<section><h1>Contents</h1>${document.parts.map((p, index) => `<div class="toc"><span>${escape(p.title)}</span><span>${index + 3}</span></div>`).join('')}</section>` : ''
  return cover + toc
}

/**
 * The same content as a print document, as HTML for Chromium's page.pdf(): the baseline the PDF
 * figures are compared with. Until 2026-12-01 it printed less than our PDF (no running header, no
 * cover or contents, paragraphs as plain text and lists as paragraphs); it now carries all of it.
 */
export function printDocumentToHtml(document: PrintDocument, options: PdfOptions): string {
  const { margin } = pageGeometry(options)
  return `<!doctype html><meta charset="utf-8"><style>
@page { size: ${options.size} ${options.orientation}; margin: ${margin}pt }
body { margin: 0; font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.45 }
section { break-before: page } section:first-child { break-before: auto } h1 { font-size: 18pt } h2 { font-size: 15pt } h3 { font-size: 12.5pt }
.cover h1 { font-size: 30pt; margin-top: 30% } .small { font-size: 8pt } .toc { display: flex; justify-content: space-between; border-bottom: 0.3pt dotted #ccc }
table { width: 100%; border-collapse: collapse; font-size: 8pt }
td, th { border-bottom: 0.3pt solid #ccc; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 10em } tr { break-inside: avoid }
.map { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 6pt } .card { font-size: 7pt; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 0.3pt solid #ccc }
</style>${frontMatter(document)}${document.parts.map(part).join('')}`
}

/** page.pdf()'s running header and "page x of y" footer, as our PDF draws them on every page. */
export function printTemplates(document: PrintDocument, options: PdfOptions): { headerTemplate: string; footerTemplate: string } {
  const { margin } = pageGeometry(options)
  const { meta } = document
  return {
    headerTemplate: `<div style="font-size:8pt;color:#5b6575;width:100%;margin:0 ${margin}pt;display:flex;justify-content:space-between;border-bottom:0.5pt solid #ccc"><span>${escape(meta.clusterName)} · ${escape(meta.title)}</span><span>${escape(meta.date)}</span></div>`,
    footerTemplate: `<div style="font-size:8pt;color:#5b6575;width:100%;text-align:right;margin:0 ${margin}pt">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`
  }
}
