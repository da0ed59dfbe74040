import { z } from 'zod'

/**
 * Strings that can be stored in a workspace: bounded, trimmed, and free of the control
 * characters that break files, spreadsheets and PDFs (tab and newline stay in long text).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function stripControlChars(value: string): string {
  return value.replace(CONTROL_CHARS, '')
}

// eslint-disable-next-line no-control-regex
const CLEAN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/
// eslint-disable-next-line no-control-regex
const CLEAN_LINE = /^[^\u0000-\u001F\u007F]*$/

/**
 * Field checks for data read back from a workspace file. What the app stores was already
 * cleaned on the way in (by `line`/`text`), so loading only checks instead of rewriting every
 * string: on a 10,000-member workspace that halves the cost of validation. A file edited by
 * hand with a stray control character is refused with the field named.
 */
export const stored = {
  line: (max: number) => z.string().max(max, `must be at most ${max} characters`).regex(CLEAN_LINE, 'contains control characters'),
  text: (max: number) => z.string().max(max, `must be at most ${max} characters`).regex(CLEAN_TEXT, 'contains control characters')
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

/** An identifier made by the app: short, printable, no path characters. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, - and _')

export const IsoDateTimeSchema = z.iso.datetime({ offset: true })
