import { z } from 'zod'

/**
 * The schema of a partial update ("patch") to an object: every field optional and, unlike
 * zod's `.partial()`, without the fields' defaults. Zod 4 applies a default inside `.partial()`,
 * so a patch that names only `name` would come out with `region: ''` and wipe the stored region.
 */
export function patchSchema<T extends z.ZodRawShape>(schema: z.ZodObject<T>): ReturnType<z.ZodObject<T>['partial']> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field])
  ) as z.ZodRawShape
  return z.object(shape).partial() as unknown as ReturnType<z.ZodObject<T>['partial']>
}
