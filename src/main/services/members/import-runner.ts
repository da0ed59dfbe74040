import { Worker } from 'node:worker_threads'
import type { ErrorCode } from '../../../shared/ipc'
import type { Comparable } from '../../../shared/members/duplicates'
import type { Member } from '../../../shared/workspace/member'
import type { ReadChoice } from '../../../shared/members/import-formats'
import type { ImportAnalysis, ImportPhase, ImportPlan, ImportPreview } from '../../../shared/members/import-steps'
import { ImportStopped, type MappingChoices } from '../../../shared/members/row-mapping'
import type { ValueMap } from '../../../shared/members/value-mapping'
import { AppError } from '../app-error'
import { createImportEngine, type PlanRequest } from './import-engine'

export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void

/** Runs the import steps; `signal` cancels planning. */
export type ImportRunner = {
  open(importId: string, path: string | null, choice: ReadChoice, values: ValueMap): Promise<ImportPreview>
  analyse(importId: string, choices: MappingChoices & { values: ValueMap; remembered: ValueMap }): Promise<ImportAnalysis>
  plan(importId: string, request: PlanRequest, existing: readonly Comparable[], onProgress: ImportProgress, signal?: AbortSignal): Promise<ImportPlan & { fileName: string }>
  drop(importId: string): void
  dispose(): Promise<void>
}

export type ImportJob =
  | { id: number; op: 'open'; args: Parameters<ImportRunner['open']> }
  | { id: number; op: 'analyse'; args: Parameters<ImportRunner['analyse']> }
  | { id: number; op: 'plan'; args: [string, PlanRequest, readonly Comparable[]]; stop: SharedArrayBuffer }
  | { id: number; op: 'drop'; args: [string] }
type JobBody = ImportJob extends infer J ? (J extends ImportJob ? Omit<J, 'id'> : never) : never
export type ImportReply =
  | { id: number; type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { id: number; type: 'members'; members: Member[] }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; code: ErrorCode | 'stopped'; message: string }

/** In the calling thread: for the CLI and tests. Cancelling works from the progress callback. */
export function createInProcessImportRunner(newId: () => string): ImportRunner {
  const engine = createImportEngine(newId)
  return {
    open: (...args) => engine.open(...args),
    analyse: async (...args) => engine.analyse(...args),
    async plan(importId, request, existing, onProgress, signal) {
      return engine.plan(importId, request, existing, { onProgress, shouldStop: () => signal?.aborted ?? false })
    },
    drop: (importId) => engine.drop(importId),
    dispose: async () => undefined
  }
}

/**
 * In one long-lived worker thread that keeps the files it read, so a large import never holds
 * the main process's event loop (autosave, IPC and the workspace lock's refresh keep running).
 * Cancel is a flag in shared memory the worker reads between batches of rows.
 */
export function createWorkerImportRunner(workerFile: string | URL): ImportRunner {
  let worker: Worker | null = null
  let nextId = 1
  let pending = 0
  // Started now, idle: loading and compiling the import code is done before the user's first import.
  const start = () => {
    if (!worker) {
      const created = new Worker(workerFile)
      // A worker that fails while idle is replaced at the next call (the files it read are gone).
      const forget = () => {
        if (worker === created) worker = null
      }
      created.on('error', forget).on('exit', forget)
      worker = created
    }
    if (pending === 0) worker.unref()
    return worker
  }
  start()

  function call<T>(job: JobBody, onProgress?: ImportProgress, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const current = start()
      // Only a worker with work to do keeps the process alive.
      pending += 1
      current.ref()
      const id = nextId++
      const stop = job.op === 'plan' ? new Int32Array(job.stop) : null
      const cleanup = () => {
        pending -= 1
        if (pending === 0) current.unref()
        current.off('message', onMessage)
        current.off('error', onError)
        current.off('exit', onExit)
        signal?.removeEventListener('abort', onAbort)
      }
      const members: Member[] = []
      const onMessage = (reply: ImportReply) => {
        if (reply.id !== id) return
        if (reply.type === 'progress') return onProgress?.(reply.phase, reply.done, reply.total)
        if (reply.type === 'members') return void members.push(...reply.members)
        cleanup()
        if (reply.type === 'done') resolve((job.op === 'plan' ? { ...(reply.result as object), members } : reply.result) as T)
        else if (reply.code === 'stopped') reject(new ImportStopped())
        else reject(new AppError(reply.code, reply.message))
      }
      const onError = (error: Error) => {
        cleanup()
        reject(new AppError('internal', `The import stopped unexpectedly (${error.message}); choose the file again.`))
      }
      const onExit = () => onError(new Error('the import worker exited'))
      const onAbort = () => stop && Atomics.store(stop, 0, 1)
      current.on('message', onMessage)
      current.once('error', onError)
      current.once('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      current.postMessage({ ...job, id })
    })
  }

  return {
    open: (...args) => call({ op: 'open', args }),
    analyse: (...args) => call({ op: 'analyse', args }),
    plan: (importId, request, existing, onProgress, signal) =>
      call({ op: 'plan', args: [importId, request, existing], stop: new SharedArrayBuffer(4) }, onProgress, signal),
    drop: (importId) => void call({ op: 'drop', args: [importId] }).catch(() => undefined),
    async dispose() {
      await worker?.terminate()
      worker = null
    }
  }
}
