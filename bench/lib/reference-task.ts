import { summarize, time } from './stats'
import { syntheticWorkspace } from './synthetic'

const TEXT = JSON.stringify(syntheticWorkspace(2000))

/**
 * A fixed CPU task, timed at the start and the end of a run (p50, ms). This shared 2-core machine
 * runs the same code up to a third slower from one hour to the next, so figures from different
 * runs compare only alongside it.
 */
export async function referenceTask(): Promise<number> {
  return summarize(await time(() => JSON.stringify(JSON.parse(TEXT)), 30, 3)).p50
}
