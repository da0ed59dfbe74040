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
