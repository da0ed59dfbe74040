import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'

type Props<T> = {
  /** The text field's accessible name, and the list's. */
  label: string
  listLabel: string
  placeholder: string
  query: string
  onQueryChange: (query: string) => void
  /** Whether the list is shown (a palette always shows it; a search only while something is typed). */
  expanded: boolean
  options: readonly T[]
  optionKey: (option: T) => string
  renderOption: (option: T) => ReactNode
  onChoose: (option: T) => void
  /** Shown in the list when no option matches. */
  empty: ReactNode
  /** Escape empties the field (and is not passed on, e.g. to a dialog) while it holds text. */
  clearOnEscape?: boolean
  autoFocus?: boolean
  inputType?: 'search' | 'text'
  classes: { input?: string; list: string; option: string; empty: string }
}

/**
 * A text field with a list of choices (the WAI-ARIA combobox pattern): typing filters, arrow keys
 * move through the list, Enter chooses, a click chooses without taking the focus from the field.
 */
export function Combobox<T>(props: Props<T>) {
  const { options, query, expanded } = props
  // The highlighted option belongs to the query it was chosen for: a new query starts at the top.
  const [cursor, setCursor] = useState({ query, at: 0 })
  const setActive = (at: number) => setCursor({ query, at })
  const listId = useId()
  const at = Math.min(cursor.query === query ? cursor.at : 0, options.length - 1)
  const current = expanded && at >= 0 ? options[at] : undefined

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive(Math.min(options.length - 1, at + 1))
    else if (event.key === 'ArrowUp') setActive(Math.max(0, at - 1))
    else if (event.key === 'Enter' && current !== undefined) props.onChoose(current)
    else if (event.key === 'Escape' && props.clearOnEscape && query) props.onQueryChange('')
    else return
    event.preventDefault()
  }

  return (
    <>
      <input
        type={props.inputType ?? 'text'}
        className={props.classes.input}
        autoFocus={props.autoFocus}
        role="combobox"
        aria-label={props.label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current !== undefined ? `${listId}-${at}` : undefined}
        placeholder={props.placeholder}
        value={query}
        onChange={(event) => props.onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul className={props.classes.list} id={listId} role="listbox" aria-label={props.listLabel}>
          {options.length === 0 && <li className={props.classes.empty}>{props.empty}</li>}
          {options.map((option, position) => (
            <li
              key={props.optionKey(option)}
              id={`${listId}-${position}`}
              role="option"
              aria-selected={position === at}
              className={props.classes.option}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => props.onChoose(option)}
              onMouseEnter={() => setActive(position)}
            >
              {props.renderOption(option)}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
