/**
 * tsconfig.shared.json maps react, electron and Node's modules to this file, so compiling
 * src/shared fails here (with the message below) as soon as it imports one of them.
 * Nothing else includes this file.
 */
const rule: 'src/shared is pure TypeScript: no react, electron or Node imports (see README, Architecture)' = 'imported anyway'
export default rule
