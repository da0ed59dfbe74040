import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/workspace/commands'
import { emptyHistory, HISTORY_LIMIT, recordChange, redo, undo } from '../../../src/shared/workspace/history'
import { workspaceWith } from '../../support/workspaces'

describe('history', () => {
  const start = workspaceWith(2)
  const renamed = applyCommand(start, { type: 'cluster/update', patch: { name: 'Renamed' } })

  it('undo after a change restores the exact earlier state, and redo comes back', () => {
    const history = recordChange(emptyHistory, start)
    const undone = undo(history, renamed)
    expect(undone?.workspace).toBe(start)
    const redone = redo(undone!.history, undone!.workspace)
    expect(redone?.workspace).toBe(renamed)
  })

  it('a new change clears redo', () => {
    const undone = undo(recordChange(emptyHistory, start), renamed)!
    expect(recordChange(undone.history, start).future).toEqual([])
  })

  it('has nothing to undo or redo when empty, and stays bounded', () => {
    expect(undo(emptyHistory, start)).toBeNull()
    expect(redo(emptyHistory, start)).toBeNull()
    let history = emptyHistory
    for (let i = 0; i < HISTORY_LIMIT + 50; i += 1) history = recordChange(history, start)
    expect(history.past).toHaveLength(HISTORY_LIMIT)
  })
})

describe('applyCommand', () => {
  it('updates cluster details without touching members', () => {
    const before = workspaceWith(3)
    const after = applyCommand(before, { type: 'cluster/update', patch: { region: 'West Coast' } })
    expect(after.cluster.region).toBe('West Coast')
    expect(after.members).toBe(before.members)
    expect(before.cluster.region).toBe('')
  })
})
