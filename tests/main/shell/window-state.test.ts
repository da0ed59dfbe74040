import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, placeWindow } from '../../../src/main/shell/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('placeWindow', () => {
  it('reopens where it was, maximised or not', () => {
    expect(placeWindow({ x: 1600, y: 100, width: 1800, height: 1100, maximized: true }, [laptop, monitor])).toEqual({ bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true })
  })

  it('falls back to the primary screen when the saved screen is gone', () => {
    expect(placeWindow({ x: 1600, y: 100, width: 1800, height: 1100, maximized: false }, [laptop])).toEqual({ bounds: { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height }, maximized: false })
  })

  it('shrinks a window that no longer fits its screen, but never below the minimum', () => {
    expect(placeWindow({ x: 10, y: 10, width: 3000, height: 2000, maximized: false }, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 1440, height: 900 })
    expect(placeWindow({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 880, height: 560 })
  })

  it('uses a default size on first launch, fitted to a small screen', () => {
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ bounds: { width: 1024, height: 700 }, maximized: false })
  })
})
