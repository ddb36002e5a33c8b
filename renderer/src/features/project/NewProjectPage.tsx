import { useNavigate } from 'react-router'
import { da } from '@shared/texts/da'
import { useApiMutation } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { ProjectForm } from './ProjectForm'

export function NewProjectPage() {
  const navigate = useNavigate()
  const create = useApiMutation('projects.create')
  return (
    <>
      <PageHeader title={da.core.project.newTitle} />
      <ProjectForm
        submitLabel={da.core.start.createProject}
        onSubmit={async (input) => {
          const p = await create.mutateAsync(input)
          navigate(`/projekt/${p.id}`)
        }}
        onCancel={() => navigate('/')}
      />
    </>
  )
}
