import { summarize, time } from './stats'
import { syntheticWorkspace } from './synthetic'

const TEXT = JSON.stringify(syntheticWorkspace(2000))

/**
 * A fixed CPU task, timed before each section of a run and at its end (p50, ms). This shared
 * 2-core machine runs the same code up to twice as slowly from one minute to the next (after the
 * PDF section, most of all), so figures compare only alongside it.
 */
export async function referenceTask(): Promise<number> {
  return summarize(await time(() => JSON.stringify(JSON.parse(TEXT)), 30, 3)).p50
}

/**
 * Milliseconds per MB to touch memory the process has never used (page faults), p50 of three
 * 16 MB buffers kept alive so none reuses another's pages. On this virtual machine it is high
 * enough to show in the figures: a page-sized canvas in the PDF preview is 6.8 MB, and the
 * browser's first drawing on it pays for all of it.
 */
export function freshMemoryCost(): number {
  const size = 16 * 2 ** 20
  const kept: Buffer[] = []
  const costs = [0, 1, 2].map(() => {
    const buffer = Buffer.allocUnsafeSlow(size)
    const started = performance.now()
    buffer.fill(1)
    kept.push(buffer)
    return (performance.now() - started) / 16
  })
  return costs.sort((a, b) => a - b)[1]!
}
