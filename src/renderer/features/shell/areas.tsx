import type { ReactNode } from 'react'
import { OverviewPage } from '../overview/OverviewPage'

/** The areas of a workspace, in navigation order. Each is a whole, working screen. */
export type Area = { id: string; label: string; render: () => ReactNode }

export const AREAS: readonly Area[] = [{ id: 'overview', label: 'Overview', render: () => <OverviewPage /> }]
