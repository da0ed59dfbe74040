import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { TeamStatus } from '../../shared/ipc'
import { api } from '../api'

const NOT_SHARED: TeamStatus = { shared: false }
const TeamStatusContext = createContext<TeamStatus>(NOT_SHARED)

/** The open workspace's team link as main reports it; asked again when another workspace opens. */
export function TeamStatusProvider({ location, children }: { location: string; children: ReactNode }) {
  const [status, setStatus] = useState<TeamStatus>(NOT_SHARED)
  useEffect(() => {
    let current = true
    const off = api.onTeamStatus(setStatus)
    void api.getTeamStatus({}).then((value) => current && setStatus(value), () => undefined)
    return () => {
      current = false
      off()
    }
  }, [location])
  return <TeamStatusContext.Provider value={status}>{children}</TeamStatusContext.Provider>
}

export const useTeamStatus = (): TeamStatus => useContext(TeamStatusContext)
