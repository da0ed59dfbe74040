/**
 * The section editor's keys, as in Word and Google Docs, listed on the shortcut sheet. Tiptap
 * binds them (Ctrl+K is the editor's own, see SectionBody); this list is what people are told.
 */
export const EDITOR_KEYS: readonly { keys: string[]; what: string }[] = [
  { keys: ['CmdOrCtrl+B', 'CmdOrCtrl+I'], what: 'Bold, italic' },
  { keys: ['CmdOrCtrl+Alt+1', 'CmdOrCtrl+Alt+2', 'CmdOrCtrl+Alt+3'], what: 'Heading 1, 2, 3' },
  { keys: ['CmdOrCtrl+Alt+0'], what: 'Normal text' },
  { keys: ['CmdOrCtrl+Shift+8', 'CmdOrCtrl+Shift+7'], what: 'Bullets, numbering' },
  { keys: ['CmdOrCtrl+Shift+B'], what: 'Quote' },
  { keys: ['CmdOrCtrl+K'], what: 'Add or change a link (while writing; elsewhere it opens the command palette)' },
  { keys: ['{{'], what: 'Insert your cluster’s data (a list to choose from)' },
  { keys: ['@'], what: 'Cite a reading from the library' },
  { keys: ['Tab', 'Shift+Tab'], what: 'Next or previous table cell; in a list, indent or outdent' }
]
