// The tabs of the meetings section, each its own route under /projekt/:id/moeder/.
import { Link as RouterLink, Route, Routes, useLocation } from 'react-router'
import { Box, Tab, Tabs } from '@mui/material'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { NotFound } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { MeetingList } from './MeetingList'
import { GroupsPage } from './GroupsPage'
import { CadencePage } from './CadencePage'
import { ActionsPage } from './ActionsPage'
import { BacklogPage } from './BacklogPage'
import { SearchPage } from './SearchPage'
import { MeetingPage } from './MeetingPage'

const t = da.meetings

const tabs = [
  { path: '', label: t.tabs.meetings },
  { path: 'grupper', label: t.tabs.groups },
  { path: 'frekvens', label: t.tabs.cadence },
  { path: 'opfoelgning', label: t.tabs.actions },
  { path: 'forslag', label: t.tabs.backlog },
  { path: 'soeg', label: t.tabs.search }
]

function TabsPage({ children }: { children: React.ReactNode }) {
  const projectId = useRequiredProjectId()
  const base = `/projekt/${projectId}/moeder`
  const location = useLocation()
  const rest = location.pathname.slice(base.length).replace(/^\//, '')
  const current = tabs.findIndex((tab) => tab.path === rest)
  return (
    <>
      <PageHeader title={t.title} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current < 0 ? 0 : current} variant="scrollable" aria-label={t.title}>
          {tabs.map((tab) => (
            <Tab key={tab.path} label={tab.label} component={RouterLink} to={tab.path ? `${base}/${tab.path}` : base} />
          ))}
        </Tabs>
      </Box>
      {children}
    </>
  )
}

export function MeetingsRoutes() {
  return (
    <Routes>
      <Route
        index
        element={
          <TabsPage>
            <MeetingList />
          </TabsPage>
        }
      />
      <Route
        path="grupper"
        element={
          <TabsPage>
            <GroupsPage />
          </TabsPage>
        }
      />
      <Route
        path="frekvens"
        element={
          <TabsPage>
            <CadencePage />
          </TabsPage>
        }
      />
      <Route
        path="opfoelgning"
        element={
          <TabsPage>
            <ActionsPage />
          </TabsPage>
        }
      />
      <Route
        path="forslag"
        element={
          <TabsPage>
            <BacklogPage />
          </TabsPage>
        }
      />
      <Route
        path="soeg"
        element={
          <TabsPage>
            <SearchPage />
          </TabsPage>
        }
      />
      <Route path="moede/:meetingId" element={<MeetingPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
