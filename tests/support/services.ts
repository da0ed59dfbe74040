import { join } from 'node:path'
import type { ApiEventPayloads } from '../../src/shared/ipc'
import { createAppServices, type AppServiceDeps } from '../../src/main/services/app-services'
import { RESOURCES, TEST_APP_INFO } from './workspaces'

/** Native dialogs answered by the test: queue the paths the "user" will pick. */
export function scriptedDialogs() {
  const answers: (string | null)[] = []
  const next = async () => answers.shift() ?? null
  return { answers, dialogs: { chooseNewBundle: next, chooseBundleToOpen: next, chooseSaveAsBundle: next, chooseCsvToImport: next, chooseCsvExport: next, choosePdfToImport: next, chooseAttachmentCopy: next, chooseLogoImage: next } }
}

/** The real app services on a temp data folder, with events recorded. */
export async function testServices(dataDir: string, overrides: Partial<AppServiceDeps> = {}) {
  const { answers, dialogs } = scriptedDialogs()
  const events: { event: keyof ApiEventPayloads; payload: unknown }[] = []
  const opened: string[] = []
  const revealed: string[] = []
  const services = await createAppServices({
    dataDir,
    resourcesDir: RESOURCES,
    dialogs,
    emit: (event, payload) => void events.push({ event, payload }),
    openExternal: async (url) => void opened.push(url),
    exportShell: {
      chooseExportFile: async () => answers.shift() ?? null,
      openPath: async (path) => void revealed.push(`open ${path}`),
      showInFolder: (path) => void revealed.push(`show ${path}`)
    },
    autosave: { delayMs: 5, maxDelayMs: 20, retryMs: 20 },
    appInfo: TEST_APP_INFO,
    ...overrides
  })
  return { ...services, answers, events, opened, revealed, dataDir, snapshotsDir: join(dataDir, 'snapshots') }
}
