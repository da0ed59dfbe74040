/** Where the reader is inside the library; the library page keeps a history of these for Back. */
export type LibraryView =
  | { type: 'home' }
  | { type: 'introduction' }
  | { type: 'item'; id: string }
  | { type: 'exemplar'; id: string }
  | { type: 'compare'; ids: string[] }
  | { type: 'pillars' }
  | { type: 'resource'; id: string }

export type Navigate = (view: LibraryView) => void

/** The most exemplars the comparison table shows side by side. */
export const MAX_COMPARED = 4
