import { AppError } from './app-error'

/** Enough for any drop a person makes; older entries fall out so the record cannot grow. */
const REMEMBERED = 64

/**
 * Paths of files really dropped on the window, as the preload's webUtils reported them. Main
 * acts on a "dropped" path from the page only if it is here: otherwise a compromised page could
 * name any file or folder and have main read it (SECURITY.md: paths come from the user).
 */
export function createDroppedPaths() {
  const recorded: string[] = []
  return {
    record(path: string): void {
      if (!recorded.includes(path)) recorded.push(path)
      if (recorded.length > REMEMBERED) recorded.shift()
    },
    /** Throws unless `path` came from a real drop. */
    require(path: string): string {
      if (!recorded.includes(path)) throw new AppError('invalid-request', 'That file was not dropped on the window, so it is not opened. Drag it onto the window again, or use the Open dialog.')
      return path
    }
  }
}
