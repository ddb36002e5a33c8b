// The kvartalsrapport section: the quarterly pack for the steering group.
import AssessmentIcon from '@mui/icons-material/Assessment'
import { da } from '@shared/texts/da/shell'
import type { PlainRoute, ProjectSection } from '../types'
import { lazyComponent } from '../../shell/lazyPage'

const QuarterlyPage = lazyComponent(() => import('./QuarterlyPage'), 'QuarterlyPage')
const QuarterlyPrint = lazyComponent(() => import('./QuarterlyPrint'), 'QuarterlyPrint')

export const quarterlySection: ProjectSection = {
  path: 'kvartalsrapport',
  label: da.core.nav.quarterlyReport,
  icon: <AssessmentIcon />,
  element: <QuarterlyPage />
}
export const quarterlyPrintRoutes: PlainRoute[] = [
  { path: 'print/kvartal/:projectId/:quarter', element: <QuarterlyPrint publication={false} /> },
  { path: 'print/kvartal/:projectId/:quarter/offentlig', element: <QuarterlyPrint publication /> }
]
