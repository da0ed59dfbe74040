import { Link, Text, View } from '@react-pdf/renderer'
import { documentText, type Block, type Inline } from '../../shared/document/model'
import { safeHref } from '../../shared/document/safe-url'
import { externalUrl } from '../security/external-links'
import { markBreaks } from './text-wrap'
import type { PdfStyles } from './theme'

function Inlines({ nodes, styles }: { nodes: readonly Inline[]; styles: PdfStyles }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return markBreaks(node.value)
          case 'strong':
            return <Text key={index} style={{ fontWeight: 'bold' }}><Inlines nodes={node.children} styles={styles} /></Text>
          case 'emphasis':
            return <Text key={index} style={{ fontStyle: 'italic' }}><Inlines nodes={node.children} styles={styles} /></Text>
          case 'delete':
            return <Text key={index} style={{ textDecoration: 'line-through' }}><Inlines nodes={node.children} styles={styles} /></Text>
          case 'code':
            return <Text key={index} style={{ backgroundColor: '#f1f3f6' }}>{markBreaks(node.value)}</Text>
          case 'link': {
            // Checked again here, by main's own rule: a PDF carries only links the app would open, in ASCII form.
            const href = externalUrl(safeHref(node.href))
            return href ? (
              <Link key={index} src={href} style={styles.link}><Inlines nodes={node.children} styles={styles} /></Link>
            ) : (
              <Text key={index}><Inlines nodes={node.children} styles={styles} /></Text>
            )
          }
          case 'citation':
            return `[${node.ids.join('; ')}]`
          case 'placeholder':
            return `{{${node.key}}}`
          case 'break':
            return '\n'
        }
      })}
    </>
  )
}

/**
 * Every block of text lays out without hyphenation breaks: the words are whole (fonts.ts), and a
 * long URL breaks at its break opportunities (markBreaks), never with a hyphen react-pdf would add.
 */
const NO_HYPHENS = { hyphenationPenalty: 10_000 } as const

/** A list item of a few lines is kept whole on one page rather than leave one line behind (a widow or an orphan). */
const SHORT_ITEM_CHARS = 400
const isShortItem = (item: readonly Block[]) => item.length === 1 && documentText(item).join(' ').length < SHORT_ITEM_CHARS

const headingStyle = (styles: PdfStyles, depth: number) => (depth <= 1 ? styles.h1 : depth === 2 ? styles.h2 : styles.h3)

/** The shared document model, drawn with react-pdf primitives only. */
export function Blocks({ blocks, styles }: { blocks: readonly Block[]; styles: PdfStyles }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            // minPresenceAhead keeps a heading from being stranded at the foot of a page.
            return <Text key={index} {...NO_HYPHENS} style={headingStyle(styles, block.depth)} minPresenceAhead={48}><Inlines nodes={block.children} styles={styles} /></Text>
          case 'paragraph':
            return <Text key={index} {...NO_HYPHENS} style={styles.paragraph}><Inlines nodes={block.children} styles={styles} /></Text>
          case 'list':
            return (
              <View key={index} style={{ marginBottom: 4 }}>
                {block.items.map((item, itemIndex) => (
                  <View key={itemIndex} style={styles.listItem} wrap={!isShortItem(item)}>
                    <Text {...NO_HYPHENS} style={styles.bullet}>{block.ordered ? `${(block.start ?? 1) + itemIndex}.` : '•'}</Text>
                    <View style={[styles.listBody, styles.listText]}><Blocks blocks={item} styles={styles} /></View>
                  </View>
                ))}
              </View>
            )
          case 'blockquote':
            return <View key={index} style={styles.quote}><Blocks blocks={block.children} styles={styles} /></View>
          case 'code':
            return <Text key={index} {...NO_HYPHENS} style={styles.code}>{markBreaks(block.value)}</Text>
          case 'table':
            // The heading row is repeated at the top of each page a long table runs onto (fixed).
            return (
              <View key={index} style={styles.smallTable}>
                {block.rows.map((row, rowIndex) => (
                  <View key={rowIndex} style={styles.smallRow} wrap={false} fixed={rowIndex === 0}>
                    {row.map((cell, cellIndex) => (
                      <Text key={cellIndex} {...NO_HYPHENS} style={[styles.smallCell, { flex: block.widths?.[cellIndex] ?? 1 }, rowIndex === 0 ? { fontWeight: 'bold' } : {}, { textAlign: block.align[cellIndex] ?? 'left' }]}>
                        <Inlines nodes={cell} styles={styles} />
                      </Text>
                    ))}
                  </View>
                ))}
              </View>
            )
          case 'rule':
            return <View key={index} style={styles.rule} />
        }
      })}
    </>
  )
}
