import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'
import type { IpcResult, SessionView } from '../../../src/shared/ipc'
import { createWorkspaceBundle } from '../../../src/main/storage/workspace-store'
import { bootMain, type BootedMain, type BootOptions } from '../../support/boot-main'
import { ROOT, workspaceWith } from '../../support/workspaces'

/** Root cannot be refused a write; such tests run the booted app as `nobody` instead. */
export const asUnprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined

/** Every folder from `dir` up may be entered by other users (a `mktemp -d` checkout may not be). */
function othersCanReach(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if ((statSync(at).mode & 0o001) === 0) return false
    if (dirname(at) === at) return true
  }
}

/** Whether a write can be refused here: as a normal user, or as root when `nobody` can reach the checkout. */
export const canRefuseWrites = !asUnprivileged || othersCanReach(ROOT)

/** A temp home per test (world-writable, so an unprivileged run can use it), and the booted apps to stop. */
export function useBootedMain() {
  const homes: string[] = []
  const booted: BootedMain[] = []
  afterEach(async () => {
    for (const main of booted.splice(0)) main.kill()
    await Promise.all(homes.splice(0).map((home) => rm(home, { recursive: true, force: true })))
  })
  return {
    async home(): Promise<string> {
      const home = await mkdtemp(join(tmpdir(), 'cw-shell-'))
      await chmod(home, 0o777)
      homes.push(home)
      return home
    },
    async boot(options: BootOptions): Promise<BootedMain> {
      const main = await bootMain(options)
      booted.push(main)
      return main
    },
    /** Main on `platform`, started with a workspace on disk; its page answers `drafts:flush` unless told not to. */
    async withWorkspace(platform: 'linux' | 'darwin', page: { answer: boolean; commands?: { command: unknown; baseRevision: number }[] } = { answer: true }) {
      const home = await this.home()
      const bundle = await bundleIn(home)
      const main = await this.boot({ home, dataDir: join(home, 'data'), platform, args: [bundle] })
      await main.ask({ type: 'ready' })
      await main.ask({ type: 'page', commands: page.commands ?? [], answer: page.answer })
      return { main, home, bundle }
    }
  }
}

/** A workspace bundle on disk with a few members, named as the cluster. */
export async function bundleIn(home: string, name = 'Harbour Tech'): Promise<string> {
  const bundle = join(home, `${name}.cluster`)
  await mkdir(home, { recursive: true })
  await createWorkspaceBundle(bundle, workspaceWith(3, name))
  return bundle
}

export async function clusterNameOnDisk(bundle: string): Promise<string> {
  return (JSON.parse(await readFile(join(bundle, 'workspace.json'), 'utf8')) as { cluster: { name: string } }).cluster.name
}

export const rename = (name: string) => ({ type: 'cluster/update', patch: { name } })

/** The page's view of the session, through the real IPC handler. */
export async function sessionOf(main: BootedMain): Promise<SessionView> {
  const result = await main.ask<IpcResult<SessionView>>({ type: 'invoke', channel: 'session:get', payload: {} })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

export async function apply(main: BootedMain, command: unknown, baseRevision: number) {
  const result = await main.ask<IpcResult<unknown>>({ type: 'invoke', channel: 'workspace:apply', payload: { command, baseRevision } })
  if (!result.ok) throw new Error(result.error.message)
}

/** How long a test waits for the booted app to end by itself: a bound on a hang, not a timing. */
export const EXIT_BOUND_MS = 15_000
export const exitsWithin = (main: BootedMain) =>
  Promise.race([main.exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), EXIT_BOUND_MS))])
