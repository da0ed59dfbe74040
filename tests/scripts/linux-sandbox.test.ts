import { describe, expect, it } from 'vitest'
import { profileFor, sandboxAdvice } from '../../scripts/linux-sandbox.mjs'

const binary = '/home/ana/cluster-workbench/node_modules/electron/dist/electron'
const ubuntu2404 = { platform: 'linux', restricted: true, installedProfiles: [], binary }

describe('the Ubuntu 24.04 sandbox advice at npm start', () => {
  it('gives the commands that install a profile allowing user namespaces for this binary', () => {
    const advice = sandboxAdvice(ubuntu2404)
    expect(advice).toContain(`profile cluster-workbench-dev "${binary}" flags=(unconfined)`)
    expect(advice).toMatch(/^\s*userns,$/m)
    expect(advice).toContain('sudo apparmor_parser --replace /etc/apparmor.d/cluster-workbench-dev')
  })

  it('says nothing where nothing is needed', () => {
    expect(sandboxAdvice({ ...ubuntu2404, restricted: false })).toBeNull()
    expect(sandboxAdvice({ ...ubuntu2404, platform: 'darwin' })).toBeNull()
    expect(sandboxAdvice({ ...ubuntu2404, installedProfiles: [profileFor(binary, 'mine')] })).toBeNull()
  })
})
