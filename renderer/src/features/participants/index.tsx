// The Deltagere section: participants, the month's status grid (and import), KPIs and progression.
// The screens are loaded when the section is first opened (ParticipantsRoutes.tsx).
import PeopleIcon from '@mui/icons-material/People'
import { da } from '@shared/texts/da/shell'
import { lazyComponent } from '../../shell/lazyPage'
import type { PlainRoute, ProjectSection } from '../types'

const ParticipantsRoutes = lazyComponent(() => import('./ParticipantsRoutes'), 'ParticipantsRoutes')
const ParticipantsOverviewCard = lazyComponent(() => import('./OverviewCard'), 'ParticipantsOverviewCard')
const KpiPrint = lazyComponent(() => import('./KpiPrint'), 'KpiPrint')

export const participantsSection: ProjectSection = {
  path: 'deltagere',
  label: da.core.nav.participants,
  icon: <PeopleIcon />,
  element: <ParticipantsRoutes />,
  overviewCard: ParticipantsOverviewCard
}

export const participantsPrintRoutes: PlainRoute[] = [{ path: 'print/projekt/:projectId/kpi', element: <KpiPrint /> }]
