import type { ReadinessTodo } from '../../../shared/readiness/assess'
import { FIX_PLACE_LABELS } from '../../../shared/readiness/criteria'
import { useCommands } from '../commands/commands-context'

/** The gaps as a to-do list; each goes to the area of the app where it is closed. */
export function GapList({ todos }: { todos: readonly ReadinessTodo[] }) {
  const { runCommand } = useCommands()
  const go = (todo: ReadinessTodo) => {
    if (todo.fixAt !== 'readiness') return void runCommand(`go.${todo.fixAt}`)
    const card = document.getElementById(`criterion-${todo.criterion}`)
    card?.scrollIntoView({ block: 'center' })
    card?.querySelector<HTMLInputElement>('input, textarea')?.focus()
  }
  return (
    <section className="panel" aria-labelledby="gaps-title">
      <h2 id="gaps-title">To do ({todos.length})</h2>
      {todos.length === 0 ? (
        <p>No gaps: every criterion is met.</p>
      ) : (
        <ol className="gap-list">
          {todos.map((todo) => (
            <li key={todo.criterion}>
              <span>{todo.text}</span>
              <button className="link-button" onClick={() => go(todo)}>
                {todo.fixAt === 'readiness' ? 'Answer below' : `Go to ${FIX_PLACE_LABELS[todo.fixAt]}`}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
