import type { SaveOutcome } from '../storage/autosave'

export type SettleDeps = {
  /** Asks the page to send the text it holds back; null when there is no page to ask. */
  requestDrafts: (() => Promise<unknown>) | null
  flush: () => Promise<SaveOutcome>
  /** The user's answer when the edits could not be saved: true to go on without them. */
  confirmLoss: (reason: string) => boolean
}

/**
 * Before a window closes or the app quits: the page's drafts in, every edit on disk, or the
 * user's own decision to leave without them. Resolves true when it is safe to go on.
 */
export async function settleEdits(deps: SettleDeps): Promise<boolean> {
  if (deps.requestDrafts) await deps.requestDrafts()
  const outcome = await deps.flush()
  return outcome.ok || deps.confirmLoss(outcome.reason)
}
