import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { advisoriesFor, lockedElectron } from '../../scripts/electron-advisories.mjs'
import { useTempDirs } from '../support/temp-dir'
import { ROOT } from '../support/workspaces'

const LIST = JSON.parse(readFileSync(join(ROOT, 'security', 'electron-advisories.json'), 'utf8')) as { advisories: { id: string; vulnerable: string }[] }
const ids = (version: string) => advisoriesFor(version, LIST).map((advisory: { id: string }) => advisory.id)

/** `npm run audit` checks the Electron runtime the app ships, offline, from the checked-in list. */
describe('the Electron audit', () => {
  const tempDir = useTempDirs()

  it('finds the advisories of known vulnerable versions, and none for the locked one', () => {
    expect(ids('41.10.2')).toEqual(['GHSA-9f4c-93c8-jc8g'])
    expect(ids('43.4.1')).toEqual(['GHSA-qmv3-fv6v-rmhq'])
    expect(ids('35.7.4')).toEqual(['GHSA-vmqv-hx8q-j7mg'])
    expect(ids('41.10.3')).toEqual([])
    const locked = lockedElectron(JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')))
    expect(locked).toMatch(/^\d+\.\d+\.\d+/)
    expect(ids(locked!)).toEqual([])
  })

  it('fails `npm run audit` on a lockfile with a known vulnerable Electron', async () => {
    const dir = await tempDir()
    const lockfile = join(dir, 'package-lock.json')
    writeFileSync(lockfile, JSON.stringify({ packages: { 'node_modules/electron': { version: '41.10.2' } } }))
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'audit.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, AUDIT_LOCKFILE: lockfile } })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('GHSA-9f4c-93c8-jc8g')
  })
})
