// The "Regnskab" section's tabs and routes (loaded when the section is first opened: index.tsx).
import { Navigate, Route, Routes } from 'react-router'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { SectionTabs } from '../time/SectionTabs'
import { ImportPanel } from '../time/ImportPanel'
import { LedgerPage } from './LedgerPage'
import { AccountsPage } from './AccountsPage'
import { ExportPage } from './ExportPage'

const t = da.ledger.ui

function ImportPostingsPage() {
  return <ImportPanel projectId={useRequiredProjectId()} kind="postings" />
}

const tabs = [
  { path: 'posteringer', label: t.tabs.ledger, element: <LedgerPage /> },
  { path: 'regnskaber', label: t.tabs.accounts, element: <AccountsPage /> },
  { path: 'eksport', label: t.tabs.export, element: <ExportPage /> },
  { path: 'import', label: t.tabs.import, element: <ImportPostingsPage /> }
]

export function AccountsSection() {
  const projectId = useRequiredProjectId()
  return (
    <>
      <PageHeader title={t.title} />
      <SectionTabs base={`/projekt/${projectId}/regnskab`} items={tabs} />
      <Routes>
        <Route index element={<Navigate to="posteringer" replace />} />
        {tabs.map((tab) => (
          <Route key={tab.path} path={tab.path} element={tab.element} />
        ))}
      </Routes>
    </>
  )
}
