import type { TextContent } from 'react-pdf'

/** How many text runs pdf.js lays out in one task: small enough that a slice stays a short task. */
export const TEXT_SLICE = 40

/** Resolves in a later task, after the browser has had a chance to paint and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * A page's text as a stream of small slices, each released in its own task. pdf.js's text layer
 * measures every run of text with a canvas (it sets the font, then measures, item by item); given
 * the whole page at once it did that in one long task, which held up input and painting. Fed slice by slice, the same work is spread over short tasks.
 */
export function sliceTextContent(content: TextContent, size: number, yieldTask: () => Promise<void> = nextTask): ReadableStream<TextContent> {
  let at = 0
  let cancelled = false
  return new ReadableStream<TextContent>(
    {
      async pull(controller) {
        if (at > 0) await yieldTask()
        if (cancelled) return // the layer was cancelled while this slice waited for its task
        // Styles are keyed by font name and merged by pdf.js: sent once, with the first slice.
        controller.enqueue({ ...content, items: content.items.slice(at, at + size), styles: at === 0 ? content.styles : {} })
        at += size
        if (at >= content.items.length) controller.close()
      },
      cancel() {
        cancelled = true
      }
    },
    // Nothing is sliced ahead of the reader, so a cancelled layer stops at once.
    { highWaterMark: 0 }
  )
}
