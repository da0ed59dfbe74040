import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../../src/main/services/library/library-content'
import { loadTemplateContent } from '../../../../src/main/services/strategy/template-content'
import type { Exemplar, Fact, LibraryContent, LibraryItem } from '../../../../src/shared/library/schema'
import type { StrategyTemplate, TemplateContent } from '../../../../src/shared/strategy/template'
import { RESOURCES } from '../../../support/workspaces'

/**
 * The fact-check of issue 30: seven errors and nine right facts cited to the wrong page. Each test
 * names the fact and the source that holds it, so the old text or the old source fails it.
 */
let library: LibraryContent
let templates: TemplateContent
beforeAll(async () => {
  library = await loadLibraryContent(join(RESOURCES, 'library'))
  templates = await loadTemplateContent(join(RESOURCES, 'templates'))
})

const item = (id: string): LibraryItem => library.items.find((candidate) => candidate.id === id)!
const exemplar = (id: string): Exemplar => library.exemplars.find((candidate) => candidate.id === id)!
const template = (id: string): StrategyTemplate => templates.templates.find((candidate) => candidate.id === id)!
const example = (templateId: string, sectionId: string) => template(templateId).sections.find((section) => section.id === sectionId)!.example!
const urls = (sources: readonly { url?: string }[]) => sources.map((source) => source.url)
const exemplarFacts = (e: Exemplar): Fact[] => [e.region, e.founded, e.sector, e.governance, ...e.members, ...e.targets, ...e.funding, ...e.programmes]
const factWith = (facts: readonly Fact[], words: RegExp) => facts.find((fact) => words.test(fact.text))

const MARITIME_EXECUTIVE = 'https://www.maritime-executive.com/corporate/maritime-blue-appoints-founder-joshua-berger-as-first-president-ceo'

describe('the seven errors, corrected', () => {
  it('Maritime Blue: Joshua Berger is its first President and CEO since 15 March 2021, not its board chair', () => {
    for (const facts of [item('maritime-blue').facts, exemplarFacts(exemplar('maritime-blue'))]) {
      expect(facts.some((fact) => /board chair/.test(fact.text))).toBe(false)
      const ceo = factWith(facts, /President and CEO since 15 March 2021/)
      // Appointed 15 March 2021; still in post in April 2022, the latest date a source confirms.
      expect(ceo?.asOf).toBe('2022-04')
      expect(urls(ceo!.sources)).toEqual(expect.arrayContaining([MARITIME_EXECUTIVE, 'https://seattlebusinessmag.com/?p=1203988']))
    }
  })

  it("Queensland Robotics: A$7.7bn and 500,000 jobs are the RDA Brisbane page's figures; the Synergies report projects A$37.4–117.5bn", () => {
    for (const facts of [item('queensland-robotics').facts, exemplarFacts(exemplar('queensland-robotics'))]) {
      const rda = factWith(facts, /A\$7\.7 billion/)!
      expect(rda.text).toMatch(/RDA Brisbane page/)
      expect(urls(rda.sources)).toContain('https://rdabrisbane.org.au/industries/robotics')
      const report = factWith(facts, /A\$37\.4/)!
      expect(report.text).toMatch(/117\.5 billion/)
      expect(report.text).toMatch(/1\.165 million jobs by 2028/)
      expect(urls(report.sources)).toContain('https://www.zdnet.com/article/queensland-government-should-embrace-robotics-and-automation-qut/')
    }
  })

  it('the introduction counts the introductory and intermediate items as they are', async () => {
    const intro = await readFile(join(RESOURCES, 'library', 'introduction.md'), 'utf8')
    const at = (level: LibraryItem['level'], kind: LibraryItem['kind']) => library.items.filter((i) => i.level === level && i.kind === kind).length
    expect(intro).toMatch(/one study, three real clusters and one strategy document/)
    expect(at('introductory', 'case-study')).toBe(1)
    expect(at('introductory', 'cluster-example')).toBe(3)
    expect(at('introductory', 'strategy-document')).toBe(1)
    expect(intro).not.toMatch(/two larger examples/)
    expect(item('uas-cluster-initiative').level).toBe('intermediate')
  })

  it('the annual-report template says its structure was inferred from two web posts', () => {
    const annual = template('annual-report')
    expect(annual.modelledOn).not.toMatch(/2020 and 2021 reports/)
    expect(annual.modelledOn).toMatch(/two web posts/)
    expect(annual.sources).toHaveLength(2)
  })

  it("the BeCom scorecard scores the quintuple helix, not the app's five pillars", () => {
    const becom = templates.indicators.find((indicator) => indicator.id === 'helix-engagement')!
    expect(becom.indicator).not.toMatch(/^Five-pillar/)
    for (const helix of ['education', 'politics', 'society', 'economy', 'environment']) expect(becom.indicator).toContain(helix)
  })

  it('Cap Digital turns twenty in 2026 (established February 2006)', () => {
    const summary = item('cap-digital').summary
    expect(summary).not.toMatch(/fifteen years/)
    expect(summary).toMatch(/twenty years/)
    expect(exemplar('cap-digital').founded.year).toBe(2006)
  })

  it("the Ocean Supercluster corporate-plan template links the plan it follows", () => {
    const planUrl = item('ocean-supercluster-plans').links.find((link) => /2022-corporate-plan/.test(link.url))!.url
    const osc = template('ocean-supercluster-corporate-plan')
    const planSources = [...osc.sources, ...osc.sections.flatMap((section) => section.example?.sources ?? [])].filter((source) => /2022 Corporate Plan/.test(source.title))
    expect(planSources.length).toBeGreaterThan(0)
    for (const source of planSources) expect(source.url).toBe(planUrl)
  })
})

describe('right facts, re-sourced to the page that holds them', () => {
  it("Maritime Blue template: the introduction's facts come from the main report", () => {
    const sources = urls(example('maritime-blue-style', 'introduction').sources)
    expect(sources).toContain('https://issuu.com/choosewa/docs/maritimeblue_main_report_final_1-4-/2')
    expect(sources.some((url) => url?.includes('medium.com'))).toBe(false)
  })

  it('Maritime Blue template: the appendices example cites Appendix A', () => {
    expect(urls(example('maritime-blue-style', 'appendices').sources)).toEqual(['https://issuu.com/choosewa/docs/maritimeblue_appendix_a_final_1-8-1'])
  })

  it("Maritime Blue template: the joint innovation projects are the later programme's, not the strategy's", () => {
    const initiatives = example('maritime-blue-style', 'initiatives')
    expect(initiatives.text).not.toMatch(/^Initiatives in the strategy/)
    expect(initiatives.text).toMatch(/After the strategy was published/)
    expect(urls(initiatives.sources)).toEqual(['https://maritimeblue.org/joint-innovation/'])
  })

  it("the Greenbook's 87 %, 84 % and 68 % figures cite the Greenbook's page 12, not Wikipedia", () => {
    const founding = template('founding-strategy')
    const figures = founding.sections.flatMap((section) => (section.example && /\d\d%/.test(section.example.text) ? [section.example] : []))
    expect(figures.map((figure) => figure.text.match(/\d\d%/)![0]).sort()).toEqual(['68%', '84%', '87%'])
    for (const figure of figures) expect(figure.sources.map((source) => source.title)).toEqual([expect.stringMatching(/Greenbook .*p\. 12$/)])
    const everySource = [...founding.sources, ...founding.sections.flatMap((section) => section.example?.sources ?? [])]
    expect(everySource.some((source) => source.url?.includes('wikipedia'))).toBe(false)
  })

  it("the Digital Supercluster's Capacity Building Program cites the supercluster's own programme page", () => {
    const capacity = 'https://www.digitalsupercluster.ca/blog-capacity-building-pilot-program-update/'
    expect(urls(example('digital-supercluster-corporate-plan', 'programme-strategy').sources)).toContain(capacity)
    expect(urls(factWith(exemplar('digital-supercluster').programmes, /Capacity Building/)!.sources)).toContain(capacity)
  })

  it("COAST's $1.5M operating budget cites the Times Colonist's report of the hub's opening", () => {
    const timesColonist = 'https://timescolonist.com/business/innovation-hub-for-blue-economy-opens-in-victoria-9668426'
    expect(urls(example('coast-business-case', 'investment').sources)).toContain(timesColonist)
    expect(urls(factWith(exemplar('coast').funding, /1\.5 million/)!.sources)).toEqual([timesColonist])
  })

  it('Ocean Supercluster: "50 projects / $250M" is cited to the 2021 report, and the later count is said to post-date the plan', () => {
    const lookingBack = example('ocean-supercluster-corporate-plan', 'looking-back')
    expect(urls(lookingBack.sources)).toContain('https://horizonmaritime.com/?p=1230')
    expect(lookingBack.text).toMatch(/after the 2022 plan was written/)
  })

  it("Maritime Blue's $100k from memberships (2019) cites the August 2019 Port of Seattle memo", () => {
    const fee = factWith(exemplar('maritime-blue').funding, /\$100,000 from memberships/)!
    expect(urls(fee.sources)).toEqual(['https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2019/1854/2019_08_13_RM_8a.html'])
  })

  it('Ocean Supercluster: "$20B to $30B+ by 2050" cites its strategy summary, not CBC', () => {
    const target = factWith(exemplar('ocean-supercluster').targets, /\$20 billion/)!
    expect(urls(target.sources)).toEqual(['http://www.askecdev.ca/directory/our-strategy-canadas-ocean-supercluster'])
  })
})

describe('current as of a date', () => {
  it('every present-tense claim in the shipped library says as of when (the loader refuses one that does not)', () => {
    const dated = [...library.items.flatMap((i) => i.facts), ...library.exemplars.flatMap(exemplarFacts)].filter((fact) => fact.asOf)
    expect(dated.length).toBeGreaterThan(10)
  })

  it('summaries date what they say about the present, and show what has moved', () => {
    expect(item('ocean-supercluster').summary).toMatch(/783 members as of January 2025/)
    expect(item('ocean-supercluster').summary).not.toMatch(/around a hundred projects/)
    expect(item('coast').summary).not.toMatch(/Today COAST runs/)
    expect(item('cap-digital').summary).toMatch(/as of January 2022, had around a thousand members/)
  })
})

describe('what has moved since the library was written', () => {
  it("the Ocean Supercluster's membership after January 2025: about 800", () => {
    const latest = exemplar('ocean-supercluster').members.at(-1)!
    expect(latest).toMatchObject({ date: 'early 2025', text: expect.stringMatching(/^About 800 members/) })
    expect(factWith(item('ocean-supercluster').facts, /^Membership:/)?.text).toMatch(/about 800 in early 2025\.$/)
  })
})
