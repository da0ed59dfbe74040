import { Extension, type Editor, type JSONContent, type Range } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import { Suggestion, type SuggestionKeyDownProps, type SuggestionProps } from '@tiptap/suggestion'
import { citationChip, placeholderChip, type ChipDirectory, type Choice } from './chips'

// Short enough to need no scrolling (a scrolled list the keyboard cannot reach is an obstacle).
const MAX_SHOWN = 6
/** Stands in the list for the entries left out: they appear as the query narrows. */
const MORE = 'more'

function matching(choices: readonly Choice[], query: string): Choice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const found = choices.filter((choice) => words.every((word) => `${choice.label} ${choice.detail} ${choice.id}`.toLowerCase().includes(word)))
  const more = found.length - MAX_SHOWN
  return more > 0 ? [...found.slice(0, MAX_SHOWN), { id: MORE, label: '', detail: `${more} more: type to narrow the list` }] : found
}

/** Puts a chip where the trigger and the query were typed. */
export function insertChip(editor: Editor, range: Range, chip: JSONContent) {
  editor.chain().focus().insertContentAt(range, [chip, { type: 'text', text: ' ' }]).run()
}

/** A line of the list that cannot be chosen (a listbox holds only options, so it is a disabled one). */
function note(text: string) {
  const line = Object.assign(document.createElement('li'), { textContent: text, className: 'muted' })
  line.setAttribute('role', 'option')
  line.setAttribute('aria-disabled', 'true')
  return line
}

/**
 * A small list under the caret, driven from the keyboard (arrows, Enter, Escape) or the mouse.
 * Plain DOM: it lives with the editor's plugin, outside React's tree.
 */
function listPopup(title: string, empty: string) {
  let props: SuggestionProps<Choice, Choice> | null = null
  let active = 0
  let unmount: (() => void) | null = null
  const list = document.createElement('ul')
  list.className = 'chip-suggestions'
  list.setAttribute('role', 'listbox')
  list.setAttribute('aria-label', title)

  const draw = () => {
    const items = props?.items.filter((choice) => choice.id !== MORE) ?? []
    const more = props?.items.find((choice) => choice.id === MORE)
    list.replaceChildren(
      ...(items.length
        ? items.map((choice, index) => {
            const option = document.createElement('li')
            option.setAttribute('role', 'option')
            option.setAttribute('aria-selected', String(index === active))
            option.append(Object.assign(document.createElement('span'), { textContent: choice.label }), Object.assign(document.createElement('small'), { textContent: choice.detail }))
            // mousedown, not click: the editor must keep its selection.
            option.addEventListener('mousedown', (event) => {
              event.preventDefault()
              props?.command(choice)
            })
            return option
          })
        : [note(empty)]),
      ...(more ? [note(more.detail)] : [])
    )
  }

  return {
    onStart(next: SuggestionProps<Choice, Choice>) {
      props = next
      active = 0
      draw()
      unmount = next.mount(list)
    },
    onUpdate(next: SuggestionProps<Choice, Choice>) {
      props = next
      active = Math.min(active, Math.max(0, next.items.filter((choice) => choice.id !== MORE).length - 1))
      draw()
    },
    onKeyDown({ event }: SuggestionKeyDownProps) {
      const items = props?.items.filter((choice) => choice.id !== MORE) ?? []
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % Math.max(1, items.length)
        draw()
        return true
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const choice = items[active]
        if (choice) props?.command(choice)
        return Boolean(choice)
      }
      return false
    },
    onExit() {
      unmount?.()
      unmount = null
      props = null
    }
  }
}

/**
 * `{{` lists the workspace's data and `@` the library's readings; choosing inserts a chip. Only
 * listed entries can be chosen, so typing cannot create a placeholder no data fills.
 */
export const chipSuggestions = (directory: ChipDirectory) =>
  Extension.create({
    name: 'chipSuggestions',
    addProseMirrorPlugins() {
      const editor = this.editor
      return [
        Suggestion<Choice, Choice>({
          editor,
          pluginKey: new PluginKey('dataFieldSuggestion'),
          char: '{{',
          allowedPrefixes: null,
          // Closed once the braces are: what was typed out in full is handled by the chip's input rule.
          allow: ({ state, range }) => !state.doc.textBetween(range.from, range.to).includes('}'),
          items: ({ query }) => matching(directory.choices.placeholders, query.replace(/\}+$/, '')),
          command: ({ editor, range, props }) => insertChip(editor, range, placeholderChip(props.id)),
          render: () => listPopup('Insert workspace data', 'No workspace data matches')
        }),
        Suggestion<Choice, Choice>({
          editor,
          pluginKey: new PluginKey('citationSuggestion'),
          char: '@',
          items: ({ query }) => matching(directory.choices.citations, query),
          command: ({ editor, range, props }) => insertChip(editor, range, citationChip(props.id)),
          render: () => listPopup('Cite a library reading', 'No reading in the library matches')
        })
      ]
    }
  })
