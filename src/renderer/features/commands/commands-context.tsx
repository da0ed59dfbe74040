import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'

/** Something the user can do by name: from the palette, a shortcut, or the native menu. */
export type PaletteCommand = {
  id: string
  title: string
  group: string
  /** Shown next to the title, e.g. "Ctrl+N". */
  shortcut?: string | null
  run: () => void
}

type Registry = {
  commands: PaletteCommand[]
  register: (owner: string, commands: PaletteCommand[]) => () => void
  /** Runs the command with this id offered last; false when none is on offer. */
  runCommand: (id: string) => boolean
}

const CommandsContext = createContext<Registry | null>(null)

/** Holds the commands each part of the screen offers; later registrations override earlier ones. */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const [owners, setOwners] = useState<Map<string, PaletteCommand[]>>(new Map())
  const latest = useRef(owners)
  useEffect(() => {
    latest.current = owners
  }, [owners])

  const register = useCallback((owner: string, commands: PaletteCommand[]) => {
    setOwners((current) => new Map(current).set(owner, commands))
    return () =>
      setOwners((current) => {
        const next = new Map(current)
        next.delete(owner)
        return next
      })
  }, [])

  const commands = useMemo(() => {
    const byId = new Map<string, PaletteCommand>()
    for (const list of owners.values()) for (const command of list) byId.set(command.id, command)
    return [...byId.values()]
  }, [owners])

  const runCommand = useCallback((id: string) => {
    for (const list of [...latest.current.values()].reverse()) {
      const command = list.find((candidate) => candidate.id === id)
      if (command) {
        command.run()
        return true
      }
    }
    return false
  }, [])

  const value = useMemo(() => ({ commands, register, runCommand }), [commands, register, runCommand])
  return <CommandsContext.Provider value={value}>{children}</CommandsContext.Provider>
}

export function useCommands(): Registry {
  const value = useContext(CommandsContext)
  if (!value) throw new Error('useCommands must be used inside CommandsProvider')
  return value
}

/** Offers `commands` while the calling component is on screen. Pass a memoised array. */
export function useRegisterCommands(owner: string, commands: PaletteCommand[]): void {
  const { register } = useCommands()
  useEffect(() => register(owner, commands), [register, owner, commands])
}
