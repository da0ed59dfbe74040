import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OPENER_EXTENSION } from '../../src/main/storage/bundle'
import { ROOT } from '../support/workspaces'

type Association = { ext: string; name?: string; role?: string; isPackage?: boolean; mimeType?: string }
type BuilderConfig = {
  fileAssociations: Association[]
  electronFuses: Record<string, boolean>
  linux: { target: string[] }
  files: string[]
  asarUnpack: string[]
}
type Manifest = { dependencies: Record<string, string>; devDependencies: Record<string, string>; engines: { node: string }; scripts: Record<string, string> }
type Lock = { packages: Record<string, { dev?: boolean; version?: string; engines?: { node?: string } }> }

const require = createRequire(import.meta.url)
// electron-builder's own loader and schema: what `npm run dist` reads, checked as it checks it.
const builderConfig = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, configFromOptions: unknown) => Promise<BuilderConfig>
  validateConfiguration: (config: BuilderConfig, debugLogger: { isEnabled: boolean; add: () => void }) => Promise<void>
}
const readJson = async <T>(path: string) => JSON.parse(await readFile(join(ROOT, path), 'utf8')) as T

/** Packages the built main process and preload load at run time (Vite leaves dependencies external). */
async function builtExternals(): Promise<Set<string>> {
  const files = [
    ...(await readdir(join(ROOT, 'out', 'main'), { recursive: true })).filter((file) => file.endsWith('.js')).map((file) => join('out', 'main', file)),
    join('out', 'preload', 'index.cjs')
  ]
  const names = new Set<string>()
  for (const file of files) {
    const code = await readFile(join(ROOT, file), 'utf8')
    // Rollup writes each import as a statement of its own line; the preload requires.
    const specifiers = [...code.matchAll(/^(?:import|export)\b[^\n]*?\bfrom "([^"]+)";?$/gm), ...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!)
    for (const specifier of specifiers) {
      if (specifier.startsWith('node:') || specifier.startsWith('.')) continue
      const parts = specifier.split('/')
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
    }
  }
  return names
}

describe('the packaging configuration, as electron-builder reads it', () => {
  it('is valid for electron-builder', async () => {
    const config = await builderConfig.getConfig(ROOT, null, null)
    await expect(builderConfig.validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined()
  })

  it('registers a file type the OS can open with the app on every desktop', async () => {
    const { fileAssociations } = await builderConfig.getConfig(ROOT, null, null)
    // Linux registers only associations that name a MIME type.
    for (const association of fileAssociations) expect(association, association.ext).toMatchObject({ mimeType: expect.stringMatching(/^application\/x-/), role: 'Editor' })
    // macOS shows the workspace folder as one document; Windows and Linux open the opener file in it.
    expect(fileAssociations.find((association) => association.ext === 'cluster')).toMatchObject({ isPackage: true })
    expect(fileAssociations.map((association) => `.${association.ext}`)).toContain(OPENER_EXTENSION)
  })

  it('re-signs unsigned macOS builds after the fuses are flipped, so they start', async () => {
    const { electronFuses } = await builderConfig.getConfig(ROOT, null, null)
    expect(electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true, resetAdHocDarwinSignature: true })
  })

  it('ships a .deb whose install script gives the app its AppArmor profile (Ubuntu 24.04 restricts user namespaces)', async () => {
    const { linux } = await builderConfig.getConfig(ROOT, null, null)
    expect(linux.target).toContain('deb')
    const afterInstall = await readFile(require.resolve('app-builder-lib/templates/linux/after-install.tpl'), 'utf8')
    expect(afterInstall).toMatch(/apparmor_parser --replace/)
    const profile = await readFile(require.resolve('app-builder-lib/templates/linux/apparmor-profile.tpl'), 'utf8')
    expect(profile).toMatch(/^\s*userns,/m)
  })
})

describe('what the packaged app carries', () => {
  it('declares every package the built main process and preload load as a production dependency', async () => {
    const { dependencies } = await readJson<Manifest>('package.json')
    const missing = [...(await builtExternals())].filter((name) => name !== 'electron' && !(name in dependencies))
    expect(missing).toEqual([])
  })

  it('leaves what only the page uses to Vite, out of the production dependencies', async () => {
    const { packages } = await readJson<Lock>('package-lock.json')
    const production = (name: string) => packages[`node_modules/${name}`] !== undefined && packages[`node_modules/${name}`]!.dev !== true
    for (const pageOnly of ['react-dom', 'react-pdf', 'pdfjs-dist', '@napi-rs/canvas', '@dnd-kit/core', '@tanstack/react-virtual', 'minisearch']) {
      expect(production(pageOnly), pageOnly).toBe(false)
    }
  })

  it('asks for the Node that Electron needs to install, and builds once on npm start', async () => {
    const manifest = await readJson<Manifest>('package.json')
    const { packages } = await readJson<Lock>('package-lock.json')
    expect(manifest.engines.node).toBe(packages['node_modules/electron']!.engines!.node!.replace(/\s/g, ''))
    expect(manifest.scripts.start!.match(/electron-vite (build|preview)/g)).toEqual(['electron-vite preview'])
  })
})
