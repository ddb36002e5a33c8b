// The "Timer" section: the week grid, the months with signature and approval (and the management
// statements of staff 100 % on the project), the import of hours, and the time settings.
import { Navigate, Route, Routes } from 'react-router'
import ScheduleIcon from '@mui/icons-material/Schedule'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { useRequiredProjectId } from '../../shell/useProjectId'
import type { PlainRoute, ProjectSection } from '../types'
import { WeekPage } from './WeekPage'
import { MonthsPage } from './MonthsPage'
import { ImportHoursPage } from './ImportHoursPage'
import { TimeSettingsPage } from './TimeSettingsPage'
import { TimeOverviewCard } from './TimeOverviewCard'
import { SectionTabs } from './SectionTabs'
import { MonthSheetPrint } from './MonthSheetPrint'

const t = da.time.ui

const tabs = [
  { path: 'uge', label: t.tabs.week, element: <WeekPage /> },
  { path: 'maaneder', label: t.tabs.months, element: <MonthsPage /> },
  { path: 'import', label: t.tabs.import, element: <ImportHoursPage /> },
  { path: 'indstillinger', label: t.tabs.settings, element: <TimeSettingsPage /> }
]

function TimeSection() {
  const projectId = useRequiredProjectId()
  const base = `/projekt/${projectId}/timer`
  return (
    <>
      <PageHeader title={t.sectionTitle} />
      <SectionTabs base={base} items={tabs} />
      <Routes>
        <Route index element={<Navigate to="uge" replace />} />
        {tabs.map((tab) => (
          <Route key={tab.path} path={tab.path} element={tab.element} />
        ))}
      </Routes>
    </>
  )
}

export const timeSection: ProjectSection = {
  path: 'timer',
  label: da.core.nav.time,
  icon: <ScheduleIcon />,
  element: <TimeSection />,
  overviewCard: TimeOverviewCard
}
export const timePrintRoutes: PlainRoute[] = [{ path: 'print/timeseddel/:projectId/:staffId/:month', element: <MonthSheetPrint /> }]
