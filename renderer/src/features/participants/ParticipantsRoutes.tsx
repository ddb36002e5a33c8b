// The Deltagere section's routes (loaded when the section is first opened: index.tsx).
import { Route, Routes, useParams } from 'react-router'
import { NotFound } from '../../shell/StateViews'
import { ParticipantList } from './ParticipantList'
import { EditParticipantPage, NewParticipantPage } from './ParticipantForm'
import { ParticipantDetail } from './ParticipantDetail'
import { MonthGrid } from './MonthGrid'
import { KpiPage } from './KpiPage'
import { ProgressionPage } from './ProgressionPage'

function WithParticipantId({ edit = false }: { edit?: boolean }) {
  const id = Number(useParams().participantId)
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return edit ? <EditParticipantPage participantId={id} /> : <ParticipantDetail key={id} participantId={id} />
}

export function ParticipantsRoutes() {
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
