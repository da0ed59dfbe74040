import { useEffect } from 'react'
import { api } from '../../api'
import { useSession } from '../../state/session-context'

const isWorkspace = (name: string) => name.toLowerCase().endsWith('.cluster') || name === 'workspace.json'

/**
 * Dropping a workspace (a .cluster folder, or its workspace.json) anywhere on the window opens
 * it. Other drops are left to the areas that accept files; the window itself never navigates.
 */
export function useWorkspaceDrop() {
  const { updateSession } = useSession()
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if ([...(event.dataTransfer?.items ?? [])].some((item) => item.kind === 'file')) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      const file = [...(event.dataTransfer?.files ?? [])].find((candidate) => isWorkspace(candidate.name))
      if (!file) return
      event.preventDefault()
      const path = api.pathForDroppedFile(file)
      if (path) void updateSession(() => api.openDroppedWorkspace({ path }))
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [updateSession])
}
