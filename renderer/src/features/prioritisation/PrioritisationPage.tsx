// The Prioritering section's page: the Pareto focus list and the 80/20 view of categories (loaded
// when the section is first opened: index.tsx).
import { Link as RouterLink, Route, Routes, useLocation } from 'react-router'
import { Tab, Tabs } from '@mui/material'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { FocusList } from './FocusList'
import { CategoryPareto } from './CategoryPareto'

const p = da.participants.ui.prioritisation

export function PrioritisationPage() {
  const projectId = useRequiredProjectId()
  const location = useLocation()
  const base = `/projekt/${projectId}/prioritering`
  const tab = location.pathname.startsWith(`${base}/analyse`) ? 'categories' : 'focus'
  return (
    <>
      <PageHeader title={p.title} subtitle={p.subtitle} />
      <Tabs value={tab} sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }} aria-label={p.title}>
        <Tab value="focus" label={p.tabs.focus} component={RouterLink} to={base} />
        <Tab value="categories" label={p.tabs.categories} component={RouterLink} to={`${base}/analyse`} />
      </Tabs>
      <Routes>
        <Route index element={<FocusList projectId={projectId} />} />
        <Route path="analyse" element={<CategoryPareto projectId={projectId} />} />
      </Routes>
    </>
  )
}
