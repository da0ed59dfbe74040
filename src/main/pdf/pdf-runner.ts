import { Worker } from 'node:worker_threads'
import type { PdfOptions } from '../../shared/export/options'
import { buildPrintDocument, type DocumentContext } from '../../shared/export/documents'
import type { ExportKind } from '../../shared/export/options'
import type { PrintDocument } from '../../shared/export/print-model'
import type { Workspace } from '../../shared/workspace/schema'
import type { RenderedPdf, RenderPhase } from './render-print-document'

/** What a print document is built from (buildPrintDocument's arguments). */
export type BuildRequest = { kind: ExportKind; workspace: Workspace; date: Date; context: DocumentContext }

export type RenderJob =
  | { id: number; type: 'render'; document: PrintDocument; options: PdfOptions; fontsDir: string }
  | { id: number; type: 'build'; request: BuildRequest }
export type WarmUpJob = { id: number; warmUp: true; fontsDir: string }
export type WorkerReply =
  | { id: number; type: 'warm' }
  | { id: number; type: 'phase'; phase: RenderPhase }
  | { id: number; type: 'done'; result: RenderedPdf }
  | { id: number; type: 'built'; document: PrintDocument | null }
  | { id: number; type: 'error'; message: string }

/**
 * Builds print documents and turns them into PDF bytes; `signal` cancels. Building parses every
 * Markdown text of the workspace, which pathological text can make take seconds: in the app
 * both run in the worker, so saving, IPC and the lock refresh never wait for them.
 */
export type PdfRenderer = {
  build(request: BuildRequest): Promise<PrintDocument | null>
  render(document: PrintDocument, options: PdfOptions, onPhase: (phase: RenderPhase) => void, signal?: AbortSignal): Promise<RenderedPdf>
  /** Loads fonts and runs the layout code once ahead of the first export (a render waits for it to finish). */
  warmUp(): Promise<void>
  dispose(): Promise<void>
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export class RenderCancelled extends Error {
  constructor() {
    super('The export was cancelled.')
  }
}

/** Renders in the calling thread: for the CLI and for tests, where nothing else must stay responsive. */
export function createInProcessRenderer(fontsDir: string): PdfRenderer {
  return {
    build: async ({ kind, workspace, date, context }) => buildPrintDocument(kind, workspace, date, context),
    async render(document, options, onPhase, signal) {
      const check = () => {
        if (signal?.aborted) throw new RenderCancelled()
      }
      check()
      // Loaded on first use: react-pdf is large, and the app itself renders in the worker.
      const { renderPrintDocument } = await import('./render-print-document')
      const result = await renderPrintDocument(document, options, fontsDir, (phase) => {
        check()
        onPhase(phase)
      })
      check()
      return result
    },
    async warmUp() {
      const { warmUp } = await import('./warm-up')
      await warmUp(fontsDir)
    },
    dispose: async () => undefined
  }
}

/**
 * A young generation large enough for a long export's short-lived objects (react-pdf copies every
 * run and line several times): with V8's default (3 × 16 MB semi-spaces), garbage collection
 * took a quarter of a 50-page render, copying the layout tree from one semi-space to the other
 * over and over. The old generation keeps V8's default limit.
 */
export const PDF_WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 } as const

/** How long after start the worker warms up: after the window's first paint and the workspace's opening, when the app is idle. */
export const WARM_UP_AFTER_MS = 4000

/**
 * Renders in one long-lived worker thread, one job at a time. Cancelling terminates the worker
 * (react-pdf cannot be interrupted mid-layout); the next job starts a fresh one. A few seconds
 * after start (`warmUpAfterMs`; null: never) the worker starts and warms up, so the first export
 * of a session costs about what later ones do.
 */
export function createWorkerRenderer(workerFile: string | URL, fontsDir: string, warmUpAfterMs: number | null = WARM_UP_AFTER_MS): PdfRenderer {
  let worker: Worker | null = null
  let nextId = 1
  let queue: Promise<unknown> = Promise.resolve()

  const start = () => {
    // React picks its build from NODE_ENV at run time, and the packaged app leaves it unset: without
    // this the worker would lay PDFs out with React's slower development build.
    worker ??= new Worker(workerFile, { env: { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' }, resourceLimits: PDF_WORKER_LIMITS })
    return worker
  }

  function run<T>(job: DistributiveOmit<RenderJob, 'id'>, onPhase: (phase: RenderPhase) => void, signal?: AbortSignal) {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new RenderCancelled())
      const current = start()
      const id = nextId++
      const cleanup = () => {
        current.off('message', onMessage)
        current.off('error', onError)
        current.off('exit', onExit)
        signal?.removeEventListener('abort', onAbort)
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        if (reply.type === 'phase') return onPhase(reply.phase)
        cleanup()
        if (reply.type === 'done') resolve({ ...reply.result, bytes: new Uint8Array(reply.result.bytes) } as T)
        else if (reply.type === 'built') resolve(reply.document as T)
        else if (reply.type === 'error') reject(new Error(reply.message))
      }
      const onError = (error: Error) => {
        cleanup()
        worker = null
        reject(error)
      }
      const onExit = () => {
        cleanup()
        worker = null
        reject(new Error('The PDF worker stopped unexpectedly.'))
      }
      const onAbort = () => {
        cleanup()
        worker = null
        void current.terminate()
        reject(new RenderCancelled())
      }
      current.on('message', onMessage)
      current.once('error', onError)
      current.once('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      current.postMessage({ ...job, id } as RenderJob)
    })
  }

  function runWarmUp() {
    return new Promise<void>((resolve, reject) => {
      const current = start()
      const id = nextId++
      const done = (error?: Error) => {
        current.off('message', onMessage)
        current.off('exit', onExit)
        if (error) reject(error)
        else resolve()
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        done(reply.type === 'error' ? new Error(reply.message) : undefined)
      }
      const onExit = () => {
        worker = null
        done(new Error('The PDF worker stopped while warming up.'))
      }
      current.on('message', onMessage)
      current.once('exit', onExit)
      current.postMessage({ id, warmUp: true, fontsDir } satisfies WarmUpJob)
    })
  }

  function warmUp() {
    const result = queue.then(runWarmUp)
    queue = result.catch(() => undefined)
    return result
  }

  // One job at a time, in order: a build and the render that follows it share the worker.
  function enqueue<T>(job: DistributiveOmit<RenderJob, 'id'>, onPhase: (phase: RenderPhase) => void, signal?: AbortSignal): Promise<T> {
    const result = queue.then(() => run<T>(job, onPhase, signal))
    queue = result.catch(() => undefined)
    return result
  }

  // A warm-up that fails (fonts missing) changes nothing: the first export reports the problem itself.
  const timer = warmUpAfterMs === null ? null : setTimeout(() => void warmUp().catch(() => undefined), warmUpAfterMs)
  timer?.unref()

  return {
    build: (request) => enqueue<PrintDocument | null>({ type: 'build', request }, () => undefined),
    render: (document, options, onPhase, signal) => enqueue<RenderedPdf>({ type: 'render', document, options, fontsDir }, onPhase, signal),
    warmUp,
    async dispose() {
      if (timer) clearTimeout(timer)
      await worker?.terminate()
      worker = null
    }
  }
}
