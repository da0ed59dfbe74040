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
