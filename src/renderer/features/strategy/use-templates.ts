import { api } from '../../api'
import { loadOnce } from '../../state/load-once'

/** The strategy templates and the starter indicator library, fetched once. */
export const useTemplates = loadOnce(() => api.getTemplates({})).useContent
