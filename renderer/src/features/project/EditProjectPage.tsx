import { useNavigate } from 'react-router'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { ProjectForm } from './ProjectForm'

export function EditProjectPage() {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  const project = useApiQuery('projects.get', { projectId })
  const update = useApiMutation('projects.update')
  return (
    <>
      <PageHeader title={da.core.project.editTitle} />
      <QueryView query={project}>
        {(p) => (
          <ProjectForm
            project={p}
            submitLabel={da.common.save}
            onSubmit={async (input) => {
              await update.mutateAsync({ ...input, projectId })
              navigate(`/projekt/${projectId}`)
            }}
            onCancel={() => navigate(`/projekt/${projectId}`)}
          />
        )}
      </QueryView>
    </>
  )
}
