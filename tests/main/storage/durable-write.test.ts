import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sweepTempFiles, writeFileDurably, type WriteFs } from '../../../src/main/storage/durable-write'
import { useTempDirs } from '../../support/temp-dir'

const failing = (method: keyof WriteFs, code: string, after = 0): WriteFs => {
  let calls = 0
  const wrapped = { ...fs } as unknown as Record<string, unknown>
  wrapped[method] = async (...args: unknown[]) => {
    calls += 1
    if (calls > after) throw Object.assign(new Error(`${code}: injected`), { code })
    return (fs[method] as (...a: unknown[]) => unknown)(...args)
  }
  return wrapped as unknown as WriteFs
}

/** fs whose FileHandle.writeFile fails: what a full disk looks like half-way through a write. */
const diskFull: WriteFs = {
  ...fs,
  open: (async (path: string, flags: string) => {
    const handle = await fs.open(path, flags)
    if (flags === 'wx') {
      handle.writeFile = async (data: string | Uint8Array) => {
        await fs.writeFile(path, typeof data === 'string' ? data.slice(0, 10) : data.slice(0, 10))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      }
    }
    return handle
  }) as typeof fs.open
}

describe('writeFileDurably', () => {
  const tempDir = useTempDirs()

  it('writes, keeps the previous version as .bak, and leaves no temp files', async () => {
    const dir = await tempDir()
    const file = join(dir, 'workspace.json')
    const bak = `${file}.bak`
    await writeFileDurably(file, 'one', { backupPath: bak })
    await expect(fs.stat(bak)).rejects.toThrow() // nothing to back up on the first save
    await writeFileDurably(file, 'two', { backupPath: bak })
    await writeFileDurably(file, 'three', { backupPath: bak })
    expect(await fs.readFile(file, 'utf8')).toBe('three')
    expect(await fs.readFile(bak, 'utf8')).toBe('two')
    expect((await fs.readdir(dir)).sort()).toEqual(['workspace.json', 'workspace.json.bak'])
  })

  it.each([
    ['a full disk while writing', diskFull, 'ENOSPC'],
    ['a rename refused', failing('rename', 'EACCES'), 'EACCES'],
    ['an I/O error on open', failing('open', 'EIO'), 'EIO']
  ])('on %s: rejects, keeps the original byte-identical, and removes its temp file', async (_case, faultyFs, code) => {
    const dir = await tempDir()
    const file = join(dir, 'workspace.json')
    await fs.writeFile(file, 'original ✓')
    await expect(writeFileDurably(file, 'replacement', { fs: faultyFs })).rejects.toMatchObject({ code })
    expect(await fs.readFile(file, 'utf8')).toBe('original ✓')
    expect(await fs.readdir(dir)).toEqual(['workspace.json'])
  })

  it('falls back to a synced copy for the backup where hard links are not supported', async () => {
    const dir = await tempDir()
    const file = join(dir, 'w.json')
    await fs.writeFile(file, 'v1')
    await writeFileDurably(file, 'v2', { backupPath: `${file}.bak`, fs: failing('link', 'EPERM') })
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe('v1')
    expect(await fs.readFile(file, 'utf8')).toBe('v2')
  })

  it('retries a briefly locked rename on Windows and then succeeds', async () => {
    const dir = await tempDir()
    const file = join(dir, 'w.json')
    let refusals = 2
    const flaky: WriteFs = {
      ...fs,
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
        return fs.rename(from, to)
      }
    }
    await writeFileDurably(file, 'saved', { fs: flaky, platform: 'win32' })
    expect(await fs.readFile(file, 'utf8')).toBe('saved')
  })

  it('serialised writers in one folder never produce a torn file', async () => {
    const dir = await tempDir()
    const file = join(dir, 'w.json')
    const payload = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(50_000) })
    await Promise.all(Array.from({ length: 20 }, (_, n) => writeFileDurably(file, payload(n))))
    expect(JSON.parse(await fs.readFile(file, 'utf8')).pad).toHaveLength(50_000)
    expect(await fs.readdir(dir)).toEqual(['w.json'])
  })
})

describe('sweepTempFiles', () => {
  const tempDir = useTempDirs()

  it('removes temp files a killed process left, and nothing else', async () => {
    const dir = await tempDir()
    const file = join(dir, 'workspace.json')
    const names = ['workspace.json', 'workspace.json.bak', '.workspace.json.123.abcdef.tmp', '.workspace.json.bak.9.ff.tmp', 'notes.tmp']
    await Promise.all(names.map((name) => fs.writeFile(join(dir, name), 'x')))
    const removed = await sweepTempFiles(file)
    expect(removed.sort()).toEqual(['.workspace.json.123.abcdef.tmp', '.workspace.json.bak.9.ff.tmp'])
    expect((await fs.readdir(dir)).sort()).toEqual(['notes.tmp', 'workspace.json', 'workspace.json.bak'])
  })
})
