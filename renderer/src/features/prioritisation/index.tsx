// The Prioritering section: the Pareto focus list and the 80/20 view of categories, loaded when the
// section is first opened (PrioritisationPage.tsx).
import FilterListIcon from '@mui/icons-material/FilterList'
import { da } from '@shared/texts/da/shell'
import { lazyComponent } from '../../shell/lazyPage'
import type { PlainRoute, ProjectSection } from '../types'

const PrioritisationPage = lazyComponent(() => import('./PrioritisationPage'), 'PrioritisationPage')
const FocusListPrint = lazyComponent(() => import('./FocusListPrint'), 'FocusListPrint')

export const prioritisationSection: ProjectSection = {
  path: 'prioritering',
  label: da.core.nav.prioritisation,
  icon: <FilterListIcon />,
  element: <PrioritisationPage />
}

export const prioritisationPrintRoutes: PlainRoute[] = [{ path: 'print/prioritering/:projectId/:month', element: <FocusListPrint /> }]
