type Flat = (this: unknown, depth?: number) => unknown[]
/** Marks our flat (with the engine's own under it), across copies of this module in one thread. */
const BUILTIN = Symbol.for('cluster-workbench.builtin-array-flat')
type MarkedFlat = Flat & { [BUILTIN]?: Flat }

/** The engine's own Array.prototype.flat, whether or not the fast one is installed. */
export function builtinFlat(): Flat {
  const current = Array.prototype.flat as unknown as MarkedFlat
  return current[BUILTIN] ?? current
}

/**
 * Gives this thread an `Array.prototype.flat` that flattens a plain array one level by the
 * specification's steps (holes skipped, arrays among the elements spread, anything else kept) in
 * plain JavaScript, and hands anything else (another depth, a subclass) to the engine's own.
 *
 * Why: react-pdf slices every laid-out line out of its paragraph with three `.flat()` calls, and
 * V8's built-in flat reads each element through its generic property path: about 15 µs for a
 * 120-element line against 1 µs in plain JavaScript (Node 20), which made that slicing the largest
 * single cost of a long PDF's text layout. Installed once per thread by the PDF code (fonts.ts).
 */
export function installFastFlat(): void {
  const builtin = builtinFlat()
  if ((Array.prototype.flat as unknown as MarkedFlat)[BUILTIN]) return
  const flat: MarkedFlat = function (this: unknown, depth?: number) {
    if ((depth !== undefined && depth !== 1) || !Array.isArray(this) || this.constructor !== Array) return builtin.call(this, depth)
    const out: unknown[] = []
    for (let index = 0; index < this.length; index += 1) {
      if (!(index in this)) continue
      const item: unknown = this[index]
      if (!Array.isArray(item)) {
        out.push(item)
        continue
      }
      for (let inner = 0; inner < item.length; inner += 1) if (inner in item) out.push(item[inner])
    }
    return out
  }
  flat[BUILTIN] = builtin
  Object.defineProperty(Array.prototype, 'flat', { value: flat, writable: true, configurable: true, enumerable: false })
}
