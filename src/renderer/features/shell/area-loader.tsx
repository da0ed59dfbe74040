import { useEffect, useState, type ComponentType } from 'react'

/**
 * An area whose code loads on demand, without React.lazy: Suspense holds back a reveal for up
 * to 300 ms to avoid flicker, even when the code was fetched long before. Here a preloaded area
 * renders at once, and one still loading shows a short "Loading…".
 */
export function loadableArea(load: () => Promise<{ default: ComponentType }>) {
  let ready: ComponentType | null = null
  let pending: Promise<ComponentType> | null = null
  const preload = () => (pending ??= load().then((module) => (ready = module.default)))

  function Area() {
    const [Component, setComponent] = useState<ComponentType | null>(() => ready)
    useEffect(() => {
      if (!Component) void preload().then((loaded) => setComponent(() => loaded))
    }, [Component])
    return Component ? <Component /> : <p className="loading" role="status">Loading…</p>
  }
  return { Area, preload }
}
