import { join } from 'node:path'
import { afterEach } from 'vitest'
import { testServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

/**
 * A new workspace "Team", open in fresh services, per call. The services are disposed after each
 * test and before its temp folders go (after-hooks run in reverse order), so no save is still writing.
 */
export function useTeamWorkspace() {
  const tempDir = useTempDirs()
  const running: { session: { dispose(): Promise<void> } }[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((services) => services.session.dispose()))
  })
  return async function openTeamWorkspace() {
    const dir = await tempDir()
    const services = await testServices(join(dir, 'data'))
    running.push(services)
    services.answers.push(join(dir, 'Team.cluster'))
    const session = await services.session.newWorkspace({ name: 'Team' })
    if (session.state !== 'open') throw new Error('expected an open workspace')
    return { dir, services, bundle: session.view.location }
  }
}
