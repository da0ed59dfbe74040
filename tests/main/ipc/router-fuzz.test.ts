import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_CHANNELS } from '../../../src/shared/ipc'
import { createRouter } from '../../../src/main/ipc/router'
import { testServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

describe('the IPC router under fuzzed payloads', () => {
  const tempDir = useTempDirs()

  it('answers every call on every channel with an envelope, never a throw or a stack trace', async () => {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    // The dialogs answer "cancel", so fuzzing can never create or open anything.
    const call = createRouter(services.handlers, { isTrustedUrl: () => true })
    const sender = { url: 'app://bundle/index.html', isMainFrame: true, isAppWindow: true }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(API_CHANNELS)), fc.anything({ maxDepth: 3 }), async (method, payload) => {
        const result = await call(method, payload, sender)
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) expect(result.error.message).not.toMatch(/\n\s+at /)
      }),
      { numRuns: 400 }
    )
    await services.session.dispose()
  })
})
