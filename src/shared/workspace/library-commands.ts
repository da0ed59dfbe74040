import { z } from 'zod'
import { IsoDateTimeSchema } from '../text'
import { LibraryRefSchema, LIBRARY_LIMITS, NoteSchema, OwnResourceSchema, ResourcePatchSchema, type WorkspaceLibrary } from '../library/workspace-library'
import type { Workspace } from './schema'

const Refs = z.array(LibraryRefSchema).min(1).max(LIBRARY_LIMITS.entries)

/**
 * Commands on the team's library: reading status, notes, own resources. Times come in the
 * command (the caller's clock) so applying stays pure and gives the same result in both processes.
 */
export const LIBRARY_COMMANDS = [
  z.object({ type: z.literal('library/mark'), ids: Refs, read: z.boolean(), at: IsoDateTimeSchema }),
  /** An empty note removes it. Typing relies on the editor's own undo, so notes are not undoable here. */
  z.object({ type: z.literal('library/note'), id: LibraryRefSchema, markdown: NoteSchema.shape.markdown, at: IsoDateTimeSchema }),
  z.object({ type: z.literal('library/add-resource'), resource: OwnResourceSchema }),
  z.object({
    type: z.literal('library/update-resource'),
    id: LibraryRefSchema,
    patch: ResourcePatchSchema
  }),
  z.object({ type: z.literal('library/remove-resource'), id: LibraryRefSchema })
] as const

export type LibraryCommand = z.output<(typeof LIBRARY_COMMANDS)[number]>

function withLibrary(workspace: Workspace, library: WorkspaceLibrary): Workspace {
  return library === workspace.library ? workspace : { ...workspace, library }
}

function without<T>(record: Record<string, T>, ids: readonly string[]): Record<string, T> {
  if (!ids.some((id) => Object.hasOwn(record, id))) return record
  const copy = { ...record }
  for (const id of ids) delete copy[id]
  return copy
}

export function applyLibraryCommand(workspace: Workspace, command: LibraryCommand): Workspace {
  const library = workspace.library
  switch (command.type) {
    case 'library/mark': {
      if (!command.read) {
        const read = without(library.read, command.ids)
        return read === library.read ? workspace : withLibrary(workspace, { ...library, read })
      }
      const fresh = command.ids.filter((id) => !Object.hasOwn(library.read, id))
      if (fresh.length === 0) return workspace
      const read = { ...library.read }
      for (const id of fresh) read[id] = { readAt: command.at }
      return withLibrary(workspace, { ...library, read })
    }
    case 'library/note': {
      const markdown = command.markdown
      if (markdown.trim() === '') {
        const notes = without(library.notes, [command.id])
        return notes === library.notes ? workspace : withLibrary(workspace, { ...library, notes })
      }
      if (Object.hasOwn(library.notes, command.id) && library.notes[command.id]!.markdown === markdown) return workspace
      return withLibrary(workspace, { ...library, notes: { ...library.notes, [command.id]: { markdown, updatedAt: command.at } } })
    }
    case 'library/add-resource': {
      const taken = library.resources.some((resource) => resource.id === command.resource.id)
      if (taken || library.resources.length >= LIBRARY_LIMITS.resources) return workspace
      return withLibrary(workspace, { ...library, resources: [...library.resources, command.resource] })
    }
    case 'library/update-resource': {
      const index = library.resources.findIndex((resource) => resource.id === command.id)
      if (index === -1) return workspace
      const current = library.resources[index]!
      const { url, ...rest } = command.patch
      // Only a link has an address; a PDF's file never changes once imported.
      const updated = current.kind === 'link' && url !== undefined ? { ...current, ...rest, url } : { ...current, ...rest }
      const resources = [...library.resources]
      resources[index] = updated
      return withLibrary(workspace, { ...library, resources })
    }
    case 'library/remove-resource': {
      const resources = library.resources.filter((resource) => resource.id !== command.id)
      if (resources.length === library.resources.length) return workspace
      return withLibrary(workspace, {
        resources,
        read: without(library.read, [command.id]),
        notes: without(library.notes, [command.id])
      })
    }
  }
}
