/** Whether this is a Mac, where the Command key stands in for Ctrl. */
export const isMac = () => /Mac|iPhone|iPad/.test(navigator.userAgent)

type Parsed = { mod: boolean; shift: boolean; alt: boolean; key: string }

/** Reads an Electron accelerator such as "CmdOrCtrl+Shift+S". */
export function parseAccelerator(accelerator: string): Parsed {
  const parts = accelerator.split('+')
  const key = (parts.pop() ?? '').toLowerCase()
  return { mod: parts.some((part) => /^(CmdOrCtrl|CommandOrControl|Ctrl|Cmd|Command)$/i.test(part)), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key }
}

export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const wanted = parseAccelerator(accelerator)
  const mod = isMac() ? event.metaKey : event.ctrlKey
  return mod === wanted.mod && event.shiftKey === wanted.shift && event.altKey === wanted.alt && event.key.toLowerCase() === wanted.key
}

/** "CmdOrCtrl+Shift+S" as the user's keyboard shows it: "Ctrl+Shift+S" or "⇧⌘S". */
export function displayAccelerator(accelerator: string): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator)
  const letter = key.length === 1 ? key.toUpperCase() : key
  if (isMac()) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${letter}`
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', letter].filter(Boolean).join('+')
}
