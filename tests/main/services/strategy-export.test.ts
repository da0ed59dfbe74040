import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadTemplateContent } from '../../../src/main/services/strategy/template-content'
import { instantiateTemplate } from '../../../src/shared/strategy/template'
import { WorkspaceSchema, type Workspace } from '../../../src/shared/workspace/schema'
import { pdfLinks, pdfPageTexts } from '../../support/pdf-text'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { makeBundle, RESOURCES } from '../../support/workspaces'

const A4 = { size: 'A4', orientation: 'portrait', margins: 'normal' } as const
const MULTILINGUAL = 'Sjømatklyngen i Bergen; Île-de-France et Pôle; Straße über Köln; Łódź i Gdańsk; Příští krok; İstanbul ve Şanlıurfa; Ελληνικά κείμενα; Русский текст.'

/** The demo workspace with a strategy written from the founding template. */
async function workspaceWithStrategy(): Promise<Workspace> {
  const demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
  const template = (await loadTemplateContent(join(RESOURCES, 'templates'))).templates.find((t) => t.id === 'founding-strategy')!
  let n = 0
  const sections = instantiateTemplate(template, () => `section-${++n}`).map((section) =>
    section.templateSectionId === 'vision'
      ? { ...section, markdown: `## Our vision\n\n${MULTILINGUAL}\n\nBuilt on Porter's work [@porter-1998-new-economics-of-competition] and [web](https://example.org) [bad](javascript:alert(1)).`, status: 'draft' as const }
      : section
  )
  return {
    ...demo,
    strategy: {
      ...demo.strategy,
      started: true,
      title: 'Kestrel Coast strategy 2030',
      templateId: template.id,
      sections,
      targets: [{ id: 't1', indicator: 'Paying members', baseline: '12', target: '60', year: 2030, owner: 'Board', unit: '' }],
      snapshots: [{ id: 'v1', name: 'Steering group v1', takenAt: '2026-11-01T10:00:00.000Z', title: 'Kestrel Coast strategy 2030', sections }]
    }
  }
}

describe('exporting the strategy and the founding dossier', () => {
  const tempDir = useTempDirs()
  let workspace: Workspace
  beforeAll(async () => {
    workspace = await workspaceWithStrategy()
  })

  it('prints the strategy plan: cover, contents with true page numbers, filled data, numbered citations, KPIs, figure, references', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir, workspace))
    expect((await services.exports.check({ kind: 'strategy' })).missing).toEqual([])
    const rendered = await services.exports.render({ kind: 'strategy', options: A4, snapshotId: 'v1' })
    const texts = await pdfPageTexts(rendered.bytes)
    expect(texts[0]).toContain('Kestrel Coast strategy 2030')
    expect(texts[0]).toContain('Steering group v1')
    expect(texts[1]).toContain('Contents')
    const all = texts.join(' ')
    // Placeholders are filled from the workspace; citations are numbers; the page's Unicode survives.
    expect(all).toContain('Kestrel Coast Ocean Cluster gathers organisations in Kestrel Coast')
    expect(all).not.toContain('{{')
    expect(all).toContain('Built on Porter\'s work [1]')
    for (const phrase of MULTILINGUAL.split('; ')) expect(all).toContain(phrase.replace(/\.$/, ''))
    expect(all).toContain('Paying members')
    expect(all).toContain('Figure: the pillar map')
    expect(all).toMatch(/\[1\] Michael E\. Porter \(1998\)\. Clusters and the New Economics of Competition/)
    // Each contents entry names the page where that section really starts.
    const titles = [...workspace.strategy.sections.filter((s) => s.markdown.trim()).map((s) => s.title), 'Targets and KPIs', 'Figure: the pillar map', 'References']
    for (const title of titles) {
      const page = Number(new RegExp(`${title.replace(/[()]/g, '\\$&')} (\\d+)`).exec(texts[1]!)?.[1])
      expect(page, `${title} in the contents`).toBeGreaterThan(2)
      expect(texts[page - 1], `${title} on page ${page}`).toContain(title)
    }
    expect(texts.at(-1)).toContain(`Page ${texts.length} of ${texts.length}`)
    for (const link of await pdfLinks(rendered.bytes)) expect(link).not.toMatch(/^javascript:/i)
    await services.session.dispose()
  })

  it('prints the dossier: strategy, pillar map, KPIs, member directory and reading list in one PDF', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir, workspace))
    const rendered = await services.exports.render({ kind: 'dossier', options: A4 })
    const all = (await pdfPageTexts(rendered.bytes)).join(' ')
    for (const heading of ['Founding dossier', 'Contents', 'Pillar map', 'Targets and KPIs', 'Member directory', 'Reading list', 'References']) expect(all).toContain(heading)
    for (const member of workspace.members.slice(0, 5)) expect(all).toContain(member.name)
    expect(all).toContain('Clusters and Innovation Districts')
    expect(all).toContain('For consultation') // the title page's status, as the team set it
    await services.session.dispose()
  })

  it('says what to do when there is no strategy yet, or the snapshot is gone', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    await services.session.openPath(await makeBundle(dir, { ...workspace, strategy: { ...workspace.strategy, started: false } }))
    await expect(services.exports.render({ kind: 'strategy', options: A4 })).rejects.toThrow(/Start the strategy first/)
    await expect(services.exports.render({ kind: 'strategy', options: A4, snapshotId: 'gone' })).rejects.toThrow(/snapshot no longer exists/)
    await services.session.dispose()
  })
})
