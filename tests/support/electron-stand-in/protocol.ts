/** What a test may ask of the booted main process (driver.ts carries it out). */
export type DriverRequest =
  | { type: 'ready' }
  | { type: 'snapshot' }
  | { type: 'invoke'; channel: string; payload: unknown; window?: number }
  /** How the page answers main's `drafts:flush`: the commands it still holds, then (if `answer`) its reply. */
  | { type: 'page'; commands: { command: unknown; baseRevision: number }[]; answer: boolean; window?: number }
  | { type: 'close'; window?: number }
  | { type: 'quit' }
  | { type: 'app-event'; event: 'open-file' | 'second-instance' | 'activate'; args: unknown[] }
  | { type: 'message-box-answers'; answers: number[] }
  | { type: 'menu'; path: string[] }
  | { type: 'fetch'; url: string }
  | { type: 'navigate'; event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate'; url: string }
  | { type: 'window-open'; url: string }
  | { type: 'permission'; permission: string }
  | { type: 'request'; url: string }
