// The deltagere section. Replaced by its feature's screens when its issue is built.
import PeopleIcon from '@mui/icons-material/People'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'

export const participantsSection: ProjectSection = {
  path: 'deltagere',
  label: da.core.nav.participants,
  icon: <PeopleIcon />,
  element: <ComingLater title={da.core.nav.participants} />
}
export const participantsPrintRoutes: PlainRoute[] = []
