import type { Block } from '../../shared/document/model'
import { PdfOptionsSchema } from '../../shared/export/options'
import type { MapCard, PrintDocument } from '../../shared/export/print-model'
import { MEMBER_STAGES } from '../../shared/workspace/member'
import { renderPrintDocument } from './render-print-document'

const PILLARS = ['industry', 'entrepreneurs', 'government', 'academia', 'investors'] as const
const SENTENCE = 'Ports, yards, start-ups and universities on this coast work together on cleaner ships, with shared test sites and data, https://example.org/warm-up/path?x=1.'
const text = (value: string) => ({ type: 'text' as const, value })

/**
 * Some thirty pages with every kind of part and block, so each code path a real export takes has
 * run and the heap has grown to an export's size (a short document left the first real export
 * half again slower than the next: its memory was still being touched for the first time).
 */
function warmUpDocument(): PrintDocument {
  const paragraphs: Block[] = Array.from({ length: 150 }, (_, index) => ({ type: 'paragraph', children: [text(`${SENTENCE} ${index}`), { type: 'strong', children: [text(' bold')] }, { type: 'emphasis', children: [text(' italic')] }] }))
  const blocks: Block[] = [
    { type: 'heading', depth: 2, children: [text('1.1 Heading')] },
    ...paragraphs,
    { type: 'list', ordered: true, start: 1, items: [[{ type: 'paragraph', children: [text(SENTENCE)] }], [{ type: 'paragraph', children: [{ type: 'link', href: 'https://example.org', children: [text('a link')] }] }]] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text(SENTENCE)] }] },
    { type: 'table', align: [null, 'right'], rows: [[[text('Indicator')], [text('Target')]], [[text('Members')], [text('60')]]] }
  ]
  const cards = (count: number): MapCard[] => Array.from({ length: count }, (_, index) => ({ name: `Organisation ${index} with a longer name`, stage: MEMBER_STAGES[index % 4]!, role: 'Member' }))
  return {
    meta: { title: 'Warm-up', clusterName: 'Cluster Workbench', version: 'v1', date: '2026-01-01', subtitle: 'Subtitle', status: 'Draft', authors: ['Author'] },
    cover: true,
    toc: true,
    parts: [
      { type: 'flow', id: 'a', title: 'Section', sections: [{ id: 's1', title: 'Section one', number: '1', blocks }, { id: 's2', title: 'Section two', number: '2', blocks }] },
      { type: 'table', id: 't', title: 'Table', intro: 'Rows.', columns: [{ label: 'Name', width: 0.6 }, { label: 'Value', width: 0.4, align: 'right' }], groups: [{ heading: 'Group', rows: Array.from({ length: 60 }, (_, index) => [`${SENTENCE.slice(0, 40 + (index % 30))}`, String(index)]) }] },
      { type: 'pillar-map', id: 'm', title: 'Map', columns: PILLARS.map((placement) => ({ placement, label: placement, all: 30, committed: 10, cards: cards(30) })) },
      {
        type: 'figures',
        id: 'f',
        title: 'Figures',
        figures: [
          { type: 'stage-bars', title: 'Bars', caption: 'Caption', rows: PILLARS.map((placement) => ({ placement, label: placement, counts: { prospect: 1, 'in-talks': 2, 'letter-of-support': 3, committed: 4 }, total: 10 })) },
          { type: 'funnel', title: 'Funnel', caption: 'Caption', steps: MEMBER_STAGES.map((stage, index) => ({ stage, label: stage, count: 10 - index })) },
          { type: 'target-arrows', title: 'Targets', caption: 'Caption', rows: [{ indicator: 'Members', unit: '', year: 2030, baseline: '10', target: '60', from: 10, to: 60 }] }
        ]
      }
    ]
  }
}

/**
 * Renders the document this many times: V8 compiles and optimises the layout code over its first
 * several runs, and three left the first real export about 1.4 times as slow as the next ones.
 */
const WARM_UP_RENDERS = 6

/**
 * Prepares a PDF renderer before its first real export: loads and parses the fonts and runs every
 * kind of part through layout a few times, so the first export a user makes costs about what later
 * ones do. Run while the app is idle (pdf-runner.ts); the output is thrown away.
 */
export async function warmUp(fontsDir: string): Promise<void> {
  const document = warmUpDocument()
  const options = PdfOptionsSchema.parse({})
  for (let run = 0; run < WARM_UP_RENDERS; run += 1) await renderPrintDocument(document, options, fontsDir)
}
