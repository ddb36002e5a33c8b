// The "Timer" section's tabs and routes (loaded when the section is first opened: index.tsx).
import { Navigate, Route, Routes } from 'react-router'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { WeekPage } from './WeekPage'
import { MonthsPage } from './MonthsPage'
import { ImportHoursPage } from './ImportHoursPage'
import { TimeSettingsPage } from './TimeSettingsPage'
import { SectionTabs } from './SectionTabs'

const t = da.time.ui

const tabs = [
  { path: 'uge', label: t.tabs.week, element: <WeekPage /> },
  { path: 'maaneder', label: t.tabs.months, element: <MonthsPage /> },
  { path: 'import', label: t.tabs.import, element: <ImportHoursPage /> },
  { path: 'indstillinger', label: t.tabs.settings, element: <TimeSettingsPage /> }
]

export function TimeSection() {
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
