import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { EXPORTED_REMEMBERED, THEMES } from '../../shared/app-commands'
import { parseJsonSafely } from '../../shared/json-guard'
import { mkdirSync } from 'node:fs'
import { writeFileDurably, writeFileDurablySync } from '../storage/durable-write'

const RecentSchema = z.object({
  id: z.string(),
  path: z.string(),
  name: z.string(),
  workspaceId: z.string().nullable(),
  openedAt: z.string()
})

const WindowSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  maximized: z.boolean()
})

const AppStateSchema = z.object({
  version: z.literal(1),
  recent: z.array(RecentSchema).max(50),
  lastOpened: z.string().nullable(),
  demoShown: z.boolean(),
  window: WindowSchema.nullable().default(null),
  preferences: z
    .object({
      theme: z.enum(THEMES).default('system'),
      tourSeen: z.boolean().default(false),
      exported: z.array(z.string()).max(EXPORTED_REMEMBERED).default([]),
      displayName: z.string().max(80).default('')
    })
    .default({ theme: 'system', tourSeen: false, exported: [], displayName: '' })
})

export type RecentRecord = z.output<typeof RecentSchema>
export type AppState = z.output<typeof AppStateSchema>

export const RECENT_LIMIT = 12
const initialState: AppState = { version: 1, recent: [], lastOpened: null, demoShown: false, window: null, preferences: { theme: 'system', tourSeen: false, exported: [], displayName: '' } }

const toText = (state: AppState) => `${JSON.stringify(state, null, 2)}\n`

/** A stable id for a path, so the renderer can name a recent entry without sending a path. */
export function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16)
}

/**
 * The app's own small state (recent workspaces, what was open last). A damaged file is moved
 * aside, never overwritten, and the app starts with a fresh list.
 */
export async function createAppStateStore(file: string, now: () => Date) {
  let state = await load()

  async function load(): Promise<AppState> {
    const text = await fs.readFile(file, 'utf8').catch(() => null)
    if (text === null) return initialState
    const parsed = parseJsonSafely(text, 16)
    const valid = parsed.ok ? AppStateSchema.safeParse(parsed.value) : null
    if (valid?.success) return valid.data
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    await fs.rename(file, `${file}.corrupt-${stamp}`).catch(() => undefined)
    return initialState
  }

  async function update(change: (current: AppState) => AppState): Promise<AppState> {
    state = change(state)
    await fs.mkdir(dirname(file), { recursive: true })
    await writeFileDurably(file, toText(state))
    return state
  }

  return {
    get: () => state,
    update,
    /** Where the window was, written before this call returns: it runs as the app quits. */
    rememberWindowSync(window: AppState['window']) {
      state = { ...state, window }
      mkdirSync(dirname(file), { recursive: true })
      writeFileDurablySync(file, toText(state))
    },
    recordOpened(path: string, name: string, workspaceId: string | null) {
      const entry = { id: recentId(path), path, name, workspaceId, openedAt: now().toISOString() }
      return update((current) => ({
        ...current,
        lastOpened: path,
        recent: [entry, ...current.recent.filter((item) => item.path !== path)].slice(0, RECENT_LIMIT)
      }))
    }
  }
}

export type AppStateStore = Awaited<ReturnType<typeof createAppStateStore>>
