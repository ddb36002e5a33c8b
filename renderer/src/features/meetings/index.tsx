// The meetings section (Møder): groups and members, meetings with agenda and minutes, cadence,
// action items, proposed items and search; the minutes' print routes; the front page card; and
// the pool-rules panel for meetings.
import GroupsIcon from '@mui/icons-material/Groups'
import { da } from '@shared/texts/da/shell'
import type { PlainRoute, ProjectSection } from '../types'
import { lazyComponent } from '../../shell/lazyPage'

const MeetingsRoutes = lazyComponent(() => import('./MeetingsRoutes'), 'MeetingsRoutes')
const MeetingsOverviewCard = lazyComponent(() => import('./OverviewCard'), 'MeetingsOverviewCard')
const MeetingPrint = lazyComponent(() => import('./print/MeetingPrint'), 'MeetingPrint')

export const meetingsSection: ProjectSection = {
  path: 'moeder',
  label: da.core.nav.meetings,
  icon: <GroupsIcon />,
  element: <MeetingsRoutes />,
  overviewCard: MeetingsOverviewCard
}

export const meetingsPrintRoutes: PlainRoute[] = [
  { path: 'print/moeder/:meetingId', element: <MeetingPrint publication={false} /> },
  { path: 'print/moeder/:meetingId/offentlig', element: <MeetingPrint publication /> }
]
