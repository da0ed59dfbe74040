import type { Workspace } from '../../shared/workspace/schema'

type Member = Workspace['members'][number]

/** Each member's JSON, encoded, for as long as the member object lives. */
const encodedMembers = new WeakMap<Member, Buffer>()

const COMMA = Buffer.from(',')

const NON_ASCII = /[\u0080-\uffff]/g
const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * `JSON.stringify(value)` with every character beyond ASCII written as a `\u` escape, encoded.
 * The same JSON to any reader; the file becomes pure ASCII, which no editor or code page can
 * garble, and which the app reads back as a plain copy instead of decoding UTF-8 (see
 * workspace-file.ts).
 */
function asciiJson(value: unknown): Buffer {
  const json = JSON.stringify(value)
  // The UTF-8 length equals the length in UTF-16 units only when every character is ASCII.
  return Buffer.from(Buffer.byteLength(json) === json.length ? json : json.replace(NON_ASCII, escapeChar), 'latin1')
}

function encodedMember(member: Member): Buffer {
  let bytes = encodedMembers.get(member)
  if (!bytes) {
    bytes = asciiJson(member)
    // The cache is only right while the member never changes in place. Commands always build new
    // member objects; freezing makes any code that broke that rule fail loudly, not save stale data.
    Object.freeze(member.tags)
    Object.freeze(member)
    encodedMembers.set(member, bytes)
  }
  return bytes
}

/**
 * The workspace file's bytes: `JSON.stringify(workspace)` (in ASCII, see `asciiJson`) and a newline.
 *
 * Why not just that: every edit saves the whole file, and stringifying and encoding every member
 * of a large workspace on each save was most of the save's time. Commands replace only the members
 * they change (the rest keep their identity), so each member's JSON is encoded once and reused
 * until that member changes; a save then re-encodes only what changed and joins the pieces.
 */
export function serializeWorkspace(workspace: Workspace): Buffer {
  const parts: Buffer[] = []
  let separator = '{'
  for (const [key, value] of Object.entries(workspace)) {
    if (value === undefined) continue // as JSON.stringify does
    parts.push(Buffer.from(`${separator}${JSON.stringify(key)}:`))
    separator = ','
    if (key === 'members') {
      parts.push(Buffer.from('['))
      workspace.members.forEach((member, index) => {
        if (index > 0) parts.push(COMMA)
        parts.push(encodedMember(member))
      })
      parts.push(Buffer.from(']'))
    } else {
      parts.push(asciiJson(value))
    }
  }
  parts.push(Buffer.from(separator === '{' ? '{}\n' : '}\n'))
  return Buffer.concat(parts)
}
