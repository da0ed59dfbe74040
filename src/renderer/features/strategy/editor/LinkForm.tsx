import type { Editor } from '@tiptap/core'
import { useId, useState } from 'react'
import { safeHref } from '../../../../shared/document/safe-url'

/** What a person types as a link: a full address, a bare "example.org", or an e-mail address. */
export function linkTarget(typed: string): string | null {
  const text = typed.trim()
  if (!text) return null
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return safeHref(`mailto:${text}`)
  return safeHref(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
}

/** Adds, changes or removes the link on the selected words (Ctrl+K). */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [address, setAddress] = useState(() => String(editor.getAttributes('link').href ?? ''))
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  const had = editor.isActive('link')

  function apply() {
    const href = linkTarget(address)
    if (!href) return setProblem('Only web addresses (https://…) and e-mail addresses can be links.')
    const chain = editor.chain().focus().extendMarkRange('link')
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !had) chain.insertContent({ type: 'text', text: address.trim(), marks: [{ type: 'link', attrs: { href } }] }).run()
    else chain.setLink({ href }).run()
    onClose()
  }

  return (
    <form
      className="link-form"
      aria-label="Link"
      onSubmit={(event) => {
        event.preventDefault()
        apply()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          editor.commands.focus()
          onClose()
        }
      }}
    >
      <label htmlFor={`${id}-href`}>Link to</label>
      <input id={`${id}-href`} autoFocus value={address} placeholder="https://… or name@example.org" onChange={(event) => (setAddress(event.target.value), setProblem(null))} aria-invalid={problem !== null} aria-describedby={problem ? `${id}-problem` : undefined} />
      <button type="submit" className="primary">{had ? 'Change link' : 'Add link'}</button>
      {had && (
        <button type="button" onClick={() => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), onClose())}>Remove link</button>
      )}
      <button type="button" onClick={() => (editor.commands.focus(), onClose())}>Cancel</button>
      {problem && <p id={`${id}-problem`} className="field-error" role="alert">{problem}</p>}
    </form>
  )
}
