import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppStateStore } from '../../../src/main/services/app-state'
import { useTempDirs } from '../../support/temp-dir'

describe('the app state file', () => {
  const tempDir = useTempDirs()

  it('reads a file written before preferences remembered exports or a display name, keeping the other settings', async () => {
    const file = join(await tempDir(), 'app-state.json')
    const before = { version: 1, recent: [], lastOpened: null, demoShown: true, window: null, preferences: { theme: 'dark', tourSeen: true } }
    await writeFile(file, JSON.stringify(before))
    const store = await createAppStateStore(file, () => new Date())
    expect(store.get().preferences).toEqual({ theme: 'dark', tourSeen: true, exported: [], displayName: '' })
    await store.update((state) => ({ ...state, preferences: { ...state.preferences, exported: ['ws-1'] } }))
    expect((await createAppStateStore(file, () => new Date())).get().preferences.exported).toEqual(['ws-1'])
  })
})
