import { useParams } from 'react-router'

/** The project of the current route (/projekt/:projectId/…), or null outside a project. */
export function useProjectId(): number | null {
  const { projectId } = useParams()
  const n = Number(projectId)
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

export function useRequiredProjectId(): number {
  const id = useProjectId()
  if (id === null) throw new Error('Siden kræver et projekt')
  return id
}
