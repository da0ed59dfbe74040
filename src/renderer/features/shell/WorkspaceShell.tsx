import { useCallback, useEffect, useMemo, useState } from 'react'
import { usePreferences } from '../../state/preferences'
import { openInLibrary } from '../library/library-intent'
import { WelcomeTour } from './WelcomeTour'
import { useRegisterCommands } from '../commands/commands-context'
import { useOpenWorkspace, useSession } from '../../state/session-context'
import { AREAS, prefetchAreas } from './areas'
import { appCommand } from './use-app-commands'
import { WorkspaceSaveIndicator } from './SaveIndicator'
import { TeamStatusProvider } from '../../state/team-status'
import { TeamIndicator } from '../team/TeamIndicator'

/** The frame around an open workspace: areas on the left, name and save state on top. */
export function WorkspaceShell() {
  const { session } = useSession()
  const view = useOpenWorkspace()
  const [areaId, setShownArea] = useState(AREAS[0]?.id ?? '')
  const area = AREAS.find((candidate) => candidate.id === areaId) ?? AREAS[0]
  const name = view.workspace.cluster.name
  // Choosing the area already on screen goes to its start, as a sidebar link does in any app.
  const setAreaId = useCallback(
    (id: string) => {
      if (areaId === id && id === 'library') openInLibrary({ type: 'home' })
      setShownArea(id)
    },
    [areaId]
  )

  const goTo = useMemo(
    () => AREAS.map((candidate) => ({ id: `go.${candidate.id}`, title: `Go to ${candidate.label}`, group: 'Go', run: () => setAreaId(candidate.id) })),
    [setAreaId]
  )
  useRegisterCommands('areas', goTo)

  const { preferences, loaded, markTourSeen } = usePreferences()
  const [touring, setTouring] = useState(false)
  const showTour = touring || (loaded && !preferences.tourSeen)
  const shellCommands = useMemo(
    () => [
      appCommand('file.export', () => setAreaId('export')),
      // The search field of the area on screen (library, members, pillar map).
      appCommand('edit.find', () => document.querySelector<HTMLInputElement>('#content input[type="search"]')?.focus()),
      appCommand('help.what-is-a-cluster', () => {
        openInLibrary({ type: 'introduction' })
        setAreaId('library')
      }),
      appCommand('help.tour', () => setTouring(true))
    ],
    [setAreaId, setTouring]
  )
  useRegisterCommands('shell', shellCommands)
  useEffect(prefetchAreas, [])

  useEffect(() => {
    document.title = `${name} — Cluster Workbench`
    return () => void (document.title = 'Cluster Workbench')
  }, [name])

  if (session?.state !== 'open' || !area) return null
  return (
    <TeamStatusProvider location={view.location}>
      <div className="shell">
        <nav className="sidebar" aria-label="Areas">
          <div className="brand">Cluster Workbench</div>
          <ul>
            {AREAS.map((candidate) => (
              <li key={candidate.id}>
                <button
                  className="nav-item"
                  aria-current={candidate.id === area.id ? 'page' : undefined}
                  onClick={() => setAreaId(candidate.id)}
                >
                  {candidate.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="main-column">
          <header className="topbar">
            {/* The cluster's name, as the team last wrote it; the folder on disk keeps the name it was created with. */}
            <span className="workspace-name">{name}</span>
            {view.fileName !== name && (
              <span className="workspace-file muted" title={view.location}>
                saved as {view.fileName}.cluster
              </span>
            )}
            {view.workspace.cluster.example && <span className="badge">Example</span>}
            <WorkspaceSaveIndicator />
            <TeamIndicator area={area.id} />
          </header>
          {view.workspace.cluster.example && (
            <p className="banner banner-info">
              This is an invented example cluster to explore the app. Your changes are kept in your own copy; use File &gt; New
              Workspace to start your real one.
            </p>
          )}
          {view.readOnlyReason && <p className="banner banner-warn">{view.readOnlyReason}</p>}
          {view.notice && <p className="banner banner-info">{view.notice}</p>}
          <main className="content" id="content">
            {area.render()}
          </main>
          <WelcomeTour
            open={showTour}
            onShowArea={setAreaId}
            onClose={() => {
              setTouring(false)
              if (!preferences.tourSeen) markTourSeen()
            }}
          />
        </div>
      </div>
    </TeamStatusProvider>
  )
}
