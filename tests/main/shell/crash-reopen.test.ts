import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleIn, sessionOf, useBootedMain } from './shell-fixtures'

/** After a crash the team reopens their workspace at once; it must not sit read-only waiting for the lock to go stale. */
describe('reopening after a crash', () => {
  const apps = useBootedMain()

  it('opens the workspace for editing at once, taking over the dead app’s lock', async () => {
    const home = await apps.home()
    const bundle = await bundleIn(home)
    const crashed = await apps.boot({ home, dataDir: join(home, 'data'), args: [bundle] })
    await crashed.ask({ type: 'ready' })
    const before = await sessionOf(crashed)
    expect(before.state === 'open' && before.view.readOnlyReason).toBeNull()
    crashed.kill()
    await crashed.exited

    const reopened = await apps.boot({ home, dataDir: join(home, 'data'), args: [bundle] })
    await reopened.ask({ type: 'ready' })
    const after = await sessionOf(reopened)
    expect(after.state === 'open' && after.view.readOnlyReason).toBeNull()
  })
})
