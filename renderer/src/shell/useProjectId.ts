import { useParams } from 'react-router'
import { da } from '@shared/texts/da/shell'

/** The project of the current route (/projekt/:projectId/…), or null outside a project. */
export function useProjectId(): number | null {
  const { projectId } = useParams()
  const n = Number(projectId)
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

export function useRequiredProjectId(): number {
  const id = useProjectId()
  if (id === null) throw new Error(da.common.projectRequired)
  return id
}
