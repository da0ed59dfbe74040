import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { APP_COMMAND_IDS } from '../../src/shared/app-commands'
import { buildMenuTemplate } from '../../src/main/menu-template'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

describe('the application menu', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`on ${platform}: accelerators are unique and every item does something`, () => {
      const actions = { send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() }
      const template = buildMenuTemplate({ platform, appName: 'Cluster Workbench', recent: [{ name: 'A', path: '/a.cluster' }] }, actions)
      const items = flatten(template)
      const accelerators = items.map((item) => item.accelerator).filter(Boolean)
      expect(new Set(accelerators).size).toBe(accelerators.length)
      for (const item of items) {
        if (item.type === 'separator' || item.enabled === false) continue
        const wired = item.role !== undefined || typeof item.click === 'function' || Array.isArray(item.submenu)
        expect(wired, `menu item "${item.label}" does nothing`).toBe(true)
      }
      const labels = items.map((item) => item.label)
      expect(labels).toEqual(expect.arrayContaining(['New Workspace…', 'Open…', 'Open Recent', 'Save As…', 'Close Workspace', 'Undo', 'Redo']))
      items.find((item) => item.label === 'Save As…')?.click?.({} as never, undefined, {} as never)
      expect(actions.send).toHaveBeenCalledWith('workspace.save-as')
      items.find((item) => item.label === 'A')?.click?.({} as never, undefined, {} as never)
      expect(actions.openRecent).toHaveBeenCalledWith('/a.cluster')
      expect(template[0]?.role === 'appMenu').toBe(platform === 'darwin')
      // Every menu command is one the page knows, and every app command is in the menu.
      const ids = items.map((item) => item.id).filter((id): id is string => Boolean(id))
      for (const id of ids) expect(APP_COMMAND_IDS).toContain(id)
      expect(new Set(ids)).toEqual(new Set(APP_COMMAND_IDS))
      items.find((item) => item.id === 'view.theme-dark')?.click?.({} as never, undefined, {} as never)
      expect(actions.send).toHaveBeenCalledWith('view.theme-dark')
    })
  }
})
