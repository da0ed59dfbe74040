import { z } from 'zod'

/** What can be exported, and how it is laid out on paper. */
export const EXPORT_KINDS = ['strategy', 'pillar-map', 'directory', 'dossier'] as const
export const PAGE_SIZES = ['A4', 'A3', 'Letter'] as const
export const ORIENTATIONS = ['portrait', 'landscape'] as const
export const MARGINS = ['narrow', 'normal', 'wide'] as const

export type ExportKind = (typeof EXPORT_KINDS)[number]

/** Progress of an export, as the worker reports it. */
export const EXPORT_PHASES = ['layout', 'contents', 'finishing', 'done', 'cancelled'] as const
export type ExportPhase = (typeof EXPORT_PHASES)[number]
export type PageSize = (typeof PAGE_SIZES)[number]

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  strategy: 'Strategy plan',
  'pillar-map': 'Pillar map',
  directory: 'Member directory',
  dossier: 'Founding dossier'
}

export const PdfOptionsSchema = z.object({
  size: z.enum(PAGE_SIZES).default('A4'),
  orientation: z.enum(ORIENTATIONS).default('portrait'),
  margins: z.enum(MARGINS).default('normal')
})
export type PdfOptions = z.output<typeof PdfOptionsSchema>

/** Page sizes in PDF points (1/72 inch). */
const PAGE_POINTS: Record<PageSize, readonly [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  Letter: [612, 792]
}
const MARGIN_POINTS = { narrow: 36, normal: 54, wide: 72 } as const

/** Space kept for the running header and footer. */
export const HEADER_HEIGHT = 22
export const FOOTER_HEIGHT = 22

export type PageGeometry = {
  width: number
  height: number
  margin: number
  /** The area between header and footer where content goes. */
  contentWidth: number
  contentHeight: number
}

export function pageGeometry(options: PdfOptions): PageGeometry {
  const [short, long] = PAGE_POINTS[options.size]
  const [width, height] = options.orientation === 'portrait' ? [short, long] : [long, short]
  const margin = MARGIN_POINTS[options.margins]
  return {
    width,
    height,
    margin,
    contentWidth: width - 2 * margin,
    contentHeight: height - 2 * margin - HEADER_HEIGHT - FOOTER_HEIGHT
  }
}
