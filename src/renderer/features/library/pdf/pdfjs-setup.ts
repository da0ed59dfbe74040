import type { ComponentProps } from 'react'
import { pdfjs, type Document } from 'react-pdf'
// The worker is bundled with the app and loaded from the app's own origin (CSP: worker-src 'self').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

/**
 * pdf.js hardened for documents from anywhere: no eval (fonts are never compiled to code),
 * no XFA forms, no network (fonts and character maps ship with the app), and no document
 * scripts (react-pdf never runs them; we do not enable pdf.js scripting).
 */
export const PDF_OPTIONS: ComponentProps<typeof Document>['options'] = {
  isEvalSupported: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).toString(),
  cMapPacked: true,
  standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).toString()
}

export const PDFJS_VERSION = pdfjs.version
