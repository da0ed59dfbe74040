import { useEffect, useRef, type ReactNode } from 'react'

type Props = { title: string; open: boolean; onClose: () => void; children: ReactNode; wide?: boolean }

/**
 * A modal built on <dialog>: the browser traps focus and makes the page behind it inert;
 * Escape closes it, and focus returns to whatever opened it.
 */
export function Modal({ title, open, onClose, children, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
      return () => opener?.focus()
    }
    if (!open && dialog.open) dialog.close()
    return undefined
  }, [open])
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby="modal-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <h2 id="modal-title">{title}</h2>
          {children}
        </>
      )}
    </dialog>
  )
}
