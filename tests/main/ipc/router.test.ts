import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS } from '../../../src/shared/ipc'
import { createRouter, type Handlers, type Sender } from '../../../src/main/ipc/router'
import { AppError } from '../../../src/main/services/app-error'
import { isTrustedAppUrl } from '../../../src/main/security/navigation'

const trusted: Sender = { url: 'app://bundle/index.html', isMainFrame: true, isAppWindow: true }

function handlers(overrides: Partial<Handlers> = {}) {
  const calls: string[] = []
  const stub = (name: string) => vi.fn(async (request: unknown) => {
    calls.push(name)
    return { echoed: request } as never
  })
  const all = Object.fromEntries(Object.keys(API_CHANNELS).map((m) => [m, stub(m)])) as unknown as Handlers
  return { handlers: { ...all, ...overrides }, calls }
}

const router = (h: Handlers) => createRouter(h, { isTrustedUrl: (url) => isTrustedAppUrl(url, ['app://bundle']) })

describe('the IPC router', () => {
  it('passes a valid request from the app window to its handler', async () => {
    const { handlers: h, calls } = handlers()
    const result = await router(h)('openWorkspace', { from: 'recent', id: 'abc123' }, trusted)
    expect(result).toEqual({ ok: true, value: { echoed: { from: 'recent', id: 'abc123' } } })
    expect(calls).toEqual(['openWorkspace'])
  })

  it.each<[string, Sender]>([
    ['another origin', { ...trusted, url: 'https://evil.example/index.html' }],
    ['a look-alike host', { ...trusted, url: 'app://bundle.evil/index.html' }],
    ['a file URL', { ...trusted, url: 'file:///etc/passwd' }],
    ['a sub-frame', { ...trusted, isMainFrame: false }],
    ['a webContents that is not an app window', { ...trusted, isAppWindow: false }],
    ['no URL at all', { ...trusted, url: '' }]
  ])('rejects calls from %s without running anything', async (_name, sender) => {
    const { handlers: h, calls } = handlers()
    const result = await router(h)('closeWorkspace', {}, sender)
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.any(String) } })
    expect(calls).toEqual([])
  })

  it.each([
    ['newWorkspace', { name: '' }],
    ['newWorkspace', { name: 'x'.repeat(500) }],
    ['newWorkspace', { name: 'ok', extra: true }],
    ['openWorkspace', { from: 'path', path: '/etc/passwd' }],
    ['openWorkspace', { from: 'recent', id: '../../secret' }],
    ['applyCommand', { command: { type: 'cluster/update', patch: { name: 42 } }, baseRevision: 0 }],
    ['applyCommand', { command: { type: 'nuke' }, baseRevision: 0 }],
    ['applyCommand', { command: { type: 'cluster/update', patch: {} }, baseRevision: -1 }],
    ['openExternal', { url: 7 }],
    ['closeWorkspace', 'not an object'],
    ['closeWorkspace', { __proto__: { polluted: true }, sneaky: 1 }]
  ])('rejects an invalid %s payload %j with a message, not a stack trace', async (method, payload) => {
    const { handlers: h, calls } = handlers()
    const result = await router(h)(method, payload, trusted)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request')
      expect(result.error.message).not.toMatch(/\n\s+at /)
    }
    expect(calls).toEqual([])
  })

  it('rejects unknown methods', async () => {
    const { handlers: h } = handlers()
    expect(await router(h)('deleteEverything', {}, trusted)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    expect(await router(h)('constructor', {}, trusted)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })

  it('passes user-facing errors through and hides internal ones', async () => {
    const { handlers: h } = handlers({
      undo: () => {
        throw new AppError('read-only', 'This workspace is read-only.')
      },
      redo: () => {
        throw new TypeError('Cannot read properties of undefined (secret internals)')
      }
    })
    expect(await router(h)('undo', {}, trusted)).toEqual({ ok: false, error: { code: 'read-only', message: 'This workspace is read-only.' } })
    const hidden = await router(h)('redo', {}, trusted)
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(hidden)).not.toContain('secret internals')
  })

  it('names channels noun:verb, each channel for one method only', () => {
    for (const channel of Object.values(API_CHANNELS)) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/)
    expect(new Set(Object.values(API_CHANNELS)).size).toBe(Object.keys(API_CHANNELS).length)
  })
})
