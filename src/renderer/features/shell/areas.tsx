import type { ReactNode } from 'react'
import { OverviewPage } from '../overview/OverviewPage'
import { loadableArea } from './area-loader'

// Loaded after start-up (see prefetchAreas), so start-up only pays for the overview.
const PillarMap = loadableArea(() => import('../pillar-map/PillarMapPage'))
const Members = loadableArea(() => import('../members/MembersPage'))
const Library = loadableArea(() => import('../library/LibraryPage'))
const Strategy = loadableArea(() => import('../strategy/StrategyPage'))
const Readiness = loadableArea(() => import('../readiness/ReadinessPage'))
const Export = loadableArea(() => import('../export/ExportPage'))

/** Fetches the other areas' code once the app is idle, so opening them later is instant. */
export function prefetchAreas(): void {
  const load = () => void Promise.all([PillarMap.preload(), Members.preload(), Library.preload(), Strategy.preload(), Readiness.preload(), Export.preload()]).catch(() => undefined)
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 })
  else setTimeout(load, 1500)
}

/** The areas of a workspace, in navigation order. Each is a whole, working screen. */
export type Area = { id: string; label: string; render: () => ReactNode }

export const AREAS: readonly Area[] = [
  { id: 'overview', label: 'Overview', render: () => <OverviewPage /> },
  { id: 'pillar-map', label: 'Pillar map', render: () => <PillarMap.Area /> },
  { id: 'members', label: 'Members', render: () => <Members.Area /> },
  { id: 'library', label: 'Library', render: () => <Library.Area /> },
  { id: 'strategy', label: 'Strategy', render: () => <Strategy.Area /> },
  { id: 'readiness', label: 'Readiness', render: () => <Readiness.Area /> },
  { id: 'export', label: 'Export', render: () => <Export.Area /> }
]
