import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { API_CHANNELS, API_EVENTS, PRELOAD_CHANNELS, type ApiEvent, type ApiMethod } from '../../src/shared/ipc'
import { ROOT } from '../support/workspaces'

/**
 * The built preload, evaluated as Electron's sandbox does: one CommonJS file whose only module
 * is `electron`. The stand-in records which channel each exposed method uses.
 */
function loadBuiltPreload() {
  const source = readFileSync(join(ROOT, 'out', 'preload', 'index.cjs'), 'utf8')
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>()
  const invoked: { channel: string; payload: unknown }[] = []
  const subscribed: { channel: string; listener: unknown }[] = []
  const removed: string[] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, (...args: unknown[]) => unknown>) => void exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => {
        invoked.push({ channel, payload })
        return Promise.resolve({ ok: true, value: null })
      },
      on: (channel: string, listener: unknown) => void subscribed.push({ channel, listener }),
      removeListener: (channel: string) => void removed.push(channel)
    },
    webUtils: { getPathForFile: () => '/dropped/file.pdf' }
  }
  const requireInSandbox = (name: string) => {
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
    return electron
  }
  runInNewContext(source, { require: requireInSandbox, module: { exports: {} }, exports: {} })
  return { exposed, invoked, subscribed, removed }
}

describe('the built preload', () => {
  it('exposes exactly the contract as window.api and nothing else', () => {
    const { exposed } = loadBuiltPreload()
    expect([...exposed.keys()]).toEqual(['api'])
    const expected = [...Object.keys(API_CHANNELS), ...Object.keys(API_EVENTS), 'pathForDroppedFile'].sort()
    expect(Object.keys(exposed.get('api')!).sort()).toEqual(expected)
  })

  it.each(Object.keys(API_CHANNELS) as ApiMethod[])('%s invokes its own channel with the one payload it was given', async (method) => {
    const { exposed, invoked } = loadBuiltPreload()
    const payload = { probe: method }
    await exposed.get('api')![method]!(payload)
    expect(invoked).toEqual([{ channel: API_CHANNELS[method], payload }])
  })

  it('tells main, on a channel the page cannot call, the path of a file really dropped', () => {
    const { exposed, invoked } = loadBuiltPreload()
    expect(exposed.get('api')!.pathForDroppedFile!({})).toBe('/dropped/file.pdf')
    expect(invoked).toEqual([{ channel: PRELOAD_CHANNELS.recordDrop, payload: { path: '/dropped/file.pdf' } }])
    expect(Object.values(exposed.get('api')!).length).toBe(Object.keys(API_CHANNELS).length + Object.keys(API_EVENTS).length + 1)
  })

  it.each(Object.keys(API_EVENTS) as ApiEvent[])('%s listens on its own channel, hides the event object and can be undone', (event) => {
    const { exposed, subscribed, removed } = loadBuiltPreload()
    const received: unknown[] = []
    const off = exposed.get('api')![event]!((payload: unknown) => received.push(payload)) as () => void
    expect(subscribed.map((entry) => entry.channel)).toEqual([API_EVENTS[event]])
    ;(subscribed[0]!.listener as (event: unknown, payload: unknown) => void)({ sender: 'internal' }, { value: 1 })
    expect(received).toEqual([{ value: 1 }])
    off()
    expect(removed).toEqual([API_EVENTS[event]])
  })
})
