import { useRequiredProjectId } from '../../shell/useProjectId'
import { ImportPanel } from './ImportPanel'

export function ImportHoursPage() {
  return <ImportPanel projectId={useRequiredProjectId()} kind="hours" />
}
