import { openSync, type Font } from 'fontkit'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheGlyphChecks, cacheWordShaping, MAX_CACHED_WORDS, snapshotFontMetrics } from '../../../src/main/pdf/font-caches'
import { RESOURCES } from '../../support/workspaces'

const FACES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf', 'NotoSans-BoldItalic.ttf']
const open = (file: string) => openSync(join(RESOURCES, 'fonts', file)) as Font

// Kerning pairs (AV, To, Wa), ligature candidates (fi, ffl), accents built from combining marks,
// and the scripts the export supports; spacing at the edges and in runs, and tabs.
const TEXTS = [
  'AVATAR To Wa yo. Office affluent fjord flow',
  'Blåbær Fjordfisk AS · Société Électrique · Müller & Söhne · Łódź Żegluga',
  'Přístav Šťastná İzmir Gemi Şirketi',
  'Ελληνική Ναυτιλία και Морская компания',
  'e\u0301te\u0301 cafe\u0301 A\u030A',
  '  two leading, two  inside and trailing  ',
  'tab\tseparated\tvalues',
  'Ocean Supercluster (2018): CAD 153 million — 8.5% of 1,000 members.',
  'Office Office Office',
  `a ${'long'.repeat(40)} word and https://example.org/${'path/'.repeat(20)}`,
  '',
  ' '
]

const shapeOf = (run: ReturnType<Font['layout']>) => ({
  ids: run.glyphs.map((glyph) => glyph.id),
  codePoints: run.glyphs.map((glyph) => glyph.codePoints),
  positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset })),
  advanceWidth: run.advanceWidth
})

describe('word shaping cache', () => {
  it.each(FACES)('shapes text in %s exactly as fontkit does for the whole run', (file) => {
    const plain = open(file)
    const cached = open(file)
    cacheWordShaping(cached)
    for (const round of [1, 2]) {
      for (const text of TEXTS) {
        const expected = shapeOf(plain.layout(text, undefined, undefined, undefined, 'ltr'))
        // react-pdf asks with `[]` for the default features; both forms are cached.
        expect(shapeOf(cached.layout(text, [], undefined, undefined, 'ltr')), `${text} (round ${round})`).toEqual(expected)
        expect(shapeOf(cached.layout(text, undefined, undefined, undefined, 'ltr')), `${text} (round ${round})`).toEqual(expected)
        expect(shapeOf(cached.layout(text)), `${text} (round ${round})`).toEqual(expected)
      }
    }
  })

  it('serves repeated words from the cache', () => {
    const font = open(FACES[0]!)
    cacheWordShaping(font)
    const first = font.layout('Office fjord ', [], undefined, undefined, 'ltr')
    const again = font.layout('fjord Office ', [], undefined, undefined, 'ltr')
    expect(again.glyphs[again.glyphs.length - 1]).toBe(first.glyphs[first.glyphs.length - 1])
    expect(again.positions[0]).toBe(first.positions[first.positions.length - 6])
  })

  it('passes calls with explicit features or direction straight to fontkit', () => {
    const plain = open(FACES[0]!)
    const cached = open(FACES[0]!)
    cacheWordShaping(cached)
    const text = 'Office fjord'
    expect(shapeOf(cached.layout(text, ['liga']))).toEqual(shapeOf(plain.layout(text, ['liga'])))
    expect(shapeOf(cached.layout(text, undefined, undefined, undefined, 'rtl'))).toEqual(shapeOf(plain.layout(text, undefined, undefined, undefined, 'rtl')))
  })

  it('gives pdfkit, which asks with no direction, positions of its own that it may scale in place', () => {
    const font = open(FACES[0]!)
    cacheWordShaping(font)
    font.layout('Page 1 of 9', [], undefined, undefined, 'ltr')
    const own = font.layout('Page 1 of 9')
    for (const position of own.positions) position.xAdvance *= 0.008 // what pdfkit's EmbeddedFont.layoutRun does
    expect(font.layout('Page 1 of 9', [], undefined, undefined, 'ltr').positions[0]!.xAdvance).toBeGreaterThan(100)
  })

  it('hands out frozen positions, so a caller cannot change another paragraph’s text', () => {
    const font = open(FACES[0]!)
    cacheWordShaping(font)
    const position = font.layout('Cluster strategy', [], undefined, undefined, 'ltr').positions[0]!
    expect(() => {
      'use strict'
      position.xAdvance = 0
    }).toThrow(TypeError)
    expect(font.layout('Cluster', [], undefined, undefined, 'ltr').positions[0]!.xAdvance).toBeGreaterThan(0)
  })

  it('stays bounded on text with ever-new words, and still shapes correctly after starting again', () => {
    const plain = open(FACES[0]!)
    const font = open(FACES[0]!)
    cacheWordShaping(font)
    cacheWordShaping(font) // twice is harmless: still one cache
    const words = Array.from({ length: MAX_CACHED_WORDS + 10 }, (_, index) => `w${index}`).join(' ')
    font.layout(words, [], undefined, undefined, 'ltr')
    expect(shapeOf(font.layout('Organisation 7 Æøå', [], undefined, undefined, 'ltr'))).toEqual(shapeOf(plain.layout('Organisation 7 Æøå', undefined, undefined, undefined, 'ltr')))
  })
})

describe('glyph check cache', () => {
  it('answers as fontkit does, asked once or twice, in and beyond the Basic Multilingual Plane', () => {
    const plain = open(FACES[0]!)
    const font = open(FACES[0]!)
    cacheGlyphChecks(font)
    const codePoints = [0x20, 0x41, 0xe5, 0x141, 0x3a9, 0x416, 0x20ac, 0x2026, 0xfeff, 0x6771, 0xd55c, 0xffff, 0x1f600, 0x10000, -1]
    for (const round of [1, 2]) for (const codePoint of codePoints) expect(font.hasGlyphForCodePoint(codePoint), `U+${codePoint.toString(16)} (round ${round})`).toBe(plain.hasGlyphForCodePoint(codePoint))
  })
})

describe('font metrics snapshot', () => {
  it('keeps every metric react-pdf reads at the value fontkit computes', () => {
    const plain = open(FACES[1]!)
    const font = open(FACES[1]!)
    snapshotFontMetrics(font)
    for (const name of ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'capHeight', 'xHeight', 'underlinePosition', 'underlineThickness', 'italicAngle', 'numGlyphs'] as const) {
      expect(font[name], name).toBe(plain[name])
      expect(Object.getOwnPropertyDescriptor(font, name)?.value, name).toBe(plain[name])
    }
    expect({ ...font.bbox }).toEqual({ ...plain.bbox })
  })
})
