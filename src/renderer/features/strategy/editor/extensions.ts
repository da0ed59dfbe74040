import type { AnyExtension } from '@tiptap/core'
import { Placeholder } from '@tiptap/extension-placeholder'
import { TableKit } from '@tiptap/extension-table'
import { Markdown } from '@tiptap/markdown'
import StarterKit from '@tiptap/starter-kit'
import { safeHref } from '../../../../shared/document/safe-url'
import { makeCitationChip, makeDataFieldChip, type ChipDirectory } from './chips'

/**
 * What a section can hold: exactly what the Markdown document model prints (headings, emphasis,
 * lists, links, tables, quotes, code), plus chips for placeholders and citations. No underline:
 * Markdown has none, so it could not be saved.
 */
export function sectionExtensions(directory: ChipDirectory | null, extra: AnyExtension[] = []): AnyExtension[] {
  return [
    StarterKit.configure({
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        // Only web pages and mail addresses become links, as everywhere else in the app.
        isAllowedUri: (url) => safeHref(url) !== null,
        shouldAutoLink: (url) => safeHref(url.includes(':') ? url : `https://${url}`) !== null
      }
    }),
    TableKit.configure({ table: { resizable: false } }),
    Placeholder.configure({ placeholder: 'Write here. Type {{ to insert your cluster’s data, or @ to cite the library.' }),
    Markdown.configure({ indentation: { style: 'space', size: 2 } }),
    makeDataFieldChip(directory),
    makeCitationChip(directory),
    ...extra
  ]
}
