/**
 * Worker-thread entry: renders PDFs away from the main process's event loop (a 50-page render
 * would otherwise stall it for seconds). It stays alive between jobs so fonts stay loaded.
 */
import { parentPort } from 'node:worker_threads'
import type { RenderJob, WarmUpJob, WorkerReply } from './pdf-runner'
import { renderPrintDocument } from './render-print-document'
import { warmUp } from './warm-up'

const port = parentPort
if (!port) throw new Error('pdf-worker must run in a worker thread')

port.on('message', (job: RenderJob | WarmUpJob) => {
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)
  if ('warmUp' in job) {
    warmUp(job.fontsDir).then(
      () => reply({ id: job.id, type: 'warm' }),
      (error: unknown) => reply({ id: job.id, type: 'error', message: error instanceof Error ? error.message : String(error) })
    )
    return
  }
  renderPrintDocument(job.document, job.options, job.fontsDir, (phase) => reply({ id: job.id, type: 'phase', phase })).then(
    (result) => reply({ id: job.id, type: 'done', result }, [result.bytes.buffer as ArrayBuffer]),
    (error: unknown) => reply({ id: job.id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  )
})
