// The prioritering section. Replaced by its feature's screens when its issue is built.
import FilterListIcon from '@mui/icons-material/FilterList'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { ProjectSection } from '../types'

export const prioritisationSection: ProjectSection = {
  path: 'prioritering',
  label: da.core.nav.prioritisation,
  icon: <FilterListIcon />,
  element: <ComingLater title={da.core.nav.prioritisation} />
}

