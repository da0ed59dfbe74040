import { useCallback, useState, type FocusEvent, type PointerEvent } from 'react'

type Tip = { id: string; text: string; left: number; top: number }

/**
 * The full name of a card whose name is cut short, shown under the card while the pointer rests
 * on it or the keyboard focus is on it. It is drawn once for the board, in fixed position: the
 * lanes scroll and clip, and a `title` never shows on keyboard focus. Screen readers already get
 * the whole name from the card's text, so the tip is hidden from them.
 */
export function useCardNameTip() {
  const [tip, setTip] = useState<Tip | null>(null)

  const showFor = useCallback((target: EventTarget | null) => {
    const card = target instanceof Element ? target.closest<HTMLElement>('.member-card') : null
    const name = card?.querySelector<HTMLElement>('.card-name')
    const id = card?.dataset.memberId
    if (!card || !name || !id) return setTip(null)
    // Only names the card cuts short (two lines, then "…") need the tip.
    if (name.scrollHeight <= name.clientHeight + 1 && name.scrollWidth <= name.clientWidth + 1) return setTip(null)
    const rect = card.getBoundingClientRect()
    setTip({ id, text: name.textContent ?? '', left: rect.left, top: rect.bottom + 4 })
  }, [])

  const hide = useCallback(() => setTip(null), [])

  const boardProps = {
    onPointerOver: (event: PointerEvent) => showFor(event.target),
    onPointerLeave: hide,
    onFocusCapture: (event: FocusEvent) => showFor(event.target),
    onBlurCapture: hide,
    onScrollCapture: hide
  }

  const element = tip ? (
    <div className="card-name-tip" aria-hidden="true" data-for={tip.id} style={{ left: tip.left, top: tip.top }}>
      {tip.text}
    </div>
  ) : null

  return { boardProps, element, hide }
}
