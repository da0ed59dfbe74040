import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PILLARS } from '../../../src/shared/pillars'
import { adviseTemplates, clusterStage } from '../../../src/shared/strategy/template-advice'
import { TemplateSchema } from '../../../src/shared/strategy/template'
import { createWorkspace } from '../../../src/shared/workspace/schema'
import { member, RESOURCES } from '../../support/workspaces'

const dir = join(RESOURCES, 'templates')
const templates = readdirSync(dir)
  .filter((file) => file.endsWith('.json') && file !== 'indicators.json')
  .map((file) => TemplateSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))))
const fresh = createWorkspace({ id: 'ws', now: '2026-01-01T00:00:00.000Z', name: 'Fresh' })
const established = { ...fresh, members: Array.from({ length: 15 }, (_, i) => member({ id: `m${i}`, pillar: PILLARS[i % PILLARS.length], stage: 'committed' })) }

describe('template advice', () => {
  it('recommends the founding strategy to a cluster still forming, and says why', () => {
    const advice = adviseTemplates(templates, fresh)
    expect(advice.stage).toBe('forming')
    expect(advice.recommendedId).toBe('founding-strategy')
    expect(advice.ordered[0]!.id).toBe('founding-strategy')
    expect(advice.ordered[1]!.id).toBe('coast-business-case')
    expect(advice.reason).toMatch(/still forming/)
  })

  it('puts the long-range strategy and yearly plans first once every pillar has committed members', () => {
    expect(clusterStage(established)).toBe('established')
    const advice = adviseTemplates(templates, established)
    expect(advice.ordered.map((template) => template.id).slice(0, 2)).toEqual(['maritime-blue-style', 'ocean-supercluster-corporate-plan'])
    expect(advice.ordered.at(-1)!.id).toBe('coast-business-case')
  })

  it('keeps every template, and those it does not know at the end in their own order', () => {
    const unknown = [{ ...templates[0]!, id: 'zeta-local' }, { ...templates[0]!, id: 'alpha-local' }]
    const advice = adviseTemplates([...unknown, ...templates], fresh)
    expect(advice.ordered).toHaveLength(templates.length + 2)
    expect(advice.ordered.slice(-2).map((template) => template.id)).toEqual(['zeta-local', 'alpha-local'])
  })
})
