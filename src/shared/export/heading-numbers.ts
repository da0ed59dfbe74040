import type { Block } from '../document/model'

/**
 * Numbers a section's own headings under its number: with section 2, its shallowest headings
 * become 2.1, 2.2 and the ones below them 2.1.1, as in a government's or a funder's plan.
 */
export function numberHeadings(blocks: readonly Block[], sectionNumber: string): Block[] {
  const depths = blocks.flatMap((block) => (block.type === 'heading' ? [block.depth] : []))
  if (depths.length === 0) return [...blocks]
  const top = Math.min(...depths)
  const counters: number[] = []
  return blocks.map((block) => {
    if (block.type !== 'heading') return block
    const level = block.depth - top
    counters.length = level + 1
    for (let index = 0; index < level; index += 1) counters[index] ??= 0
    counters[level] = (counters[level] ?? 0) + 1
    return { ...block, children: [{ type: 'text', value: `${sectionNumber}.${counters.join('.')}  ` }, ...block.children] }
  })
}
