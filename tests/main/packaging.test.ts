import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/workspaces'

type BuildConfig = {
  electronFuses: Record<string, boolean>
  fileAssociations: { ext: string; isPackage?: boolean }[]
  linux: { target: string[] }
  mac: { target: string[] }
  win: { target: string[] }
  files: string[]
  asarUnpack: string[]
  directories: { buildResources: string }
}

const config = async () => (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { build: BuildConfig; scripts: Record<string, string> })

describe('the packaging configuration', () => {
  it('flips the hardening fuses on release builds', async () => {
    const { build } = await config()
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('builds installers for every desktop, opens .cluster workspaces, and ships what the app reads at run time', async () => {
    const { build, scripts } = await config()
    expect(build.linux.target).toEqual(['AppImage', 'deb'])
    expect(build.mac.target).toEqual(['dmg'])
    expect(build.win.target).toEqual(['nsis'])
    expect(build.fileAssociations).toEqual([expect.objectContaining({ ext: 'cluster', isPackage: true })])
    expect(build.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']))
    expect(build.asarUnpack).toContain('resources/fonts/**')
    await expect(readFile(join(ROOT, build.directories.buildResources, 'icon.png'))).resolves.toBeTruthy()
    expect(scripts.dist).toContain('electron-builder')
  })
})
