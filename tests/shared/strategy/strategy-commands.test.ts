import { describe, expect, it } from 'vitest'
import { emptyStrategy, type StrategySection } from '../../../src/shared/strategy/schema'
import { applyCommand, WorkspaceCommandSchema, isUndoable, type WorkspaceCommandInput } from '../../../src/shared/workspace/commands'
import type { Workspace } from '../../../src/shared/workspace/schema'
import { workspaceWith } from '../../support/workspaces'

const section = (id: string, markdown = ''): StrategySection => ({ id, title: `Section ${id}`, markdown, status: 'empty', templateSectionId: null, startsPart: false })
const run = (workspace: Workspace, ...commands: WorkspaceCommandInput[]) => commands.reduce((w, c) => applyCommand(w, WorkspaceCommandSchema.parse(c)), workspace)
const started = () => run(workspaceWith(2), { type: 'strategy/start', title: 'Plan', templateId: null, sections: [section('a'), section('b'), section('c')] })

describe('strategy commands', () => {
  it('start a strategy from sections, keeping targets and snapshots if started again', () => {
    const w = run(started(), { type: 'strategy/put-target', target: { id: 't1', indicator: 'Jobs' } })
    const again = run(w, { type: 'strategy/start', title: 'Plan 2', templateId: 'founding-strategy', sections: [section('x')] })
    expect(again.strategy).toMatchObject({ started: true, title: 'Plan 2', templateId: 'founding-strategy' })
    expect(again.strategy.sections.map((s) => s.id)).toEqual(['x'])
    expect(again.strategy.targets).toHaveLength(1)
  })

  it('add, reorder and remove sections', () => {
    let w = run(started(), { type: 'strategy/add-section', section: section('d'), index: 1 })
    expect(w.strategy.sections.map((s) => s.id)).toEqual(['a', 'd', 'b', 'c'])
    w = run(w, { type: 'strategy/move-section', id: 'a', toIndex: 3 })
    expect(w.strategy.sections.map((s) => s.id)).toEqual(['d', 'b', 'c', 'a'])
    w = run(w, { type: 'strategy/remove-section', id: 'b' })
    expect(w.strategy.sections.map((s) => s.id)).toEqual(['d', 'c', 'a'])
  })

  it('writing in an empty section makes it a draft; an explicit status wins', () => {
    let w = run(started(), { type: 'strategy/update-section', id: 'a', patch: { markdown: 'Our vision.' } })
    expect(w.strategy.sections[0]).toMatchObject({ markdown: 'Our vision.', status: 'draft' })
    w = run(w, { type: 'strategy/update-section', id: 'a', patch: { status: 'final' } })
    expect(w.strategy.sections[0]!.status).toBe('final')
    const same = run(w, { type: 'strategy/update-section', id: 'a', patch: { markdown: 'Our vision.' } })
    expect(same).toBe(w)
  })

  it('freezes placeholder values and lets them follow the workspace again', () => {
    let w = run(started(), { type: 'strategy/freeze-placeholders', values: { 'cluster.name': 'Old name' } })
    expect(w.strategy.frozen).toEqual({ 'cluster.name': 'Old name' })
    w = run(w, { type: 'strategy/unfreeze-placeholders' })
    expect(w.strategy.frozen).toBeNull()
  })

  it('puts and removes targets and initiatives by id', () => {
    let w = run(started(), { type: 'strategy/put-target', target: { id: 't1', indicator: 'Jobs', target: '1,000', year: 2030 } })
    w = run(w, { type: 'strategy/put-target', target: { id: 't1', indicator: 'Jobs created', target: '1,000', year: 2030 } })
    expect(w.strategy.targets).toEqual([{ id: 't1', indicator: 'Jobs created', baseline: '', target: '1,000', year: 2030, owner: '', unit: '' }])
    w = run(w, { type: 'strategy/put-initiative', initiative: { id: 'i1', title: 'Test bed', leadId: w.members[0]!.id, partnerIds: [w.members[1]!.id] } })
    expect(w.strategy.initiatives[0]!.partnerIds).toHaveLength(1)
    w = run(w, { type: 'strategy/remove-target', id: 't1' }, { type: 'strategy/remove-initiative', id: 'i1' })
    expect(w.strategy.targets).toEqual([])
    expect(w.strategy.initiatives).toEqual([])
  })

  it('takes a snapshot and restores it', () => {
    let w = run(started(), { type: 'strategy/update-section', id: 'a', patch: { markdown: 'First words.' } })
    w = run(w, { type: 'strategy/take-snapshot', snapshot: { id: 'v1', name: 'Steering group v1', takenAt: '2026-11-29T10:00:00.000Z', title: w.strategy.title, sections: w.strategy.sections } })
    w = run(w, { type: 'strategy/update-section', id: 'a', patch: { markdown: 'Changed.' } }, { type: 'strategy/remove-section', id: 'c' })
    w = run(w, { type: 'strategy/restore-snapshot', id: 'v1' })
    expect(w.strategy.sections.map((s) => [s.id, s.markdown])).toEqual([
      ['a', 'First words.'],
      ['b', ''],
      ['c', '']
    ])
    expect(w.strategy.snapshots.map((s) => s.name)).toEqual(['Steering group v1'])
  })

  it('restores the title page, targets and initiatives a snapshot kept, and leaves them for older snapshots', () => {
    const target = { id: 't', indicator: 'Paying members', baseline: '', target: '60', year: 2030, owner: '', unit: '' }
    let w = run(started(), { type: 'strategy/put-target', target })
    const { title, sections, cover, targets, initiatives } = w.strategy
    w = run(w, { type: 'strategy/take-snapshot', snapshot: { id: 'v1', name: 'v1', takenAt: '2026-11-29T10:00:00.000Z', title, sections, cover: { ...cover, version: '1.0' }, targets, initiatives } })
    w = run(w, { type: 'strategy/take-snapshot', snapshot: { id: 'old', name: 'old', takenAt: '2026-11-29T10:00:00.000Z', title, sections } })
    w = run(w, { type: 'strategy/put-target', target: { ...target, target: '80' } })
    w = run(w, { type: 'strategy/restore-snapshot', id: 'old' })
    expect(w.strategy.targets.map((t) => t.target)).toEqual(['80'])
    w = run(w, { type: 'strategy/restore-snapshot', id: 'v1' })
    expect(w.strategy.targets.map((t) => t.target)).toEqual(['60'])
    expect(w.strategy.cover.version).toBe('1.0')
  })

  it('refuses payloads that break the schema, and keeps typing out of the undo history', () => {
    expect(WorkspaceCommandSchema.safeParse({ type: 'strategy/add-section', section: { id: 'x', title: '' } }).success).toBe(false)
    expect(WorkspaceCommandSchema.safeParse({ type: 'strategy/put-target', target: { id: 't', indicator: 'x', year: 1200 } }).success).toBe(false)
    expect(isUndoable(WorkspaceCommandSchema.parse({ type: 'strategy/update-section', id: 'a', patch: { markdown: 'x' } }))).toBe(false)
    expect(isUndoable(WorkspaceCommandSchema.parse({ type: 'strategy/move-section', id: 'a', toIndex: 0 }))).toBe(true)
    expect(emptyStrategy()).toMatchObject({ started: false, sections: [], frozen: null })
  })
})
