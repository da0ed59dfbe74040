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

/** Bytes 0x80–0x9F are control characters in ISO-8859 and letters or punctuation in Windows code pages. */
const hasC1Bytes = (bytes: Uint8Array) => bytes.some((byte) => byte >= 0x80 && byte <= 0x9f)
const WINDOWS_OF: Partial<Record<TextEncoding, TextEncoding>> = { 'iso-8859-2': 'windows-1250' }
const SINGLE_BYTE_PREFERENCE = TEXT_ENCODINGS.filter((name) => !name.startsWith('utf'))

const CLOSE_CONFIDENCE = 15
const DETECTION_SAMPLE_BYTES = 64 * 1024

/** Bytes a code page has no character for (U+FFFD) or maps to control characters. */
function undefinedChars(bytes: Uint8Array, encoding: TextEncoding): number {
  const high = bytes.filter((byte) => byte >= 0x80)
  return (iconv.decode(Buffer.from(high), encoding).match(/[\uFFFD\u0080-\u009F]/g) ?? []).length
}

/**
 * Which encoding the bytes are in: a BOM decides; then UTF-16 by its zero bytes; then valid UTF-8;
 * then the single-byte code page chardet finds likeliest among those offered. Mac Roman and
 * ISO-8859-15 look like their Windows and Latin-1 relatives, so the dialog lets the user switch.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: boolean } {
  const bom = bomOf(bytes)
  if (bom) return { encoding: bom.encoding, bom: true }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { encoding: utf16, bom: false }
  if (isUtf8(bytes)) return { encoding: 'utf-8', bom: false }
  // chardet reads every byte it is given; the start of a member list tells as much as the whole.
  const sample = bytes.subarray(0, DETECTION_SAMPLE_BYTES)
  // Equally likely code pages (short lists often tie) go to the more common one.
  // Code pages chardet rates close to the best are tried; one that leaves bytes undefined loses.
  const rank = (name: string) => SINGLE_BYTE_PREFERENCE.indexOf(name as TextEncoding)
  const candidates = analyse(sample)
    .map((match) => ({ name: match.name.toLowerCase(), confidence: match.confidence }))
    .filter((match) => rank(match.name) !== -1)
  const top = Math.max(0, ...candidates.map((match) => match.confidence))
  const best = candidates
    .filter((match) => match.confidence >= top - CLOSE_CONFIDENCE)
    .map((match) => ({ ...match, undefinedChars: undefinedChars(sample, match.name as TextEncoding) }))
    .sort((a, b) => a.undefinedChars - b.undefinedChars || b.confidence - a.confidence || rank(a.name) - rank(b.name))[0]
  const encoding = (best?.name ?? 'windows-1252') as TextEncoding
  // Latin-1 text decodes the same as Windows-1252, which also has € and the typographic quotes.
  if (encoding === 'iso-8859-1') return { encoding: 'windows-1252', bom: false }
  return { encoding: hasC1Bytes(sample) ? (WINDOWS_OF[encoding] ?? encoding) : encoding, bom: false }
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
