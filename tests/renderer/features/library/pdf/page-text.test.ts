import { describe, expect, it, vi } from 'vitest'
import { plainTextOf, textOf, type PdfPage } from '../../../../../src/renderer/features/library/pdf/page-text'

/** A page as far as its text goes: pdf.js's text items and marked-content markers. */
function fakePage(items: unknown[]) {
  const getTextContent = vi.fn(async () => ({ items, styles: {}, lang: null }))
  return { page: { getTextContent } as unknown as PdfPage, getTextContent }
}

describe('page text', () => {
  it('asks the worker once per page, for the text layer and find alike', async () => {
    const { page, getTextContent } = fakePage([{ str: 'Harbour' }])
    const first = textOf(page)
    expect(textOf(page)).toBe(first)
    await plainTextOf(page)
    expect(getTextContent).toHaveBeenCalledTimes(1)
    expect(getTextContent).toHaveBeenCalledWith({ includeMarkedContent: true })
  })

  it('gives find the words alone: marked-content markers add no text and no extra spaces', async () => {
    const { page } = fakePage([{ type: 'beginMarkedContent', tag: 'P' }, { str: 'Blue' }, { str: 'economy' }, { type: 'endMarkedContent' }, { str: 'strategy' }])
    await expect(plainTextOf(page)).resolves.toBe('Blue economy strategy')
  })
})
