import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/shared/document/markdown'
import type { LibraryItem } from '../../../src/shared/library/schema'
import { formatReference, numberReferences } from '../../../src/shared/strategy/citations'
import { coverage, THIN_WORDS } from '../../../src/shared/strategy/coverage'
import { initiativeCoverage } from '../../../src/shared/strategy/initiatives'
import { livePlaceholderValues, placeholderValue } from '../../../src/shared/strategy/placeholders'
import { emptyStrategy, type StrategySection } from '../../../src/shared/strategy/schema'
import { compareDetails, compareWithSnapshot, diffText } from '../../../src/shared/strategy/snapshots'
import type { StrategyTemplate } from '../../../src/shared/strategy/template'
import { member, workspaceWith } from '../../support/workspaces'

const item = (id: string, title: string): LibraryItem => ({
  id, title, authors: ['Michael E. Porter'], organisation: 'Harvard Business Review', year: 1998, level: 'intermediate', kind: 'reading',
  links: [], summary: 'x'.repeat(40), tags: { pillars: [], sectors: [], regions: [] }, exemplarId: null, collection: 'source-page', facts: [], corrections: []
})

describe('citations', () => {
  it('number library items in order of first citation across sections, with a bibliography', () => {
    const docs = ['See [@porter-1998] and [@mit-2014; @porter-1998].', '- a list citing [@unknown]', 'Again [@mit-2014].'].map((md) => parseMarkdown(md).blocks)
    const refs = numberReferences(docs, [item('porter-1998', 'Clusters and the New Economics of Competition'), item('mit-2014', 'Study')])
    expect(refs.map((r) => [r.number, r.id])).toEqual([
      [1, 'porter-1998'],
      [2, 'mit-2014'],
      [3, 'unknown']
    ])
    expect(formatReference(refs[0]!)).toBe('Michael E. Porter (1998). Clusters and the New Economics of Competition. Harvard Business Review.')
    expect(formatReference(refs[2]!)).toMatch(/Unknown library entry "unknown"/)
  })
})

describe('placeholders', () => {
  it('follow the workspace until frozen, and say when a key is unknown', () => {
    const workspace = workspaceWith(3, 'Harbour Tech')
    const live = livePlaceholderValues(workspace)
    expect(live['cluster.name']).toBe('Harbour Tech')
    expect(live['members.total']).toBe('3')
    const strategy = { ...emptyStrategy(), frozen: { 'cluster.name': 'Frozen name' } }
    expect(placeholderValue('cluster.name', strategy, live)).toBe('Frozen name')
    expect(placeholderValue('members.total', strategy, live)).toBe('3')
    expect(placeholderValue('no.such', strategy, live)).toBeNull()
  })
})

describe('coverage checklist', () => {
  const template: StrategyTemplate = {
    id: 't', name: 'T', modelledOn: 'x', exemplarId: null, description: 'x'.repeat(20), sources: [{ title: 's' }],
    sections: ['vision', 'goals', 'finance', 'risks'].map((id) => ({ id, title: id, purpose: 'p'.repeat(20), questions: ['Why so?'], example: null, starter: id === 'goals' ? 'Targets: {{targets}}.' : '', startsPart: false }))
  }
  const s = (templateSectionId: string, markdown: string): StrategySection => ({ id: templateSectionId, title: templateSectionId, markdown, status: 'draft', templateSectionId, startsPart: false })
  it('marks template sections missing, empty (starter text only), thin or written', () => {
    const rows = coverage(template, [s('vision', 'word '.repeat(THIN_WORDS + 5)), s('goals', 'Targets: {{targets}}.'), s('finance', 'Three words here')])
    expect(rows.map((row) => [row.templateSection.id, row.state])).toEqual([
      ['vision', 'written'],
      ['goals', 'empty'],
      ['finance', 'thin'],
      ['risks', 'missing']
    ])
  })
})

describe('initiatives × pillars', () => {
  it('flags the pillars an initiative lacks through its lead and partners', () => {
    const members = [member({ id: 'a', pillar: 'industry' }), member({ id: 'b', pillar: 'academia' }), member({ id: 'c', pillar: 'unassigned' })]
    const [row] = initiativeCoverage([{ id: 'i', title: 'Test bed', description: '', leadId: 'a', partnerIds: ['b', 'c', 'gone'], milestones: [], start: null, end: null, budget: '', status: 'proposed' as const }], members)
    expect([...row!.pillars].sort()).toEqual(['academia', 'industry'])
    expect(row!.missing).toEqual(['entrepreneurs', 'government', 'investors'])
    expect(row!.unknownMembers).toBe(1)
  })
})

describe('snapshots', () => {
  const s = (id: string, markdown: string, title = id): StrategySection => ({ id, title, markdown, status: 'draft', templateSectionId: null, startsPart: false })
  it('compare section by section, matching by id', () => {
    const snapshot = { id: 'v1', name: 'v1', takenAt: '2026-11-29T10:00:00.000Z', title: 'Plan', sections: [s('a', 'same'), s('b', 'old'), s('c', 'gone')] }
    const rows = compareWithSnapshot(snapshot, [s('a', 'same'), s('b', 'new'), s('d', 'added')])
    expect(rows.map((r) => [r.id, r.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'changed'],
      ['d', 'added'],
      ['c', 'removed']
    ])
  })
  it('mark the words changed, not whole lines, as a reader compares two drafts', () => {
    expect(diffText('We aim to double exports by 2030.', 'We aim to triple exports by 2030.')).toEqual([
      { kind: 'same', text: 'We aim to ' },
      { kind: 'removed', text: 'double' },
      { kind: 'added', text: 'triple' },
      { kind: 'same', text: ' exports by 2030.' }
    ])
    expect(diffText('', 'New')).toEqual([{ kind: 'added', text: 'New' }])
    expect(diffText('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }])
  })
  it('compare the title page, targets and initiatives as readable text, and skip them for older snapshots', () => {
    const cover = { subtitle: 'Draft for the board', version: '0.3', status: 'draft' as const, date: null, authors: ['Ana Núñez'], numberedHeadings: false }
    const target = { id: 't', indicator: 'Paying members', baseline: '40', target: '60', year: 2030, owner: '', unit: 'members' }
    const initiative = { id: 'i', title: 'Test bed', description: 'A shared test bed.', leadId: null, partnerIds: [], milestones: [], start: null, end: null, budget: '', status: 'proposed' as const }
    const snapshot = { id: 'v1', name: 'v1', takenAt: '2026-11-29T10:00:00.000Z', title: 'Plan', sections: [], cover, targets: [target], initiatives: [initiative] }
    const rows = compareDetails(snapshot, { title: 'Plan', cover: { ...cover, version: '0.4' }, targets: [{ ...target, target: '80' }], initiatives: [] })
    expect(rows.map((row) => [row.part, row.title, row.change])).toEqual([
      ['Title page', 'Title page', 'changed'],
      ['Target', 'Paying members', 'changed'],
      ['Initiative', 'Test bed', 'removed']
    ])
    expect(diffText(rows[1]!.before!, rows[1]!.after!).filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '60' },
      { kind: 'added', text: '80' }
    ])
    expect(compareDetails({ ...snapshot, cover: undefined, targets: undefined, initiatives: undefined }, { title: 'Plan', cover, targets: [], initiatives: [] })).toEqual([])
  })
})
