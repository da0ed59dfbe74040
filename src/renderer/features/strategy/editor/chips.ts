import { InputRule, Node, type JSONContent } from '@tiptap/core'
import { CITATION, citationIds, PLACEHOLDER } from '../../../../shared/document/markdown'
import { isKnownPlaceholder } from '../../../../shared/strategy/placeholders'

/** What a chip shows: its text, a tooltip, and whether it needs the team's attention. */
export type ChipLabel = { text: string; title: string; flagged: boolean }
export type ChipLabels = { placeholder: (key: string) => ChipLabel; citation: (ids: readonly string[]) => ChipLabel }
/** One entry of a completion list: what it inserts and how it reads. */
export type Choice = { id: string; label: string; detail: string }
/** What `{{` and `@` offer to insert: the workspace's data and the library's readings. */
export type ChipChoices = { placeholders: readonly Choice[]; citations: readonly Choice[] }

/**
 * The labels chips show and the choices offered to insert them. The editor lives longer than a render, so chips read the latest labels
 * from here and redraw when the workspace or the library changes (not on every keystroke).
 */
export class ChipDirectory {
  private redraws = new Set<() => void>()
  constructor(
    public labels: ChipLabels,
    public choices: ChipChoices
  ) {}
  update(labels: ChipLabels, choices: ChipChoices): void {
    this.labels = labels
    this.choices = choices
    for (const redraw of this.redraws) redraw()
  }
  watch(redraw: () => void): () => void {
    this.redraws.add(redraw)
    return () => void this.redraws.delete(redraw)
  }
}

const anchored = (pattern: RegExp) => new RegExp(`^(?:${pattern.source})`)
const PLACEHOLDER_AT_START = anchored(PLACEHOLDER)
const CITATION_AT_START = anchored(CITATION)

type ChipSpec = {
  name: 'dataField' | 'citation'
  pattern: RegExp
  opener: string
  /** The attributes read from a match of `pattern` (group 1 is the key or the ids). */
  attrs: (inner: string, raw: string) => Record<string, string>
  label: (labels: ChipLabels, attrs: Record<string, string>) => ChipLabel
}

/**
 * An inline atom that stands for a piece of Markdown text and writes back exactly that text
 * (`raw`), so a section loaded and saved without edits keeps its bytes.
 */
function chipNode(spec: ChipSpec) {
  return Node.create<{ directory: ChipDirectory | null }>({
    name: spec.name,
    group: 'inline',
    inline: true,
    atom: true,
    selectable: true,
    addOptions: () => ({ directory: null }),
    addAttributes: () => ({ key: { default: '' }, raw: { default: '' } }),
    parseHTML: () => [
      {
        tag: `span[data-${spec.name}]`,
        getAttrs: (element) => {
          const raw = element.getAttribute(`data-${spec.name}`) ?? ''
          const match = spec.pattern.exec(raw)
          return match?.[0] === raw ? spec.attrs(match[1]!, raw) : false
        }
      }
    ],
    renderHTML: ({ node }) => ['span', { [`data-${spec.name}`]: node.attrs.raw }, node.attrs.raw as string],
    renderText: ({ node }) => node.attrs.raw as string,
    markdownTokenizer: {
      name: spec.name,
      level: 'inline',
      start: (src) => src.indexOf(spec.opener),
      tokenize(src) {
        const match = spec.pattern.exec(src)
        return match ? { type: spec.name, raw: match[0], inner: match[1] } : undefined
      }
    },
    parseMarkdown: (token): JSONContent => ({ type: spec.name, attrs: spec.attrs(String(token.inner), token.raw ?? '') }),
    renderMarkdown: (node) => String(node.attrs?.raw ?? ''),
    addNodeView() {
      const directory = this.options.directory
      return ({ node }) => {
        const dom = document.createElement('span')
        dom.className = `chip chip-${spec.name}`
        dom.contentEditable = 'false'
        const draw = () => {
          if (!directory) return void (dom.textContent = node.attrs.raw as string)
          const label = spec.label(directory.labels, node.attrs as Record<string, string>)
          dom.textContent = label.text
          dom.title = label.title
          dom.classList.toggle('chip-flagged', label.flagged)
          // Read aloud as what it is and what it shows, not as the code behind it.
          dom.setAttribute('aria-label', `${spec.name === 'citation' ? 'Citation' : 'Data'}: ${label.text}${label.flagged ? ` (${label.title})` : ''}`)
        }
        draw()
        const stop = directory?.watch(draw)
        return { dom, destroy: () => stop?.() }
      }
    }
  })
}

const PLACEHOLDER_TYPED = new RegExp(`(?:${PLACEHOLDER.source})$`)

export const makeDataFieldChip = (directory: ChipDirectory | null) =>
  chipNode({
    name: 'dataField',
    pattern: PLACEHOLDER_AT_START,
    opener: '{{',
    attrs: (key, raw) => ({ key, raw }),
    label: (labels, attrs) => labels.placeholder(attrs.key!)
  })
    .extend({
      // `{{cluster.name}}` typed out in full becomes a chip too, but only for data the app knows:
      // a typo stays plain text (and is listed as unknown) rather than becoming a chip.
      addInputRules() {
        return [
          new InputRule({
            find: PLACEHOLDER_TYPED,
            handler: ({ state, range, match }) => {
              if (!isKnownPlaceholder(match[1]!)) return null
              state.tr.replaceWith(range.from, range.to, this.type.create({ key: match[1], raw: match[0] }))
              return undefined
            }
          })
        ]
      }
    })
    .configure({ directory })

export const makeCitationChip = (directory: ChipDirectory | null) =>
  chipNode({
    name: 'citation',
    pattern: CITATION_AT_START,
    opener: '[@',
    attrs: (inner, raw) => ({ key: citationIds(inner).join(';'), raw }),
    label: (labels, attrs) => labels.citation(attrs.key!.split(';'))
  }).configure({ directory })

/** A chip inserted from a menu, as an inline node (inserted as Markdown it would open a new paragraph). */
export const placeholderChip = (key: string): JSONContent => ({ type: 'dataField', attrs: { key, raw: `{{${key}}}` } })
export const citationChip = (id: string): JSONContent => ({ type: 'citation', attrs: { key: id, raw: `[@${id}]` } })
