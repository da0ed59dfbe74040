import { Text, View } from '@react-pdf/renderer'
import { sectionHeading, type PrintPart } from '../../shared/export/print-model'
import { Blocks } from './Blocks'
import { PageFrame } from './PageFrame'
import type { PartProps } from './part-props'
import { markBreaks } from './text-wrap'

/** react-pdf puts a bookmark on any element, though its types only name it on pages. */
const bookmark = (title: string) => ({ bookmark: title }) as object

type Props = PartProps<Extract<PrintPart, { type: 'flow' }>>

/**
 * A part of running text: it opens on a new page and its sections follow one another, as in a
 * printed plan. Each section's title carries its bookmark (that is where the contents learn its
 * page) and keeps at least a few lines of its text with it at the foot of a page.
 */
export function FlowPart({ part, geometry, styles }: Props) {
  return (
    <PageFrame geometry={geometry} styles={styles}>
      {part.sections.map((section, index) => (
        <View key={section.id}>
          <Text style={index === 0 ? styles.partTitle : styles.sectionTitle} {...bookmark(sectionHeading(section))} minPresenceAhead={72} hyphenationPenalty={10_000}>
            {markBreaks(sectionHeading(section))}
          </Text>
          <Blocks blocks={section.blocks} styles={styles} />
        </View>
      ))}
    </PageFrame>
  )
}
