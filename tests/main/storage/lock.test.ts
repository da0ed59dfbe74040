import * as realFs from 'node:fs'
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
})
