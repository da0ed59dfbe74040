/** pdfkit's object reference (PDFReference), as far as its stream writing goes. */
type Reference = { write(chunk: string | Uint8Array): void; finalize(): void }

let batching = false

/**
 * Makes pdfkit encode the operators written to a stream in one go, when the stream is finished,
 * instead of one small byte array per operator.
 *
 * Why: react-pdf writes a page's text and shapes as tens of thousands of short operator strings
 * (a 50-page strategy: about a hundred thousand), and pdfkit turned each into its own byte array
 * (`fromBinaryString`), then joined them all again before compressing the stream: copying and
 * garbage for nothing. The bytes are the same: each string followed by a newline, every character
 * written as its low byte (pdfkit's rule; Node's 'latin1' encoding does the same). Byte chunks
 * (images, fonts) still go straight through, after any text written before them.
 */
export function batchStreamWrites(anyReference: object): void {
  if (batching) return
  batching = true
  const prototype = Object.getPrototypeOf(anyReference) as Reference
  const { write, finalize } = prototype
  const pending = new WeakMap<Reference, string[]>()
  const flush = (reference: Reference) => {
    const texts = pending.get(reference)
    if (!texts || texts.length === 0) return
    write.call(reference, Buffer.from(texts.join(''), 'latin1'))
    texts.length = 0
  }
  prototype.write = function (this: Reference, chunk) {
    if (typeof chunk !== 'string') {
      flush(this)
      return write.call(this, chunk)
    }
    let texts = pending.get(this)
    if (!texts) pending.set(this, (texts = []))
    texts.push(chunk, '\n')
  }
  prototype.finalize = function (this: Reference) {
    flush(this)
    return finalize.call(this)
  }
}
