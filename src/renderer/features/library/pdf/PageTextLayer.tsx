import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { pdfjs, usePageContext } from 'react-pdf'
import { markFound } from './find-marks'
import { textOf } from './page-text'
import { sliceTextContent, TEXT_SLICE } from './text-slices'

/**
 * The page's selectable, searchable text over the canvas: react-pdf's text layer, rebuilt so that
 * pdf.js lays the text out a slice at a time (see text-slices.ts) and find marks are made of DOM
 * nodes (react-pdf parsed a custom renderer's output as HTML, item by item, on every render).
 * It keeps react-pdf's class names, so react-pdf's text layer styles apply unchanged.
 */
export function PageTextLayer({ find }: { find: string }) {
  const context = usePageContext()
  const layer = useRef<HTMLDivElement>(null)
  // Counts finished layouts: marks are applied to the spans of the latest one.
  const [drawn, setDrawn] = useState(0)
  const page = context?.page
  const scale = context?.scale ?? 1
  const rotation = context?.rotate ?? 0
  // Read once per page; a zoom lays the same text out again.
  const content = page ? textOf(page) : null

  useLayoutEffect(() => {
    const container = layer.current
    if (!page || !content || !container) return
    container.replaceChildren()
    let textLayer: InstanceType<typeof pdfjs.TextLayer> | null = null
    let cancelled = false
    content
      .then((text) => {
        if (cancelled) return
        textLayer = new pdfjs.TextLayer({ container, textContentSource: sliceTextContent(text, TEXT_SLICE), viewport: page.getViewport({ scale, rotation }) })
        return textLayer.render().then(() => {
          // pdf.js's styles extend a selection to this element at the end of the text.
          const end = document.createElement('div')
          end.className = 'endOfContent'
          container.append(end)
          setDrawn((count) => count + 1)
        })
      })
      .catch((error: unknown) => {
        // Cancelled on a page or zoom change; anything else leaves the page readable, just not selectable.
        if (!cancelled && !(error instanceof pdfjs.AbortException)) console.warn('The text layer could not be drawn:', error)
      })
    return () => {
      cancelled = true
      textLayer?.cancel()
    }
  }, [page, content, scale, rotation])

  useEffect(() => {
    if (layer.current) markFound(layer.current, find)
  }, [find, drawn])

  return (
    <div
      ref={layer}
      className="react-pdf__Page__textContent textLayer"
      // As react-pdf does: while selecting, pdf.js's styles keep the selection from jumping.
      onMouseDown={() => layer.current?.classList.add('selecting')}
      onMouseUp={() => layer.current?.classList.remove('selecting')}
    />
  )
}
