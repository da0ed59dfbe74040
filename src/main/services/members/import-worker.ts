/**
 * Worker-thread entry for member imports: reading, mapping and the duplicate check of 50,000
 * rows run here, away from the main process's event loop. It keeps the files it read between calls.
 */
import { randomUUID } from 'node:crypto'
import { parentPort } from 'node:worker_threads'
import { ImportStopped } from '../../../shared/members/row-mapping'
import { AppError } from '../app-error'
import { createImportEngine } from './import-engine'
import type { ImportJob, ImportReply } from './import-runner'

const port = parentPort
if (!port) throw new Error('import-worker must run in a worker thread')
const engine = createImportEngine(() => randomUUID())
const MEMBERS_PER_MESSAGE = 1_000

async function run(job: ImportJob): Promise<unknown> {
  switch (job.op) {
    case 'open':
      return engine.open(...job.args)
    case 'analyse':
      return engine.analyse(...job.args)
    case 'drop':
      return engine.drop(...job.args)
    case 'plan': {
      const stop = new Int32Array(job.stop)
      const { members, ...plan } = engine.plan(...job.args, {
        onProgress: (phase, done, total) => port!.postMessage({ id: job.id, type: 'progress', phase, done, total } satisfies ImportReply),
        shouldStop: () => Atomics.load(stop, 0) === 1
      })
      // In batches: the main thread copies each message in one go, and 50,000 members at once would hold it.
      for (let at = 0; at < members.length; at += MEMBERS_PER_MESSAGE) {
        port!.postMessage({ id: job.id, type: 'members', members: members.slice(at, at + MEMBERS_PER_MESSAGE) } satisfies ImportReply)
      }
      return { ...plan, members: [] }
    }
  }
}

port.on('message', (job: ImportJob) => {
  run(job).then(
    (result) => port.postMessage({ id: job.id, type: 'done', result } satisfies ImportReply),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        type: 'error',
        code: error instanceof ImportStopped ? 'stopped' : error instanceof AppError ? error.code : 'internal',
        message: error instanceof Error ? error.message : String(error)
      } satisfies ImportReply)
  )
})
