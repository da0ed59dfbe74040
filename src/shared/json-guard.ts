export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string }

/**
 * How deeply arrays and objects nest, found with one linear pass that skips strings.
 * Run before JSON.parse: a file nested thousands deep parses, but then can never be
 * stringified (saved) or structured-cloned (sent over IPC).
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 0x5c) index += 1 // backslash: skip the escaped character
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, ++depth)
    else if (char === 0x7d || char === 0x5d) depth -= 1
  }
  return deepest
}

/** The reason to give when `text` nests deeper than `maxDepth`, else null. */
export function tooDeep(text: string, maxDepth: number): string | null {
  const depth = jsonNestingDepth(text)
  return depth > maxDepth ? `the data is nested ${depth} levels deep (the limit is ${maxDepth})` : null
}

/**
 * Parses JSON text from an untrusted file, naming the problem in plain words when it fails.
 * With `maxDepth`, absurd nesting is refused before parsing; callers that validate the result
 * against a schema (which drops unknown keys) may pass null and ask `tooDeep` only on failure.
 */
/** Text that may hold a "__proto__" key: the word, or an escape of one of its letters. */
const MAY_HOLD_PROTO = /proto|\\u00(?:5f|6f|7[024])/i

export function parseJsonSafely(raw: string, maxDepth: number | null): JsonParse {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw // editors may add a BOM
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' }
  if (text.includes('\u0000')) {
    return { ok: false, reason: 'the file contains NUL bytes, so it was probably damaged on disk' }
  }
  // JSON.parse makes "__proto__" an ordinary key, but schemas then drop it without a word (and
  // code that copies keys by assignment would set a prototype): refused, like "constructor" keys.
  const deep = maxDepth === null ? null : tooDeep(text, maxDepth)
  if (deep) return { ok: false, reason: deep }
  try {
    // The key check runs only on text that could hold the key: a reviver slows every parse.
    let reserved = false
    const value: unknown = MAY_HOLD_PROTO.test(text) ? JSON.parse(text, (key, inner: unknown) => ((reserved ||= key === '__proto__'), inner)) : JSON.parse(text)
    if (reserved) return { ok: false, reason: 'the file uses the reserved key "__proto__", which the app never writes' }
    return { ok: true, value }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: `it is not valid JSON, perhaps cut short (${detail})` }
  }
}
