import Ajv from 'ajv'
import { z } from 'zod'
import type { MembersCheck } from '../../shared/workspace/load'
import { WorkspaceSchema, type Workspace } from '../../shared/workspace/schema'

/**
 * The members of a workspace file, checked in place by a validator that Ajv compiles from the
 * same zod schema (`WorkspaceSchema.shape.members`), so there is one definition of what a member is.
 *
 * Why not zod alone: zod builds a new object for every member and a result object for every
 * field it checks, which on a large workspace cost more than JSON.parse itself (figures in
 * docs/performance.md); Ajv's compiled code checks the parsed objects where they are and
 * allocates next to nothing. zod still checks everything else in the file, and
 * whenever this check fails, zod checks the members again to name the problem in plain words.
 *
 * To accept exactly what zod accepts, unknown keys are removed and defaults filled in (as zod's
 * output would have them) and patterns are compiled without the `u` flag (as zod's are). Both
 * count string lengths in code points. tests/main/storage/stored-members-check.test.ts holds
 * the two to the same verdicts and the same output over generated members.
 */
function compile() {
  // The schema comes from zod, not from a person, so Ajv's check of it against the JSON Schema
  // meta-schema is skipped: that check was most of the compile time.
  const ajv = new Ajv({ useDefaults: true, removeAdditional: 'all', unicodeRegExp: false, strict: true, meta: false, validateSchema: false })
  const { $schema: _draft, ...schema } = z.toJSONSchema(WorkspaceSchema.shape.members, { io: 'input', target: 'draft-7' })
  return ajv.compile(schema)
}

/** The compiled check; false if it could not be compiled, and zod then checks the members itself. */
let validate: ReturnType<typeof compile> | false | null = null

/** Compiles the check now if it has not been (the first open would otherwise); returns the ms it took. */
export function prepareStoredMembersCheck(): number {
  const started = performance.now()
  if (validate === null) {
    try {
      validate = compile()
    } catch (error) {
      // Say, a zod upgrade that emits a schema Ajv refuses: opening gets slower, never impossible.
      console.error('The fast member check could not be compiled; members are checked by zod alone.', error)
      validate = false
    }
  }
  return performance.now() - started
}

/**
 * True when `members` is a valid member list; it is then the list to use, with defaults filled
 * in and unknown keys removed. It changes `members` in place even when it answers false (only in
 * those two ways, which zod's output would share), so give it only values nothing else holds.
 * The validator is compiled on first use, once per process.
 */
export const checkStoredMembersInPlace: MembersCheck = (members): members is Workspace['members'] => {
  prepareStoredMembersCheck()
  return validate ? validate(members) : false
}
