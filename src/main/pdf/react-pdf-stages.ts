import layoutDocument, { type SafeDocumentNode, type SafePageNode } from '@react-pdf/layout'
import renderPdf from '@react-pdf/render'
import { Font, pdf } from '@react-pdf/renderer'
import PDFDocument from 'pdfkit'
import type { ReactElement } from 'react'
import { batchStreamWrites } from './pdfkit-content'

/**
 * react-pdf's two stages, run separately: `renderToBuffer` lays a document out and draws it into a
 * new PDF at once. Kept apart, the body and the front matter are laid out on their own (the
 * contents need the body's page numbers first) and drawn into ONE file with the running header,
 * page numbers and outline added by pdfkit: no second file to parse, copy pages from and write
 * again.
 */

/** A document element laid out into pages (react-pdf's reconciler, then its layout engine). */
export async function layOut(element: ReactElement): Promise<SafeDocumentNode> {
  const tree = pdf(element as Parameters<typeof pdf>[0]).container.document as Parameters<typeof layoutDocument>[0]
  // The font store is the second argument at run time, though the published types name one.
  return (layoutDocument as unknown as (tree: unknown, fonts: typeof Font) => Promise<SafeDocumentNode>)(tree, Font)
}

export type PdfInfo = { title: string; author: string; subject: string; creator: string; producer: string; language: string }

/**
 * Draws laid-out pages into a PDF, as react-pdf's renderer would (same pdfkit options), then lets
 * `finish` draw onto any page (pages stay in memory until the end) before the file is written.
 */
export function writePdf(document: SafeDocumentNode, pages: SafePageNode[], info: PdfInfo, finish: (pdf: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const output = new PDFDocument({
    compress: true,
    lang: info.language,
    displayTitle: true,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: info.creator, Producer: info.producer, CreationDate: new Date() }
  })
  batchStreamWrites((output as unknown as { _root: object })._root)
  const chunks: Buffer[] = []
  const written = new Promise<Uint8Array>((resolve, reject) => {
    output.on('data', (chunk: Buffer) => chunks.push(chunk))
    output.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    output.on('error', reject)
  })
  // react-pdf's renderer draws every page and then ends the file; `finish` runs just before that end.
  const end = output.end.bind(output)
  output.end = () => {
    finish(output)
    end()
  }
  renderPdf(output as unknown as Parameters<typeof renderPdf>[0], { ...document, children: pages })
  return written
}
