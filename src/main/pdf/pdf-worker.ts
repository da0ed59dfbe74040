/**
 * Worker-thread entry: builds print documents and renders PDFs away from the main process's
 * event loop (a 50-page render, or Markdown built to be slow, would otherwise stall it for seconds). It stays alive between jobs so fonts stay loaded.
 */
import { parentPort } from 'node:worker_threads'
import type { RenderJob, WarmUpJob, WorkerReply } from './pdf-runner'
import { buildPrintDocument } from '../../shared/export/documents'
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
  if (job.type === 'build') {
    try {
      const { kind, workspace, date, context } = job.request
      reply({ id: job.id, type: 'built', document: buildPrintDocument(kind, workspace, date, context) })
    } catch (error) {
      reply({ id: job.id, type: 'error', message: error instanceof Error ? error.message : String(error) })
    }
    return
  }
  renderPrintDocument(job.document, job.options, job.fontsDir, (phase) => reply({ id: job.id, type: 'phase', phase })).then(
    (result) => reply({ id: job.id, type: 'done', result }, [result.bytes.buffer as ArrayBuffer]),
    (error: unknown) => reply({ id: job.id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  )
})
