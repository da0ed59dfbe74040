import { describe, expect, it } from 'vitest'
import { joinTags, parseTags } from '../../../src/shared/members/tags'

describe('tags typed or imported as one text', () => {
  it('splits on commas, semicolons and bars alike, trimmed, each once', () => {
    expect(parseTags(' ocean, robotics; ocean |  | shipping ')).toEqual(['ocean', 'robotics', 'shipping'])
  })

  it('reads back what it writes', () => {
    const tags = ['ocean', 'shore power', 'R&D']
    expect(parseTags(joinTags(tags))).toEqual(tags)
  })
})
