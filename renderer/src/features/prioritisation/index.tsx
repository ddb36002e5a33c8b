// The Prioritering section: the Pareto focus list and the 80/20 view of categories, loaded when the
// section is first opened (PrioritisationPage.tsx).
import FilterListIcon from '@mui/icons-material/FilterList'
import { da } from '@shared/texts/da/shell'
import { lazyComponent } from '../../shell/lazyPage'
import type { ProjectSection } from '../types'

const PrioritisationPage = lazyComponent(() => import('./PrioritisationPage'), 'PrioritisationPage')

export const prioritisationSection: ProjectSection = {
  path: 'prioritering',
  label: da.core.nav.prioritisation,
  icon: <FilterListIcon />,
  element: <PrioritisationPage />
}
