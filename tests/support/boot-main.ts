import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DriverRequest } from './electron-stand-in/protocol'
import { ROOT } from './workspaces'

const STAND_IN = join(ROOT, 'tests', 'support', 'electron-stand-in')
/** The app whose out/main is booted: this checkout, or another build to check the harness against. */
const APP = process.env.CW_BOOT_APP_PATH ?? ROOT

export type BootOptions = {
  /** The app's data folder (CLUSTER_WORKBENCH_DATA_DIR); relative paths are taken from `cwd`. */
  dataDir: string
  home: string
  platform?: 'linux' | 'darwin'
  /** Command-line arguments after the app's own, as the OS passes a double-clicked file. */
  args?: string[]
  cwd?: string
  /** Run as another user (root cannot be refused a write, so unwritable folders need one). */
  user?: { uid: number; gid: number }
  env?: Record<string, string>
}

export type BootedMain = {
  ask<T = unknown>(request: DriverRequest): Promise<T>
  /** Resolves with the exit code when the process ends by itself. */
  exited: Promise<number | null>
  logs: string[]
  kill(): void
}

/**
 * Boots the built main process (out/main) in a child Node process against the stand-in
 * `electron` module. The test drives it as Electron and the user would, and reads the disk.
 */
export async function bootMain(options: BootOptions): Promise<BootedMain> {
  if (!existsSync(join(APP, 'out', 'main', 'index.js'))) throw new Error('Build the app first: npx electron-vite build')
  const child: ChildProcess = fork(join(STAND_IN, 'driver.ts'), [], {
    cwd: options.cwd ?? ROOT,
    // By URL, not by name: the app may be started from any folder (a relative data folder is tested).
    execArgv: ['--import', import.meta.resolve('tsx'), '--import', pathToFileURL(join(STAND_IN, 'register.mjs')).href],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    ...(options.user ?? {}),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: options.home,
      TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.tests.json'),
      CLUSTER_WORKBENCH_DATA_DIR: options.dataDir,
      STAND_IN_HOME: options.home,
      STAND_IN_APP_PATH: APP,
      STAND_IN_PLATFORM: options.platform ?? 'linux',
      STAND_IN_ARGS: JSON.stringify(options.args ?? []),
      ...options.env
    }
  })
  const logs: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let nextId = 1
  const booted = new Promise<void>((resolve, reject) => {
    child.on('message', (message: { booted?: true; id?: number; value?: unknown; error?: string; log?: string }) => {
      if (message.booted) return resolve()
      if (message.log) return void logs.push(message.log)
      const waiter = pending.get(message.id ?? -1)
      pending.delete(message.id ?? -1)
      if (message.error !== undefined) waiter?.reject(new Error(message.error))
      else waiter?.resolve(message.value)
    })
    void exited.then((code) => {
      reject(new Error(`main exited (${code}) before it booted:\n${logs.join('')}`))
      for (const waiter of pending.values()) waiter.reject(new Error(`main exited (${code}):\n${logs.join('')}`))
    })
  })
  await booted
  return {
    ask<T>(request: DriverRequest) {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
        child.send({ id, request })
      })
    },
    exited,
    logs,
    kill: () => void child.kill('SIGKILL')
  }
}
