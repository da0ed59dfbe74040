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
    const next = sessionReducer({ session: open, saveStatus: open.status }, { type: 'applied', command: { type: 'cluster/update', patch: { name: 'New' } } })
    expect(next.session?.state === 'open' && next.session.view.workspace.cluster.name).toBe('New')
    expect(next.session?.state === 'open' && next.session.view.revision).toBe(5)
  })

  it('takes save status and session views from main as they come', () => {
    const opened = sessionReducer({ session: null, saveStatus: null }, { type: 'session', session: open })
    expect(opened.saveStatus).toEqual(open.status)
    const failed = sessionReducer(opened, { type: 'status', status: { state: 'failed', reason: 'the disk is full', retrying: true } })
    expect(failed.saveStatus?.state).toBe('failed')
    // Beside the session, not in it: screens that read the session do not render again for a status.
    expect(failed.session).toBe(opened.session)
    const applied = sessionReducer(failed, { type: 'applied', command: { type: 'cluster/update', patch: { name: 'New' } } })
    expect(applied.saveStatus).toBe(failed.saveStatus)
    const closed: SessionView = { state: 'closed', recent: [], failure: null }
    const afterClose = sessionReducer(failed, { type: 'session', session: closed })
    expect(afterClose.session).toBe(closed)
    expect(afterClose.saveStatus).toBeNull()
    expect(sessionReducer(afterClose, { type: 'status', status: { state: 'saving' } })).toBe(afterClose)
  })
})
