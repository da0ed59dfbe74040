import * as realFs from 'node:fs'
import { spawnSync } from 'node:child_process'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockWorkspace } from '../../../src/main/storage/lock'
import { useTempDirs } from '../../support/temp-dir'

/** node:fs whose mkdir fails as it does in a folder the user may only read. */
function fsRefusing(code: string): typeof realFs {
  const mkdir = ((_path: unknown, ...rest: unknown[]) => {
    const callback = rest.at(-1) as (error: NodeJS.ErrnoException) => void
    callback(Object.assign(new Error(`${code}: mkdir`), { code }))
  }) as unknown as typeof realFs.mkdir
  return { ...realFs, mkdir }
}

describe('lockWorkspace', () => {
  const makeTempDir = useTempDirs()

  it('takes the lock of a writable folder and gives it back', async () => {
    const bundle = await makeTempDir()
    const outcome = await lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)
    expect(outcome.kind).toBe('locked')
    if (outcome.kind === 'locked') await outcome.lock.release()
    expect(realFs.existsSync(join(bundle, '.lock'))).toBe(false)
  })

  it('says a second taker finds it held elsewhere', async () => {
    const bundle = await makeTempDir()
    const first = await lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)
    await expect(lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)).resolves.toEqual({ kind: 'held-elsewhere' })
    if (first.kind === 'locked') await first.lock.release()
  })

  it.each(['EACCES', 'EPERM', 'EROFS'])('reports a folder it cannot write (%s) instead of throwing', async (code) => {
    const bundle = await makeTempDir()
    await expect(lockWorkspace(bundle, join(bundle, '.lock'), () => undefined, { fs: fsRefusing(code) })).resolves.toEqual({ kind: 'unwritable', code })
  })

  it('still throws what it does not understand', async () => {
    const bundle = await makeTempDir()
    await expect(lockWorkspace(bundle, join(bundle, '.lock'), () => undefined, { fs: fsRefusing('EIO') })).rejects.toThrow('EIO')
  })

  async function expectTakenOver(bundle: string) {
    const outcome = await lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)
    expect(outcome.kind).toBe('locked')
    if (outcome.kind === 'locked') await outcome.lock.release()
  }

  it('takes over at once the lock of an app on this computer that is no longer running', async () => {
    const bundle = await makeTempDir()
    // A crashed app: its lock folder is fresh, and the process it names has exited.
    const crashed = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    realFs.mkdirSync(join(bundle, '.lock'))
    realFs.writeFileSync(join(bundle, '.lock-owner.json'), JSON.stringify({ pid: Number(crashed.stdout), host: hostname() }))
    await expectTakenOver(bundle)
  })

  it('leaves a lock alone whose owner still runs, here or on another computer', async () => {
    const bundle = await makeTempDir()
    realFs.mkdirSync(join(bundle, '.lock'))
    realFs.writeFileSync(join(bundle, '.lock-owner.json'), JSON.stringify({ pid: process.ppid, host: hostname() }))
    await expect(lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)).resolves.toEqual({ kind: 'held-elsewhere' })
    realFs.writeFileSync(join(bundle, '.lock-owner.json'), JSON.stringify({ pid: 999_999_999, host: 'another-computer' }))
    await expect(lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)).resolves.toEqual({ kind: 'held-elsewhere' })
  })

  it('records its own pid and host beside the lock while it holds it', async () => {
    const bundle = await makeTempDir()
    const outcome = await lockWorkspace(bundle, join(bundle, '.lock'), () => undefined)
    expect(JSON.parse(realFs.readFileSync(join(bundle, '.lock-owner.json'), 'utf8'))).toEqual({ pid: process.pid, host: hostname() })
    if (outcome.kind === 'locked') await outcome.lock.release()
    expect(realFs.existsSync(join(bundle, '.lock-owner.json'))).toBe(false)
  })

  it('takes over a lock dated in the future, which would never go stale', async () => {
    const bundle = await makeTempDir()
    realFs.mkdirSync(join(bundle, '.lock'))
    const future = new Date(Date.now() + 365 * 24 * 3600 * 1000)
    realFs.utimesSync(join(bundle, '.lock'), future, future)
    await expectTakenOver(bundle)
  })

  it.skipIf(process.platform === 'win32')('takes over a lock that is a dangling link or a plain file', async () => {
    const bundle = await makeTempDir()
    realFs.symlinkSync(join(bundle, 'nowhere'), join(bundle, '.lock'))
    await expectTakenOver(bundle)
    realFs.writeFileSync(join(bundle, '.lock'), 'not a lock folder')
    await expectTakenOver(bundle)
  })
})
