import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IpcResult, SessionView } from '../../../src/shared/ipc'
import { ROOT } from '../../support/workspaces'
import { bundleIn, useBootedMain } from './shell-fixtures'

/**
 * A page that names a path as "dropped" is only believed if the preload recorded that path from
 * a real drop (webUtils) on its own channel: otherwise a compromised page could have main open
 * any folder or read any PDF-looking file and hand its bytes back.
 */
describe('paths said to be dropped on the window', () => {
  const apps = useBootedMain()

  async function started() {
    const home = await apps.home()
    const main = await apps.boot({ home, dataDir: join(home, 'data') })
    await main.ask({ type: 'ready' })
    const invoke = <T>(channel: string, payload: unknown) => main.ask<IpcResult<T>>({ type: 'invoke', channel, payload })
    return { home, invoke }
  }

  it('opens a dropped workspace only after the preload recorded the drop', async () => {
    const { home, invoke } = await started()
    const bundle = await bundleIn(home, 'Dropped')
    expect(await invoke('workspace:open-dropped', { path: bundle })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/not dropped on the window/) } })
    expect(await invoke('drop:record', { path: bundle })).toEqual({ ok: true })
    const opened = await invoke<SessionView>('workspace:open-dropped', { path: bundle })
    expect(opened.ok && opened.value.state).toBe('open')
  })

  it('imports (and returns the bytes of) a dropped PDF only after the preload recorded the drop', async () => {
    const { home, invoke } = await started()
    const bundle = await bundleIn(home, 'Library')
    await invoke('drop:record', { path: bundle })
    await invoke('workspace:open-dropped', { path: bundle })
    const pdf = join(ROOT, 'tests', 'fixtures', 'pdf', 'two-pages.pdf')
    expect(await invoke('library:import-pdf', { droppedPath: pdf })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    await invoke('drop:record', { path: pdf })
    expect(await invoke('library:import-pdf', { droppedPath: pdf })).toMatchObject({ ok: true, value: { alreadyPresent: false } })
  })
})
