import type { SaveStatus } from '../../shared/ipc'

export type SaveOutcome = { ok: true } | { ok: false; reason: string }

export type AutosaverOptions<T> = {
  write: (value: T) => Promise<void>
  onStatus: (status: SaveStatus) => void
  describeError: (error: unknown) => string
  isRetryable: (error: unknown) => boolean
  now?: () => Date
  /** Quiet time after the last edit before writing. */
  delayMs?: number
  /** Longest an edit may wait while edits keep coming: the most work at risk in a crash. */
  maxDelayMs?: number
  /** First pause before retrying a failed write; doubles up to 30 s. */
  retryMs?: number
}

type Waiter = { revision: number; resolve: (outcome: SaveOutcome) => void }

/**
 * Saves the latest state a short while after edits stop (and at least once a second while
 * they continue). Writes never overlap; each caller of `flush` learns the result of the write
 * that carried its edits, and the status it reports is never "saved" for a failed write.
 */
export function createAutosaver<T>(options: AutosaverOptions<T>) {
  const { write, onStatus, describeError, isRetryable } = options
  const now = options.now ?? (() => new Date())
  const delayMs = options.delayMs ?? 300
  const maxDelayMs = options.maxDelayMs ?? 1000
  const baseRetryMs = options.retryMs ?? 2000

  let pending: { value: T; revision: number } | null = null
  let pendingSince = 0
  let inFlight: number | null = null
  let lastState: SaveStatus['state'] | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let retryMs = baseRetryMs
  let waiters: Waiter[] = []
  let disposed = false

  const writing = () => inFlight !== null

  // A status report goes to a window that may be gone; it must never stop the write it reports on.
  function report(status: SaveStatus) {
    if (status.state === 'pending' && lastState === 'pending') return
    lastState = status.state
    try {
      onStatus(status)
    } catch {
      // The save itself decides the outcome; a lost report costs only the title bar's word.
    }
  }

  function arm(delay: number) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void run(), Math.max(0, delay))
  }

  function settle(revision: number, outcome: SaveOutcome) {
    const [done, rest] = partition(waiters, (waiter) => waiter.revision <= revision)
    waiters = rest
    for (const waiter of done) waiter.resolve(outcome)
  }

  async function run(): Promise<void> {
    if (writing() || !pending || disposed) return
    if (timer) clearTimeout(timer)
    timer = null
    const job = pending
    pending = null
    inFlight = job.revision
    report({ state: 'saving' })
    try {
      await write(job.value)
      retryMs = baseRetryMs
      settle(job.revision, { ok: true })
      report(pending ? { state: 'pending' } : { state: 'saved', at: now().toISOString() })
    } catch (error) {
      const reason = describeError(error)
      const retrying = isRetryable(error) && !disposed
      pending ??= job // keep the unsaved state unless newer edits replaced it
      settle(job.revision, { ok: false, reason })
      report({ state: 'failed', reason, retrying })
      if (retrying) {
        arm(retryMs)
        retryMs = Math.min(retryMs * 2, 30_000)
      }
      return
    } finally {
      inFlight = null
    }
    if (pending) arm(waiters.length ? 0 : delayMs)
  }

  return {
    /** Queues `value` (at `revision`) to be written soon. */
    schedule(value: T, revision: number) {
      if (disposed) return
      if (!pending) pendingSince = Date.now()
      pending = { value, revision }
      report({ state: 'pending' })
      if (!writing()) arm(Math.min(delayMs, pendingSince + maxDelayMs - Date.now()))
    },

    /** Writes what is pending now; resolves with the outcome of the write that carried it. */
    flush(): Promise<SaveOutcome> {
      const revision = pending?.revision ?? inFlight
      if (revision === null) return Promise.resolve({ ok: true })
      const result = new Promise<SaveOutcome>((resolve) => waiters.push({ revision, resolve }))
      if (!writing()) void run()
      return result
    },

    hasUnsaved(): boolean {
      return pending !== null || writing()
    },

    /** Stops timers; anything still pending stays unwritten (call flush first). */
    dispose() {
      disposed = true
      if (timer) clearTimeout(timer)
      settle(Number.POSITIVE_INFINITY, { ok: false, reason: 'the workspace was closed' })
    }
  }
}

export type Autosaver<T> = ReturnType<typeof createAutosaver<T>>

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = []
  const no: T[] = []
  for (const item of items) (test(item) ? yes : no).push(item)
  return [yes, no]
}
