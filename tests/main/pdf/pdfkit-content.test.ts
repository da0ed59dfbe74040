import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { batchStreamWrites } from '../../../src/main/pdf/pdfkit-content'

/** A stream object written through pdfkit's own reference API, and the whole uncompressed file. */
async function fileWith(writes: (string | Uint8Array)[]): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  batchStreamWrites((doc as unknown as { _root: object })._root)
  const stream = doc.ref({}) as unknown as { write(chunk: string | Uint8Array): void; end(): void }
  for (const chunk of writes) stream.write(chunk)
  stream.end()
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

describe('pdfkit stream writes, batched', () => {
  it('writes each string and a newline as their low bytes, with byte chunks in between in order', async () => {
    // pdfkit's rule: a character becomes its lowest byte (é 0xE9, € U+20AC 0xAC).
    const file = await fileWith(['BT /F1 10 Tf', '(é€) Tj', new Uint8Array([0, 255, 10, 7]), 'ET'])
    const expected = Buffer.concat([Buffer.from('BT /F1 10 Tf\n(\u00e9\u00ac) Tj\n', 'latin1'), Buffer.from([0, 255, 10, 7]), Buffer.from('ET\n', 'latin1')])
    expect(file.includes(Buffer.concat([Buffer.from('stream\n'), expected, Buffer.from('\nendstream')]))).toBe(true)
    expect(file.toString('latin1')).toContain(`/Length ${expected.length}\n`)
  })
})
