/**
 * How a workspace is laid out in a Y.Doc, as a small description of its shape. Anything the
 * description does not name is a `value`: a JSON value replaced whole, last writer wins. So a
 * field added to the workspace schema later syncs without touching this file; naming it here
 * only makes its merges finer.
 *
 * - `object`: a Y.Map of fields (each field merges on its own).
 * - `record`: a Y.Map of entries under free keys (library notes, readiness answers).
 * - `list`: items with an `id`, as a Y.Map `items` (id → item) and a Y.Array `order` of ids, so
 *   an item's fields and its position merge separately (one moves it, another renames it).
 * - `text`: a Y.Text, so two people typing in one section merge character by character.
 */
export type Shape =
  | { kind: 'value' }
  | { kind: 'text' }
  | { kind: 'object'; fields: Readonly<Record<string, Shape>> }
  | { kind: 'record'; entry: Shape }
  | { kind: 'list'; item: Shape }

const value: Shape = { kind: 'value' }
const object = (fields: Record<string, Shape> = {}): Shape => ({ kind: 'object', fields })
const record = (entry: Shape = value): Shape => ({ kind: 'record', entry })
const list = (item: Shape = object()): Shape => ({ kind: 'list', item })

export const WORKSPACE_SHAPE: Shape = object({
  cluster: object(),
  // Members in one list: a lane's order is the order of its members in this list.
  members: list(),
  library: object({ read: record(), notes: record(), resources: list() }),
  strategy: object({
    sections: list(object({ markdown: { kind: 'text' } })),
    targets: list(),
    initiatives: list(),
    snapshots: list(value)
  }),
  readiness: object({ answers: record(object()) }),
  importValues: object({ pillar: record(), stage: record() }),
  // Replies in a list of their own, so two people answering one thread at once both keep theirs.
  comments: list(object({ replies: list() }))
})

/** The shape of a field of an object: what the description names, else a plain value. */
export function fieldShape(shape: Extract<Shape, { kind: 'object' }>, key: string): Shape {
  return Object.hasOwn(shape.fields, key) ? shape.fields[key]! : value
}
