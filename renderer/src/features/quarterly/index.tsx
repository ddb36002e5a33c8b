// The kvartalsrapport section. Replaced by its feature's screens when its issue is built.
import AssessmentIcon from '@mui/icons-material/Assessment'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'

export const quarterlySection: ProjectSection = {
  path: 'kvartalsrapport',
  label: da.core.nav.quarterlyReport,
  icon: <AssessmentIcon />,
  element: <ComingLater title={da.core.nav.quarterlyReport} />
}
export const quarterlyPrintRoutes: PlainRoute[] = []
