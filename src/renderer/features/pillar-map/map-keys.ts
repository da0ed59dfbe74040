/** The pillar map's keys, shown on the map itself and on the shortcut sheet. */
export const MAP_KEYS: readonly { keys: string[]; what: string }[] = [
  { keys: ['Space'], what: 'Pick up the card with the focus; Space again drops it' },
  { keys: ['←', '→', '↑', '↓'], what: 'Move a picked-up card between pillars and along a pillar' },
  { keys: ['Esc'], what: 'Put a picked-up card back where it was' },
  { keys: ['Ctrl+Space'], what: 'Add the card to the selection, to move several at once' },
  { keys: ['Enter'], what: 'Edit the member' },
  { keys: ['Shift+F10'], what: 'More actions (also the context menu key)' }
]
