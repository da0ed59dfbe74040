import { api } from '../../api'
import { loadOnce } from '../../state/load-once'

const library = loadOnce(() => api.getLibrary({}))

/** The curated library (items, exemplars, pillar guide, introduction), fetched once. */
export const loadLibrary = library.load
export const useLibraryContent = library.useContent
