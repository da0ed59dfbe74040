import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadTemplateContent } from '../../../../src/main/services/strategy/template-content'
import { parseMarkdown } from '../../../../src/shared/document/markdown'
import type { Block, Inline } from '../../../../src/shared/document/model'
import { livePlaceholderValues, isKnownPlaceholder } from '../../../../src/shared/strategy/placeholders'
import { instantiateTemplate, type TemplateContent } from '../../../../src/shared/strategy/template'
import { WorkspaceSchema, type Workspace } from '../../../../src/shared/workspace/schema'
import { RESOURCES } from '../../../support/workspaces'

const TEMPLATES = join(RESOURCES, 'templates')

function placeholderKeys(blocks: readonly Block[]): string[] {
  const keys: string[] = []
  const visit = (inlines: readonly Inline[]) =>
    inlines.forEach((node) => {
      if (node.type === 'placeholder') keys.push(node.key)
      if ('children' in node) visit(node.children)
    })
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') visit(block.children)
    if (block.type === 'list') block.items.forEach((item) => keys.push(...placeholderKeys(item)))
  }
  return keys
}

describe('the shipped strategy templates', () => {
  let content: TemplateContent
  let demo: Workspace
  beforeAll(async () => {
    content = await loadTemplateContent(TEMPLATES)
    demo = WorkspaceSchema.parse(JSON.parse(await readFile(join(RESOURCES, 'demo', 'workspace.json'), 'utf8')))
    // The fixture has targets and initiatives too, so every placeholder has something to show.
    demo = {
      ...demo,
      strategy: {
        ...demo.strategy,
        targets: [{ id: 't1', indicator: 'Paying members', baseline: '12', target: '60', year: 2030, owner: 'Board', unit: '' }],
        initiatives: [{ id: 'i1', title: 'Harbour test bed', description: '', leadId: demo.members[0]!.id, partnerIds: [], milestones: [], start: null, end: null, budget: '', status: 'proposed' as const }]
      }
    }
  })

  it('are at least six, each valid, modelled on a named document with sources', () => {
    expect(content.templates.length).toBeGreaterThanOrEqual(6)
    for (const template of content.templates) {
      expect(template.sources.length).toBeGreaterThan(0)
      expect(template.sections.length).toBeGreaterThanOrEqual(3)
    }
    expect(content.templates.map((t) => t.id)).toEqual(
      expect.arrayContaining(['maritime-blue-style', 'ocean-supercluster-corporate-plan', 'digital-supercluster-corporate-plan', 'coast-business-case', 'annual-report', 'founding-strategy'])
    )
  })

  it('give every section a purpose, guiding questions and, for most, an exemplar example with a source', () => {
    const sections = content.templates.flatMap((template) => template.sections)
    expect(sections.every((section) => section.purpose && section.questions.length > 0)).toBe(true)
    const withExample = sections.filter((section) => section.example !== null)
    expect(withExample.length / sections.length).toBeGreaterThan(0.5)
    for (const section of withExample) expect(section.example!.sources.length).toBeGreaterThan(0)
  })

  it('fill every placeholder when instantiated on a workspace', () => {
    const values = livePlaceholderValues(demo)
    let counter = 0
    for (const template of content.templates) {
      const sections = instantiateTemplate(template, () => `s${(counter += 1)}`)
      expect(sections.map((s) => s.title)).toEqual(template.sections.map((s) => s.title))
      for (const section of sections) {
        for (const key of placeholderKeys(parseMarkdown(section.markdown).blocks)) {
          expect(isKnownPlaceholder(key), `${template.id}/${section.templateSectionId}: {{${key}}}`).toBe(true)
          expect(values[key], `{{${key}}} has no value`).not.toBe('')
        }
      }
    }
    expect(values['cluster.name']).toBe('Kestrel Coast Ocean Cluster')
    expect(values['members.founding']!.split(', ')).toHaveLength(5)
  })

  it('ship a starter library of indicators used by real programmes, each with its source', () => {
    expect(content.indicators.length).toBeGreaterThanOrEqual(10)
    for (const indicator of content.indicators) expect(indicator.source.title).toBeTruthy()
  })

  it('refuse a broken template file, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cw-templates-'))
    try {
      await cp(TEMPLATES, dir, { recursive: true })
      await writeFile(join(dir, 'zz-broken.json'), JSON.stringify({ id: 'Not A Slug', name: '' }))
      await expect(loadTemplateContent(dir)).rejects.toThrow(/zz-broken\.json is invalid/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
