import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../../src/main/services/library/library-content'
import { markdownToPlainText } from '../../../../src/shared/library/plain-text'
import type { LibraryContent, LibraryItem } from '../../../../src/shared/library/schema'
import { buildLibrarySearch } from '../../../../src/shared/library/search'
import { emptyLibrary } from '../../../../src/shared/library/workspace-library'
import { RESOURCES } from '../../../support/workspaces'

/** The practitioner's canon: the guides, reviews, platforms and labels cluster managers use. */
let library: LibraryContent
beforeAll(async () => {
  library = await loadLibraryContent(join(RESOURCES, 'library'))
})
const canon = (): LibraryItem[] => library.items.filter((item) => item.collection === 'canon')
const byId = (id: string) => library.items.find((item) => item.id === id)!

const EXPECTED: [id: string, title: RegExp, year: number | null][] = [
  ['greenbook-2003', /^The Cluster Initiative Greenbook$/, 2003],
  ['greenbook-2', /Greenbook 2\.0/, 2013],
  ['smart-guide-cluster-policy', /Smart Guide to Cluster Policy/, 2016],
  ['oecd-competitive-regional-clusters', /Competitive Regional Clusters/, 2007],
  ['european-cluster-collaboration-platform', /European Cluster Collaboration Platform/, 2015],
  ['cluster-management-excellence-labels', /Bronze, Silver and Gold \(ESCA, now EUCLES\)/, 2010],
  ['giz-cluster-management-guide', /Cluster Management – A Practical Guide/, null],
  ['brookings-rethinking-cluster-initiatives', /Rethinking Cluster Initiatives/, 2018],
  ['us-cluster-mapping', /U\.S\. Cluster Mapping/, 2014],
  ['tci-network', /TCI Network/, 1998],
  ['setting-up-and-running-a-cluster-organisation', /Setting up and running a cluster organisation/, null]
]

describe("the practitioner's canon", () => {
  it('holds every reading the founding team needs, each with a level, a summary in our words and sourced facts', () => {
    expect(canon().map((item) => item.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort())
    for (const [id, title, year] of EXPECTED) {
      const item = byId(id)
      expect(item.title, id).toMatch(title)
      expect(item.year, id).toBe(year)
      expect(item.summary.length, id).toBeGreaterThan(400)
      expect(item.facts.length, id).toBeGreaterThanOrEqual(3)
      for (const fact of item.facts) expect(fact.sources.some((source) => source.url), `${id}: ${fact.text}`).toBe(true)
    }
  })

  it('names the three labels, what the benchmarking looks at, and that EUCLES is taking over from ESCA', () => {
    const labels = byId('cluster-management-excellence-labels')
    const text = [labels.summary, ...labels.facts.map((fact) => fact.text)].join(' ')
    for (const word of ['Bronze', 'Silver', 'Gold', 'EUCLES', '36 indicators', '31 quality indicators']) expect(text).toContain(word)
    for (const area of ['structure of the cluster', 'management and governance', 'financing', 'services', 'interaction', 'achievements and recognition'])
      expect(text.toLowerCase()).toContain(area)
  })

  it('says what the ECCP asks of a new cluster organisation', () => {
    const eccp = byId('european-cluster-collaboration-platform').facts.map((fact) => fact.text).join(' ')
    expect(eccp).toMatch(/0\.5 full-time equivalent/)
    expect(eccp).toMatch(/at least 15 clearly committed members/)
  })

  it('the practical guide covers legal form, board, manager, funding and fees, services and results, with exemplar examples', () => {
    const guide = byId('setting-up-and-running-a-cluster-organisation')
    const headings = markdownToPlainText(guide.summary)
    for (const topic of [/legal form/i, /board/i, /cluster manager/i, /funding/i, /member fees|membership/i, /services/i, /measure results/i]) expect(headings).toMatch(topic)
    for (const exemplar of ['Cap Digital', 'Maritime Blue', 'NCE Seafood Innovation', 'Ocean Supercluster', 'COAST']) expect(headings).toContain(exemplar)
    expect(guide.level).toBe('introductory')
  })
})

describe('library search finds the canon', () => {
  const ids = (query: string) =>
    buildLibrarySearch(library, emptyLibrary())
      .search(query)
      .map((hit) => hit.id)

  it('finds "Greenbook"', () => {
    expect(ids('Greenbook').slice(0, 2).sort()).toEqual(['greenbook-2', 'greenbook-2003'])
  })

  it('finds "ESCA" and "EUCLES"', () => {
    expect(ids('ESCA')[0]).toBe('cluster-management-excellence-labels')
    expect(ids('EUCLES')[0]).toBe('cluster-management-excellence-labels')
  })

  it('finds the guide, the platform and the networks by name', () => {
    expect(ids('Smart Guide')).toContain('smart-guide-cluster-policy')
    expect(ids('Cluster Mapping')[0]).toBe('us-cluster-mapping')
    expect(ids('TCI')).toContain('tci-network')
    expect(ids('membership fees')).toContain('setting-up-and-running-a-cluster-organisation')
  })
})
