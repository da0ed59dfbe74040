import type { ApiEventPayloads } from '../../../shared/ipc'
import type { WriteFs } from '../../storage/durable-write'
import type { AppStateStore } from '../app-state'

/** Native dialogs, passed in so the service runs (and is tested) without Electron. */
export type WorkspaceDialogs = {
  chooseNewBundle(suggestedName: string): Promise<string | null>
  chooseBundleToOpen(): Promise<string | null>
  chooseSaveAsBundle(suggestedName: string): Promise<string | null>
  chooseCsvToImport(): Promise<string | null>
  chooseCsvExport(suggestedName: string): Promise<string | null>
  choosePdfToImport(): Promise<string | null>
  chooseAttachmentCopy(suggestedName: string): Promise<string | null>
  chooseLogoImage(): Promise<string | null>
}

export type EmitEvent = <E extends keyof ApiEventPayloads>(event: E, payload: ApiEventPayloads[E]) => void

export type SessionDeps = {
  appState: AppStateStore
  snapshotsRoot: string
  demoBundle: string
  demoSource: string
  dialogs: WorkspaceDialogs
  emit: EmitEvent
  now: () => Date
  newId: () => string
  onOpened?: (bundle: string) => void
  fs?: WriteFs
  autosave?: { delayMs?: number; maxDelayMs?: number; retryMs?: number }
}
