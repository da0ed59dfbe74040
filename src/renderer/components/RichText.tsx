import { Fragment, useMemo, type MouseEvent, type ReactNode } from 'react'
import { parseMarkdown } from '../../shared/document/markdown'
import type { Block, DocumentModel, Inline } from '../../shared/document/model'
import { api } from '../api'
import { ErrorBoundary } from './ErrorBoundary'

export type RichTextOptions = {
  /** How `[@id]` citations appear; by default the ids in brackets. */
  renderCitation?: (ids: string[]) => ReactNode
  /** How `{{key}}` placeholders appear; by default the key, marked as a placeholder. */
  renderPlaceholder?: (key: string) => ReactNode
}

function openLink(event: MouseEvent<HTMLAnchorElement>, href: string) {
  // Never navigate the app window: main opens checked links in the system browser.
  event.preventDefault()
  // A request to main, which checks the URL before it reaches shell.openExternal.
  void api.openExternal({ url: href }) // eng-disable OPEN_EXTERNAL_JS_CHECK
}

function renderInlines(nodes: readonly Inline[], options: RichTextOptions): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.value}</Fragment>
      case 'strong':
        return <strong key={index}>{renderInlines(node.children, options)}</strong>
      case 'emphasis':
        return <em key={index}>{renderInlines(node.children, options)}</em>
      case 'delete':
        return <del key={index}>{renderInlines(node.children, options)}</del>
      case 'code':
        return <code key={index}>{node.value}</code>
      case 'link':
        return node.href ? (
          <a key={index} href={node.href} onClick={(event) => openLink(event, node.href!)} rel="noreferrer" title={node.href}>
            {renderInlines(node.children, options)}
          </a>
        ) : (
          <span key={index} className="unsafe-link" title="This link was removed because it is not a web or e-mail address">
            {renderInlines(node.children, options)}
          </span>
        )
      case 'citation':
        return <Fragment key={index}>{options.renderCitation ? options.renderCitation(node.ids) : `[${node.ids.join('; ')}]`}</Fragment>
      case 'placeholder':
        return (
          <Fragment key={index}>
            {options.renderPlaceholder ? options.renderPlaceholder(node.key) : <span className="placeholder">{`{{${node.key}}}`}</span>}
          </Fragment>
        )
      case 'break':
        return <br key={index} />
    }
  })
}

function renderBlocks(blocks: readonly Block[], options: RichTextOptions): ReactNode[] {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading': {
        const Tag = `h${Math.min(6, block.depth + 2)}` as 'h3' // section text sits under the page's h1/h2
        return <Tag key={index}>{renderInlines(block.children, options)}</Tag>
      }
      case 'paragraph':
        return <p key={index}>{renderInlines(block.children, options)}</p>
      case 'list': {
        const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{renderBlocks(item, options)}</li>)
        return block.ordered ? <ol key={index} start={block.start ?? undefined}>{items}</ol> : <ul key={index}>{items}</ul>
      }
      case 'blockquote':
        return <blockquote key={index}>{renderBlocks(block.children, options)}</blockquote>
      case 'code':
        return <pre key={index}><code>{block.value}</code></pre>
      case 'table': {
        const [head, ...body] = block.rows
        const cell = (content: Inline[], column: number, Tag: 'th' | 'td') => (
          <Tag key={column} style={block.align[column] ? { textAlign: block.align[column]! } : undefined}>{renderInlines(content, options)}</Tag>
        )
        return (
          <table key={index}>
            {head && <thead><tr>{head.map((content, column) => cell(content, column, 'th'))}</tr></thead>}
            <tbody>{body.map((row, rowIndex) => <tr key={rowIndex}>{row.map((content, column) => cell(content, column, 'td'))}</tr>)}</tbody>
          </table>
        )
      }
      case 'rule':
        return <hr key={index} />
    }
  })
}

/** Renders a parsed document with React elements only; no HTML string is ever injected. */
export function RichText({ model, ...options }: { model: DocumentModel } & RichTextOptions) {
  return (
    <div className="rich-text">
      {model.problem && <p className="rich-text-problem" role="note">{model.problem}</p>}
      {renderBlocks(model.blocks, options)}
    </div>
  )
}

/** Parses and renders Markdown safely; anything unexpected shows the text plainly instead of crashing. */
export function MarkdownView({ source, ...options }: { source: string } & RichTextOptions) {
  const model = useMemo(() => parseMarkdown(source), [source])
  return (
    <ErrorBoundary fallback={() => <pre className="rich-text-fallback">{source}</pre>} key={source}>
      <RichText model={model} {...options} />
    </ErrorBoundary>
  )
}
