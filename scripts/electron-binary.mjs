// Whether an Electron binary is installed (electron >= 42 downloads it on first use, which
// fails on machines that cannot reach its download host).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** @returns {{ available: boolean, reason: string }} */
export function electronBinaryStatus(root = process.cwd(), env = process.env) {
  const dir = join(root, 'node_modules', 'electron')
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { available: true, reason: 'ELECTRON_OVERRIDE_DIST_PATH is set' }
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) {
    return { available: false, reason: 'no Electron binary installed (node_modules/electron/path.txt is missing; run `node scripts/ensure-electron.mjs` on a machine that can download Electron)' }
  }
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary)
    ? { available: true, reason: binary }
    : { available: false, reason: `the Electron binary ${binary} is missing` }
}
