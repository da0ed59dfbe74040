import { z } from 'zod'

/**
 * Strings that can be stored in a workspace: bounded, trimmed, and free of the control
 * characters that break files, spreadsheets and PDFs (tab and newline stay in long text).
 * One rule for every field (SECURITY.md, "Text"): typed or imported text loses C0 controls,
 * DEL, C1 controls, bidirectional overrides, embeddings and isolates (which can make
 * "exe.pdf" read "fdp.exe") and lone surrogates (which no file format can encode).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
/** C1 controls, bidi controls and lone surrogates: invisible, and never meant in a name or a note. */
const FORMAT_CHARS = /[\u0080-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const HAS_FORMAT_CHARS = new RegExp(FORMAT_CHARS.source)

export function stripControlChars(value: string): string {
  return stripFormatChars(value.replace(CONTROL_CHARS, ''))
}

/** Removes C1, bidi controls and lone surrogates; the common clean string is returned as it is. */
export function stripFormatChars(value: string): string {
  return HAS_FORMAT_CHARS.test(value) ? value.replace(FORMAT_CHARS, '') : value
}

// eslint-disable-next-line no-control-regex
const CLEAN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/
// eslint-disable-next-line no-control-regex
const CLEAN_LINE = /^[^\u0000-\u001F\u007F]*$/

/**
 * Field checks for data read back from a workspace file. What the app stores was already
 * cleaned on the way in (by `line`/`text`), so loading only checks instead of rewriting every
 * string: on a 10,000-member workspace that halves the cost of validation. A file edited by
 * hand with a stray control character is refused with the field named. C1 and bidi controls
 * and lone surrogates, which older versions let in, are removed as the file loads.
 */
export const stored = {
  line: (max: number) => z.string().max(max, `must be at most ${max} characters`).regex(CLEAN_LINE, 'contains control characters').overwrite(stripFormatChars),
  text: (max: number) => z.string().max(max, `must be at most ${max} characters`).regex(CLEAN_TEXT, 'contains control characters').overwrite(stripFormatChars)
}

/** A single-line field such as a name or a city. */
export function line(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => stripControlChars(value).replace(/[\r\n\t]+/g, ' ').trim())
}

/** A multi-line field such as notes or a description. */
export function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => stripControlChars(value))
}

/** Keys that name object internals; refused wherever a key comes from a file or a request (SECURITY.md). */
export const isReservedKey = (key: string) => key.startsWith('__') || key === 'constructor' || key === 'prototype'

/** An identifier made by the app: short, printable, no path characters. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, - and _')

export const IsoDateTimeSchema = z.iso.datetime({ offset: true })
