import { describe, expect, it } from 'vitest'
import type { TeamStatus } from '../../../../src/shared/ipc'
import { describePeer, describeSync } from '../../../../src/renderer/features/team/team-words'

const shared = (change: Partial<Extract<TeamStatus, { shared: true }>>): Extract<TeamStatus, { shared: true }> => ({
  shared: true,
  server: 'ws://127.0.0.1:4455',
  state: 'up-to-date',
  waiting: 0,
  reason: null,
  fileProblem: null,
  peers: [],
  edits: {},
  ...change
})

describe('the sync status in words', () => {
  it('says up to date, syncing, offline with the changes waiting, and refused with the reason', () => {
    expect(describeSync(shared({}))).toEqual({ text: 'Up to date', tone: 'ok' })
    expect(describeSync(shared({ state: 'sending', waiting: 1 })).text).toBe('Syncing…')
    expect(describeSync(shared({ state: 'offline', waiting: 1 })).text).toBe('Offline — 1 change waiting')
    expect(describeSync(shared({ state: 'offline', waiting: 1200 })).text).toBe('Offline — 1,200 changes waiting')
    expect(describeSync(shared({ state: 'offline' })).text).toBe('Offline')
    expect(describeSync(shared({ state: 'refused', reason: 'wrong token' }))).toEqual({ text: 'Refused: wrong token', tone: 'bad' })
  })

  it('names a teammate with the area they are in', () => {
    expect(describePeer({ name: 'Bjørn', area: 'strategy', sectionId: null })).toBe('Bjørn (Strategy)')
    expect(describePeer({ name: 'Bjørn', area: null, sectionId: null })).toBe('Bjørn')
  })
})
