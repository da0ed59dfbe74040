import { describe, expect, it } from 'vitest'
import type { SessionView } from '../../src/shared/ipc'
import { sessionReducer } from '../../src/renderer/state/session-reducer'
import { workspaceWith } from '../support/workspaces'

const open: SessionView = {
  state: 'open',
  status: { state: 'saved', at: '2026-01-01T00:00:00.000Z' },
  view: { fileName: 'T', location: '/t.cluster', workspace: workspaceWith(2), revision: 4, readOnlyReason: null, canUndo: false, canRedo: false, notice: null }
}

describe('sessionReducer', () => {
  it('applies a command optimistically and advances the revision', () => {
    const next = sessionReducer({ session: open }, { type: 'applied', command: { type: 'cluster/update', patch: { name: 'New' } } })
    expect(next.session?.state === 'open' && next.session.view.workspace.cluster.name).toBe('New')
    expect(next.session?.state === 'open' && next.session.view.revision).toBe(5)
  })

  it('takes save status and session views from main as they come', () => {
    const failed = sessionReducer({ session: open }, { type: 'status', status: { state: 'failed', reason: 'the disk is full', retrying: true } })
    expect(failed.session?.state === 'open' && failed.session.status.state).toBe('failed')
    const closed: SessionView = { state: 'closed', recent: [], failure: null }
    expect(sessionReducer(failed, { type: 'session', session: closed }).session).toBe(closed)
    expect(sessionReducer({ session: closed }, { type: 'status', status: { state: 'saving' } }).session).toBe(closed)
  })
})
