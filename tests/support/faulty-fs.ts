import * as fs from 'node:fs/promises'
import type { WriteFs } from '../../src/main/storage/durable-write'

/**
 * The real file system with a switch: while `failWith` is set, every write-side call fails
 * with that error code (what a full disk, a permission change or a dying drive looks like).
 */
export function faultyFs() {
  const control: { failWith: string | null; calls: number } = { failWith: null, calls: 0 }
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      control.calls += 1
      if (control.failWith) throw Object.assign(new Error(`${control.failWith}: injected fault`), { code: control.failWith })
      return call(...args)
    }
  const wrapped: WriteFs = {
    open: guard(fs.open) as WriteFs['open'],
    rename: guard(fs.rename),
    link: guard(fs.link),
    rm: fs.rm, // clean-up of temp files must keep working
    copyFile: guard(fs.copyFile),
    readdir: fs.readdir
  }
  return { fs: wrapped, control }
}
