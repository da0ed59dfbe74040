import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { EXPORTED_REMEMBERED, type Theme } from '../../shared/app-commands'
import type { Preferences } from '../../shared/ipc'
import { api, errorMessage } from '../api'
import { useNotices } from './notices'

type PreferencesApi = {
  preferences: Preferences
  /** False until main has answered, so nothing acts on the defaults by mistake (e.g. opens the tour). */
  loaded: boolean
  setTheme: (theme: Theme) => void
  markTourSeen: () => void
  /** Remembers that a document was saved from this workspace (the Overview stops suggesting a first export). */
  markExported: (workspaceId: string) => void
  /** The name shown on this user's comments and to their team in a shared workspace. */
  setDisplayName: (name: string) => void
}

const PreferencesContext = createContext<PreferencesApi | null>(null)

/** The user's own settings (kept by main in the app's folder, not in any workspace). */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [preferences, setPreferences] = useState<Preferences>({ theme: 'system', tourSeen: true, exported: [], displayName: '' })
  const [loaded, setLoaded] = useState(false)
  const { notify } = useNotices()

  useEffect(() => {
    void api.getPreferences({}).then(
      (stored) => {
        setPreferences(stored)
        setLoaded(true)
      },
      (error: unknown) => notify('error', errorMessage(error))
    )
  }, [notify])

  useEffect(() => {
    // light-dark() in the stylesheet follows color-scheme; data-theme overrides the OS setting.
    if (preferences.theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = preferences.theme
  }, [preferences.theme])

  const setTheme = useCallback(
    (theme: Theme) => {
      setPreferences((current) => ({ ...current, theme }))
      void api.setPreferences({ theme }).then(setPreferences, (error: unknown) => notify('error', errorMessage(error)))
    },
    [notify]
  )

  const setDisplayName = useCallback(
    (displayName: string) => {
      setPreferences((current) => ({ ...current, displayName }))
      void api.setPreferences({ displayName }).then(setPreferences, (error: unknown) => notify('error', errorMessage(error)))
    },
    [notify]
  )

  const markTourSeen = useCallback(() => {
    setPreferences((current) => ({ ...current, tourSeen: true }))
    void api.setPreferences({ tourSeen: true }).then(setPreferences, (error: unknown) => notify('error', errorMessage(error)))
  }, [notify])

  const markExported = useCallback(
    (workspaceId: string) => {
      if (preferences.exported.includes(workspaceId)) return
      const exported = [...preferences.exported, workspaceId].slice(-EXPORTED_REMEMBERED)
      setPreferences((current) => ({ ...current, exported }))
      void api.setPreferences({ exported }).then(setPreferences, (error: unknown) => notify('error', errorMessage(error)))
    },
    [notify, preferences.exported]
  )

  const value = useMemo(
    () => ({ preferences, loaded, setTheme, markTourSeen, markExported, setDisplayName }),
    [preferences, loaded, setTheme, markTourSeen, markExported, setDisplayName]
  )
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>
}

export function usePreferences(): PreferencesApi {
  const value = useContext(PreferencesContext)
  if (!value) throw new Error('usePreferences must be used inside PreferencesProvider')
  return value
}
