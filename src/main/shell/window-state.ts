export type Rect = { x: number; y: number; width: number; height: number }
export type SavedWindow = Rect & { maximized: boolean }

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MIN_SIZE = { width: 880, height: 560 }

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

/**
 * Where to open the window: where it was last time if that is still on a screen (a laptop may
 * have left its external monitor behind), otherwise a sensible size on the primary screen.
 */
export function placeWindow(saved: SavedWindow | null, workAreas: readonly Rect[]): { bounds: Rect | { width: number; height: number }; maximized: boolean } {
  const primary = workAreas[0]
  if (saved && workAreas.some((area) => overlap(saved, area) >= 100 * 100)) {
    const area = workAreas.reduce((best, candidate) => (overlap(saved, candidate) > overlap(saved, best) ? candidate : best))
    const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width))
    const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height))
    return { bounds: { x: saved.x, y: saved.y, width, height }, maximized: saved.maximized }
  }
  const width = primary ? Math.min(DEFAULT_SIZE.width, primary.width) : DEFAULT_SIZE.width
  const height = primary ? Math.min(DEFAULT_SIZE.height, primary.height) : DEFAULT_SIZE.height
  return { bounds: { width, height }, maximized: saved?.maximized ?? false }
}
