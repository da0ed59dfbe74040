import { useEffect, useState } from 'react'

/**
 * `value` as it was when the page was last idle (at most `timeout` ms behind). For summaries
 * beside a busy view: after a drop on the map, the balance panel re-rendered straight away
 * (useDeferredValue) and the drop's own frame reached the screen ~20 ms later for it.
 */
export function useIdleValue<T>(value: T, timeout = 500): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(settled, value)) return
    const handle = requestIdleCallback(() => setSettled(() => value), { timeout })
    return () => cancelIdleCallback(handle)
  }, [value, settled, timeout])
  return settled
}
