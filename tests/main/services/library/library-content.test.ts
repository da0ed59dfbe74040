import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadLibraryContent } from '../../../../src/main/services/library/library-content'
import { useTempDirs } from '../../../support/temp-dir'
import { RESOURCES } from '../../../support/workspaces'

describe('the library content loader', () => {
  const tempDir = useTempDirs()

  it('loads and validates every shipped library file', async () => {
    const content = await loadLibraryContent(join(RESOURCES, 'library'))
    expect(content.items.length).toBeGreaterThan(0)
    for (const item of content.items) expect(item.summary.length).toBeGreaterThan(40)
  })

  it('names the file and the problem when a library file is invalid', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'items'))
    await writeFile(join(dir, 'items', 'broken.json'), JSON.stringify({ id: 'Not A Slug', title: '' }))
    await expect(loadLibraryContent(dir)).rejects.toThrow(/broken\.json is invalid: id: must be a lower-case slug/)
  })

  it('refuses two items with the same id', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'items'))
    const shipped = await loadLibraryContent(join(RESOURCES, 'library'))
    const item = shipped.items[0]!
    await writeFile(join(dir, 'items', 'a.json'), JSON.stringify(item))
    await writeFile(join(dir, 'items', 'b.json'), JSON.stringify(item))
    await expect(loadLibraryContent(dir)).rejects.toThrow(/used twice/)
  })
})
