import { parseMarkdown } from '../../src/shared/document/markdown'
import type { Row } from '../lib/report'
import { ms, summarize, time } from '../lib/stats'

/** Text that would make micromark crawl; the limits show it as plain text instead. */
const HOSTILE: [string, string][] = [
  ['a 5,000-level quote', '>'.repeat(5000) + ' deep'],
  ['1,000 nested list levels', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')],
  ['20,000 emphasis markers', '*a'.repeat(20000)],
  ['50,000 brackets', '['.repeat(25000) + 'a' + ']('.repeat(25000)],
  ['a megabyte of text', 'word '.repeat(220_000)],
  ['33,000 "](" pasted', ']('.repeat(33_000)],
  ['a 100,000-character table pasted', pastedTable(100_000)]
]

function pastedTable(chars: number): string {
  const row = `| ${Array.from({ length: 8 }, (_, i) => `cell ${i} text`).join(' | ')} |\n`
  return `| ${'heading | '.repeat(8)}\n|${'---|'.repeat(8)}\n${row.repeat(Math.floor(chars / row.length))}`
}

/** How long the Markdown limits take to turn hostile text into plain paragraphs (tests only check that they do). */
export async function markdownBenchmark(reps: number) {
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  let worst = 0
  for (const [name, source] of HOSTILE) {
    const timing = summarize(await time(() => parseMarkdown(source), reps))
    raw[name] = timing
    worst = Math.max(worst, timing.p95)
  }
  rows.push({ area: 'Library', measure: 'hostile Markdown shown as plain text, slowest of seven inputs, p95', value: ms(worst), target: '≤ 100 ms', met: worst <= 100, note: HOSTILE.map(([name]) => name).join(', ') })
  return { rows, raw }
}
