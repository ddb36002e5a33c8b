// The Deltagere section: participants, the month's status grid (and import), KPIs and progression.
import { Route, Routes, useParams } from 'react-router'
import PeopleIcon from '@mui/icons-material/People'
import { da } from '@shared/texts/da'
import { NotFound } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'
import { ParticipantList } from './ParticipantList'
import { EditParticipantPage, NewParticipantPage } from './ParticipantForm'
import { ParticipantDetail } from './ParticipantDetail'
import { MonthGrid } from './MonthGrid'
import { KpiPage } from './KpiPage'
import { ProgressionPage } from './ProgressionPage'
import { KpiPrint } from './KpiPrint'
import { ParticipantsOverviewCard } from './OverviewCard'

function WithParticipantId({ edit = false }: { edit?: boolean }) {
  const id = Number(useParams().participantId)
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return edit ? <EditParticipantPage participantId={id} /> : <ParticipantDetail key={id} participantId={id} />
}

function ParticipantsRoutes() {
  return (
    <Routes>
      <Route index element={<ParticipantList />} />
      <Route path="ny" element={<NewParticipantPage />} />
      <Route path="maaned" element={<MonthGrid />} />
      <Route path="kpi" element={<KpiPage />} />
      <Route path="progression" element={<ProgressionPage />} />
      <Route path=":participantId" element={<WithParticipantId />} />
      <Route path=":participantId/rediger" element={<WithParticipantId edit />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}

export const participantsSection: ProjectSection = {
  path: 'deltagere',
  label: da.core.nav.participants,
  icon: <PeopleIcon />,
  element: <ParticipantsRoutes />,
  overviewCard: ParticipantsOverviewCard
}

export const participantsPrintRoutes: PlainRoute[] = [{ path: 'print/projekt/:projectId/kpi', element: <KpiPrint /> }]
