// The "Regnskab" section: the ledger (postings and corrections), interim and final accounts with
// the management sign-off, the revisor export, and the import of postings.
import { Navigate, Route, Routes } from 'react-router'
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { useRequiredProjectId } from '../../shell/useProjectId'
import type { PlainRoute, ProjectSection } from '../types'
import { SectionTabs } from '../time/SectionTabs'
import { ImportPanel } from '../time/ImportPanel'
import { LedgerPage } from './LedgerPage'
import { AccountsPage } from './AccountsPage'
import { ExportPage } from './ExportPage'
import { AccountPrint } from './AccountPrint'
import { RevisorSummaryPrint } from './RevisorSummaryPrint'
import { AccountsOverviewCard } from './AccountsOverviewCard'

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

function AccountsSection() {
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

export const accountsSection: ProjectSection = {
  path: 'regnskab',
  label: da.core.nav.accounts,
  icon: <ReceiptLongIcon />,
  element: <AccountsSection />,
  overviewCard: AccountsOverviewCard
}
export const accountsPrintRoutes: PlainRoute[] = [
  { path: 'print/regnskab/:projectId/:accountId', element: <AccountPrint /> },
  { path: 'print/revisor/:projectId', element: <RevisorSummaryPrint /> }
]
