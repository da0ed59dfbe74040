import { Text, View } from '@react-pdf/renderer'
import type { Figure, Funnel, StageBars, TargetArrows } from '../../shared/export/figures'
import type { PrintPart } from '../../shared/export/print-model'
import { MEMBER_STAGES, STAGE_LABELS } from '../../shared/workspace/member'
import { PageFrame } from './PageFrame'
import type { PartProps } from './part-props'
import { ACCENT, MUTED, PILLAR_COLOURS, RULE, STAGE_FILL } from './theme'

type Props = PartProps<Extract<PrintPart, { type: 'figures' }>>

const LABEL_WIDTH = 150
const VALUE_WIDTH = 120
const BAR_HEIGHT = 13
const NO_HYPHENS = { hyphenationPenalty: 10_000 } as const

function Legend() {
  return (
    <View style={{ flexDirection: 'row', marginBottom: 6, marginLeft: LABEL_WIDTH }}>
      {[...MEMBER_STAGES].reverse().map((stage) => (
        <View key={stage} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 12 }}>
          <View style={{ width: 8, height: 8, backgroundColor: STAGE_FILL[stage].fill, borderWidth: 0.7, borderColor: STAGE_FILL[stage].border, marginRight: 3 }} />
          <Text style={{ fontSize: 8, color: MUTED }}>{STAGE_LABELS[stage]}</Text>
        </View>
      ))}
    </View>
  )
}

/** Stacked horizontal bars: one per pillar, committed first, scaled to the fullest pillar. */
function StageBarsFigure({ figure, width }: { figure: StageBars; width: number }) {
  const track = width - LABEL_WIDTH - VALUE_WIDTH
  const most = Math.max(1, ...figure.rows.map((row) => row.total))
  return (
    <View>
      <Legend />
      {figure.rows.map((row) => (
        <View key={row.placement} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 5 }} wrap={false}>
          <View style={{ width: LABEL_WIDTH, flexDirection: 'row', alignItems: 'center' }}>
            <View style={{ width: 4, height: BAR_HEIGHT, backgroundColor: PILLAR_COLOURS[row.placement], marginRight: 5 }} />
            <Text style={{ fontSize: 9 }}>{row.label}</Text>
          </View>
          <View style={{ width: track, flexDirection: 'row', height: BAR_HEIGHT }}>
            {[...MEMBER_STAGES].reverse().map((stage) =>
              row.counts[stage] > 0 ? (
                <View key={stage} style={{ width: (row.counts[stage] / most) * track, height: BAR_HEIGHT, backgroundColor: STAGE_FILL[stage].fill, borderWidth: 0.6, borderColor: STAGE_FILL[stage].border }} />
              ) : null
            )}
          </View>
          <Text style={{ width: VALUE_WIDTH, fontSize: 8.5, paddingLeft: 6, color: MUTED }}>{`${row.total} (${row.counts.committed} committed)`}</Text>
        </View>
      ))}
    </View>
  )
}

/** A funnel of centred bars, each as wide as the number of members who have come that far. */
function FunnelFigure({ figure, width }: { figure: Funnel; width: number }) {
  const track = width - LABEL_WIDTH - VALUE_WIDTH
  const most = Math.max(1, figure.steps[0]?.count ?? 1)
  return (
    <View>
      {figure.steps.map((step) => (
        <View key={step.stage} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 3 }} wrap={false}>
          <Text style={{ width: LABEL_WIDTH, fontSize: 9 }}>{step.label}</Text>
          <View style={{ width: track, height: BAR_HEIGHT + 4, alignItems: 'center' }}>
            <View style={{ width: Math.max(1, (step.count / most) * track), height: BAR_HEIGHT + 4, backgroundColor: STAGE_FILL[step.stage].fill, borderWidth: 0.6, borderColor: STAGE_FILL[step.stage].border }} />
          </View>
          <Text style={{ width: VALUE_WIDTH, fontSize: 8.5, paddingLeft: 6 }}>{String(step.count)}</Text>
        </View>
      ))}
    </View>
  )
}

/** Each target on its own scale: a rule from zero, the baseline as a grey mark, the target as a blue one, the gain between them. */
function TargetArrowsFigure({ figure, width }: { figure: TargetArrows; width: number }) {
  const track = width - LABEL_WIDTH - VALUE_WIDTH
  return (
    <View>
      {figure.rows.map((row, index) => {
        const scale = Math.max(Math.abs(row.from ?? 0), Math.abs(row.to ?? 0)) || 1
        const at = (value: number) => (Math.max(0, value) / scale) * (track - 8)
        const drawn = row.from !== null && row.to !== null
        const summary = `from ${row.baseline || '?'} to ${row.target || '?'}${row.unit ? ` ${row.unit}` : ''}${row.year ? ` by ${row.year}` : ''}`
        return (
          <View key={index} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 6, borderBottomWidth: 0.3, borderBottomColor: RULE, paddingBottom: 4 }} wrap={false}>
            <Text style={{ width: LABEL_WIDTH, fontSize: 8.5, paddingRight: 6, lineHeight: 1.3 }} {...NO_HYPHENS}>{row.indicator}</Text>
            <View style={{ width: track, height: 14 }}>
              <View style={{ position: 'absolute', left: 0, top: 6.5, width: track - 4, height: 1, backgroundColor: RULE }} />
              {drawn && (
                <>
                  <View style={{ position: 'absolute', left: Math.min(at(row.from!), at(row.to!)) + 4, top: 4, width: Math.abs(at(row.to!) - at(row.from!)), height: 6, backgroundColor: '#c9dbf1' }} />
                  <View style={{ position: 'absolute', left: at(row.from!), top: 3, width: 8, height: 8, backgroundColor: MUTED }} />
                  <View style={{ position: 'absolute', left: at(row.to!), top: 3, width: 8, height: 8, backgroundColor: ACCENT }} />
                </>
              )}
            </View>
            <Text style={{ width: VALUE_WIDTH, fontSize: 8.5, paddingLeft: 6, lineHeight: 1.3 }} {...NO_HYPHENS}>{summary}</Text>
          </View>
        )
      })}
    </View>
  )
}

function FigureBody({ figure, width }: { figure: Figure; width: number }) {
  switch (figure.type) {
    case 'stage-bars':
      return <StageBarsFigure figure={figure} width={width} />
    case 'funnel':
      return <FunnelFigure figure={figure} width={width} />
    case 'target-arrows':
      return <TargetArrowsFigure figure={figure} width={width} />
  }
}

/** Figures drawn from the data as vector shapes, numbered, each with its caption. */
export function FiguresPart({ part, geometry, styles }: Props) {
  return (
    <PageFrame geometry={geometry} styles={styles} bookmark={part.title}>
      <Text style={styles.partTitle}>{part.title}</Text>
      {part.figures.map((figure, index) => (
        <View key={figure.type} style={{ marginBottom: 22 }}>
          <Text style={{ fontSize: 11.5, fontWeight: 'bold', marginBottom: 2 }} minPresenceAhead={80}>{`Figure ${index + 1}. ${figure.title}`}</Text>
          <Text style={{ fontSize: 8.5, color: MUTED, marginBottom: 8 }}>{figure.caption}</Text>
          <FigureBody figure={figure} width={geometry.contentWidth} />
        </View>
      ))}
    </PageFrame>
  )
}
