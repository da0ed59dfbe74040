import * as Y from 'yjs'
import { spliceText } from './sequence-diff'

/**
 * Three-way merge of a text a person is typing (`mine`) with a change that arrived meanwhile
 * (`theirs`), both made from `base`: each side's edit is written as a Yjs text edit and the two
 * merged the way the shared workspace merges them, so typing and the teammate's change are both
 * kept. Used for the open section editor, whose draft is not yet in the shared state.
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  if (mine === base || mine === theirs) return theirs
  if (theirs === base) return mine
  const start = new Y.Doc()
  start.getText('text').insert(0, base)
  const origin = Y.encodeStateAsUpdate(start)
  const edited = (clientID: number, value: string) => {
    const doc = new Y.Doc()
    // Fixed ids: the order of two inserts at one place is then the same for everyone.
    doc.clientID = clientID
    Y.applyUpdate(doc, origin)
    spliceText(doc.getText('text'), value)
    return doc
  }
  const ours = edited(start.clientID + 1, mine)
  Y.applyUpdate(ours, Y.encodeStateAsUpdate(edited(start.clientID + 2, theirs)))
  return ours.getText('text').toString()
}
