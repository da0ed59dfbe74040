import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleScript } from '../../../support/bundle-script'
import { useTempDirs } from '../../../support/temp-dir'

/** A real full disk needs a tiny file system: a tmpfs in a private mount namespace (no root needed where user namespaces are allowed). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux') return false
  try {
    execFileSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /tmp'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const available = canMountTmpfs()
if (!available) console.info('Disk-full test skipped: this machine cannot mount a tmpfs in a user namespace (unshare -Urm).')

describe('a real full disk (256 KB tmpfs)', () => {
  const tempDir = useTempDirs()

  it.skipIf(!available)('the save fails honestly, the file and folder stay clean, and it saves once space is freed', async () => {
    const dir = await tempDir()
    const script = await bundleScript(join(import.meta.dirname, 'fill-disk.ts'), dir)
    const mountPoint = join(dir, 'disk')
    const run = spawnSync(
      'unshare',
      ['-Urm', 'sh', '-c', 'mkdir -p "$1" && mount -t tmpfs -o size=256k tmpfs "$1" && exec "$2" "$3" "$1"', 'sh', mountPoint, process.execPath, script],
      { encoding: 'utf8', timeout: 60_000 }
    )
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as {
      whileFull: { ok: boolean; reason?: string }
      fileUnchanged: boolean
      tempFiles: string[]
      statuses: { state: string; reason?: string }[]
      afterFreeing?: { state: string }
      savedDescriptionLength: number
    }
    expect(report.whileFull).toEqual({ ok: false, reason: expect.stringContaining('the disk is full') })
    expect(report.fileUnchanged).toBe(true)
    expect(report.tempFiles).toEqual([])
    const failedAt = report.statuses.findIndex((status) => status.state === 'failed')
    expect(failedAt).toBeGreaterThanOrEqual(0)
    expect(report.statuses.slice(0, failedAt).some((status) => status.state === 'saved')).toBe(false)
    expect(report.afterFreeing?.state).toBe('saved')
    expect(report.savedDescriptionLength).toBe(4800)
  })

})
