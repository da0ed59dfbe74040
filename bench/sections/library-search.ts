import { join } from 'node:path'
import { loadLibraryContent } from '../../src/main/services/library/library-content'
import { buildLibrarySearch } from '../../src/shared/library/search'
import { emptyLibrary, type WorkspaceLibrary } from '../../src/shared/library/workspace-library'
import type { Row } from '../lib/report'
import { ms, summarize, time } from '../lib/stats'

const WORDS = ['harbour', 'port', 'robotics', 'funding', 'board', 'talent', 'seafood', 'pilot', 'investor', 'university', 'ministry', 'strategy']

/** A library with `count` team resources, each carrying a note of a few sentences. */
function libraryWithNotes(count: number): WorkspaceLibrary {
  const library = emptyLibrary()
  for (let i = 0; i < count; i += 1) {
    const id = `r${i}`
    const word = (k: number) => WORDS[(i * 7 + k) % WORDS.length]
    library.resources.push({ kind: 'link', id, title: `Team resource ${i} on ${word(0)}`, description: `About ${word(1)} and ${word(2)}.`, level: null, addedAt: '2026-01-01T00:00:00.000Z', url: `https://example.org/${i}` })
    library.notes[id] = {
      markdown: `Meeting ${i}: the **${word(3)}** group asked about ${word(4)} and ${word(5)}. Follow up with the ${word(6)} lead before the ${word(7)} review.`,
      updatedAt: '2026-01-01T00:00:00.000Z'
    }
  }
  return library
}

/** Library search in plain Node: index build (done when notes change) and one query, with 1,000 notes. */
export async function librarySearchBenchmark(root: string, reps: number) {
  const content = await loadLibraryContent(join(root, 'resources', 'library'))
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  for (const count of [0, 1000]) {
    const library = libraryWithNotes(count)
    const build = summarize(await time(() => buildLibrarySearch(content, library), reps))
    const index = buildLibrarySearch(content, library)
    // One query per timing, rotating through a word, a typo, a prefix and two words.
    const queries = ['harbour', 'robotcs', 'supercl', 'port authority']
    let next = 0
    const query = summarize(await time(() => index.search(queries[next++ % queries.length]!), reps * queries.length))
    raw[`notes-${count}`] = { build, query, documents: index.size }
    rows.push(
      { area: 'Library', measure: `search index build, ${count.toLocaleString('en')} notes, p50 / p95`, value: `${ms(build.p50)} / ${ms(build.p95)}`, note: `${index.size} documents` },
      { area: 'Library', measure: `search, per query (word, typo, prefix, two words), ${count.toLocaleString('en')} notes, p50 / p95`, value: `${ms(query.p50)} / ${ms(query.p95)}`, target: '≤ 5 ms p95', met: query.p95 <= 5 }
    )
  }
  return { rows, raw }
}
