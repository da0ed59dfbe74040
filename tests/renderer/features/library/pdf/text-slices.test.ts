import { describe, expect, it } from 'vitest'
import type { TextContent } from 'react-pdf'
import { nextTask, sliceTextContent } from '../../../../../src/renderer/features/library/pdf/text-slices'

const item = (str: string) => ({ str, dir: 'ltr', transform: [1, 0, 0, 1, 0, 0], width: 10, height: 10, fontName: 'f1', hasEOL: false })
const content = (count: number): TextContent => ({
  items: Array.from({ length: count }, (_, index) => item(`run ${index}`)),
  styles: { f1: { fontFamily: 'serif', ascent: 0.8, descent: -0.2, vertical: false } },
  lang: 'en'
})

/** Reads the stream as pdf.js's text layer does, counting the tasks it waited for. */
async function readAll(stream: ReadableStream<TextContent>) {
  const slices: TextContent[] = []
  const reader = stream.getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) slices.push(next.value)
  return slices
}

describe('a page text fed to pdf.js in slices', () => {
  it('gives every run once, in order, the styles and language with the first slice', async () => {
    let yields = 0
    const page = content(95)
    const slices = await readAll(sliceTextContent(page, 40, () => Promise.resolve(void (yields += 1))))
    expect(slices.map((slice) => slice.items.length)).toEqual([40, 40, 15])
    expect(slices.flatMap((slice) => slice.items)).toEqual(page.items)
    expect(slices[0]!.styles).toEqual(page.styles)
    expect(slices.slice(1).map((slice) => slice.styles)).toEqual([{}, {}])
    expect(slices.every((slice) => slice.lang === 'en')).toBe(true)
    // The first slice comes at once; each later one waits for a new task.
    expect(yields).toBe(2)
  })

  it('sends an empty page as one empty slice, so the layer still finishes', async () => {
    const slices = await readAll(sliceTextContent(content(0), 40))
    expect(slices).toHaveLength(1)
    expect(slices[0]!.items).toEqual([])
  })

  it('slices nothing ahead of the reader, and stops when it is cancelled', async () => {
    let yields = 0
    const reader = sliceTextContent(content(200), 40, () => Promise.resolve(void (yields += 1))).getReader()
    await reader.read()
    await reader.cancel()
    expect(yields).toBe(0)
    expect((await reader.read()).done).toBe(true)
  })

  it('is cancelled cleanly while a slice waits for its task (a page change mid-layout)', async () => {
    let release = () => {}
    const reader = sliceTextContent(content(200), 40, () => new Promise<void>((resolve) => (release = resolve))).getReader()
    await reader.read()
    const pending = reader.read() // asks for the second slice, which waits for its task
    await reader.cancel()
    release()
    expect((await pending).done).toBe(true)
    await nextTask() // the slice that was waiting is dropped without an error
  })

  it('waits for a new task between slices, not a microtask', async () => {
    const order: string[] = []
    const waited = nextTask().then(() => order.push('task'))
    await Promise.resolve().then(() => order.push('microtask'))
    await waited
    expect(order).toEqual(['microtask', 'task'])
  })
})
