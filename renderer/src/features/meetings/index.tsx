// The moeder section. Replaced by its feature's screens when its issue is built.
import GroupsIcon from '@mui/icons-material/Groups'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'

export const meetingsSection: ProjectSection = {
  path: 'moeder',
  label: da.core.nav.meetings,
  icon: <GroupsIcon />,
  element: <ComingLater title={da.core.nav.meetings} />
}
export const meetingsPrintRoutes: PlainRoute[] = []
