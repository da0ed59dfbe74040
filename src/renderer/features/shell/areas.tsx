import { lazy, type ReactNode } from 'react'
import { OverviewPage } from '../overview/OverviewPage'

// Loaded when first opened, so start-up only pays for the overview.
const PillarMapPage = lazy(() => import('../pillar-map/PillarMapPage'))
const MembersPage = lazy(() => import('../members/MembersPage'))

/** The areas of a workspace, in navigation order. Each is a whole, working screen. */
export type Area = { id: string; label: string; render: () => ReactNode }

export const AREAS: readonly Area[] = [
  { id: 'overview', label: 'Overview', render: () => <OverviewPage /> },
  { id: 'pillar-map', label: 'Pillar map', render: () => <PillarMapPage /> },
  { id: 'members', label: 'Members', render: () => <MembersPage /> }
]
