// The "Timer" section: the week grid, the months with signature and approval (and the management
// statements of staff 100 % on the project), the import of hours, and the time settings. The
// section's screens are loaded when it is first opened (TimeSection.tsx).
import ScheduleIcon from '@mui/icons-material/Schedule'
import { da } from '@shared/texts/da/shell'
import { lazyComponent } from '../../shell/lazyPage'
import type { PlainRoute, ProjectSection } from '../types'

const TimeSection = lazyComponent(() => import('./TimeSection'), 'TimeSection')
const TimeOverviewCard = lazyComponent(() => import('./TimeOverviewCard'), 'TimeOverviewCard')
const MonthSheetPrint = lazyComponent(() => import('./MonthSheetPrint'), 'MonthSheetPrint')

export const timeSection: ProjectSection = {
  path: 'timer',
  label: da.core.nav.time,
  icon: <ScheduleIcon />,
  element: <TimeSection />,
  overviewCard: TimeOverviewCard
}
export const timePrintRoutes: PlainRoute[] = [{ path: 'print/timeseddel/:projectId/:staffId/:month', element: <MonthSheetPrint /> }]
