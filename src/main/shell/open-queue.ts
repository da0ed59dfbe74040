/**
 * Workspaces handed over by the OS (Finder and the Dock, a double-click, a second launch) or
 * picked from Open Recent. Before the app can open them they wait; after, they are opened one at
 * a time in the order they came, so two double-clicks never race.
 */
export function createOpenQueue() {
  let open: ((path: string) => Promise<void>) | null = null
  let chain = Promise.resolve()
  const waiting: string[] = []

  const run = (path: string) => {
    const handler = open!
    chain = chain.then(() => handler(path)).catch(() => undefined)
  }

  return {
    push(path: string): void {
      if (open) run(path)
      else waiting.push(path)
    },
    /** Takes the paths that came before start-up could open them (start-up opens the last). */
    drain: (): string[] => waiting.splice(0),
    /** From now on paths are opened by `handler`; any that came meanwhile are opened first. */
    handleWith(handler: (path: string) => Promise<void>): void {
      open = handler
      for (const path of waiting.splice(0)) run(path)
    }
  }
}
