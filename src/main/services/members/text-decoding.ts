import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import { TEXT_ENCODINGS, type TextEncoding } from '../../../shared/members/import-formats'

export type DecodedText = { text: string; encoding: TextEncoding; bom: boolean }

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' }
]

function bomOf(bytes: Uint8Array) {
  return BOMS.find((bom) => bom.bytes.every((byte, index) => bytes[index] === byte))
}

/**
 * UTF-16 without a BOM ("Unicode text" from some exports): text in Latin scripts has a zero in
 * one byte of almost every pair, always the same one. Single-byte encodings have no zeros.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const pairs = Math.min(bytes.length, 4096) >> 1
  if (pairs < 2) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let pair = 0; pair < pairs; pair += 1) {
    if (bytes[pair * 2] === 0) evenZeros += 1
    if (bytes[pair * 2 + 1] === 0) oddZeros += 1
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

const SINGLE_BYTE_PREFERENCE = TEXT_ENCODINGS.filter((name) => !name.startsWith('utf'))
const CLOSE_CONFIDENCE = 15
const DETECTION_SAMPLE_BYTES = 64 * 1024

/** Code pages chardet does not tell apart from the one it names (it knows neither Mac Roman nor Latin-9). */
const LOOK_ALIKES: Partial<Record<string, TextEncoding[]>> = {
  'windows-1252': ['macintosh', 'iso-8859-15'],
  'iso-8859-1': ['windows-1252', 'macintosh', 'iso-8859-15'],
  'iso-8859-2': ['windows-1250'],
  'windows-1250': ['iso-8859-2']
}

/**
 * How unlikely a decoding is for a member list: bytes the code page lacks or maps to control
 * characters; a capital inside a word ("CafŽ" is Mac Roman read as Windows-1252); a symbol
 * between letters ("M¸nchen"); the generic currency sign ¤ (a € in Latin-9).
 */
function implausibility(bytes: Uint8Array, encoding: TextEncoding): number {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length
  return 10 * count(/[\uFFFD\u0080-\u009F]/g) + count(/\p{Ll}(?!\p{ASCII})\p{Lu}/gu) + count(/\p{L}(?!\p{ASCII})[\p{S}¿¡«»]\p{L}/gu) + count(/¤/g)
}

/**
 * Which encoding the bytes are in: a BOM decides; then UTF-16 by its zero bytes; then valid UTF-8;
 * then, among the code pages chardet rates near the best and their look-alikes, the one whose
 * text looks least wrong. The dialog shows the choice and lets the user change it.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: boolean } {
  const bom = bomOf(bytes)
  if (bom) return { encoding: bom.encoding, bom: true }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { encoding: utf16, bom: false }
  if (isUtf8(bytes)) return { encoding: 'utf-8', bom: false }
  // chardet reads every byte it is given; the start of a member list tells as much as the whole.
  const sample = bytes.subarray(0, DETECTION_SAMPLE_BYTES)
  const rank = (name: string) => SINGLE_BYTE_PREFERENCE.indexOf(name as TextEncoding)
  const rated = analyse(sample)
    .map((match) => ({ name: match.name.toLowerCase(), confidence: match.confidence }))
    .filter((match) => rank(match.name) !== -1)
  const top = Math.max(0, ...rated.map((match) => match.confidence))
  const close = rated.filter((match) => match.confidence >= top - CLOSE_CONFIDENCE)
  // Look-alikes join below every rated one, so they win only by reading better.
  const candidates = new Map(close.map((match) => [match.name, match.confidence]))
  for (const match of close) for (const alike of LOOK_ALIKES[match.name] ?? []) if (!candidates.has(alike)) candidates.set(alike, -1)
  if (candidates.size === 0) candidates.set('windows-1252', 0)
  const best = [...candidates]
    .map(([name, confidence]) => ({ name: name as TextEncoding, confidence, penalty: implausibility(sample, name as TextEncoding) }))
    .sort((a, b) => a.penalty - b.penalty || b.confidence - a.confidence || rank(a.name) - rank(b.name))[0]!
  // Latin-1 text decodes the same as Windows-1252, which also has € and the typographic quotes.
  return { encoding: best.name === 'iso-8859-1' ? 'windows-1252' : best.name, bom: false }
}

/** Decodes with iconv-lite, right for every code page (Node's own windows-1252 is Latin-1 on some versions). */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const bom = bomOf(bytes)
  const hasOwnBom = bom?.encoding === encoding
  const body = hasOwnBom ? bytes.subarray(bom.bytes.length) : bytes
  return { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding, { stripBOM: false }), encoding, bom: hasOwnBom }
}

/** Detects, then decodes; `encoding` overrides detection (the user's choice in the dialog). */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  return decodeBytes(bytes, encoding ?? detectEncoding(bytes).encoding)
}
