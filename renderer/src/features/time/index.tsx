// The timer section. Replaced by its feature's screens when its issue is built.
import ScheduleIcon from '@mui/icons-material/Schedule'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'

export const timeSection: ProjectSection = {
  path: 'timer',
  label: da.core.nav.time,
  icon: <ScheduleIcon />,
  element: <ComingLater title={da.core.nav.time} />
}
export const timePrintRoutes: PlainRoute[] = []
