// Module hooks for the booted main process: `electron` resolves to the stand-in (electron.ts).
let standIn = ''

export function initialize(data) {
  standIn = data.standIn
}

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true }
  return next(specifier, context)
}
