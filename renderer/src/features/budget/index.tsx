// The budget section: budget versions and lines, spending, staff and rates, instalments; the
// revision request printout; the grant pools' pages (#/puljer) and the budget panel of a pool.
import { Route, Routes } from 'react-router'
import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import { da } from '@shared/texts/da'
import type { PlainRoute, ProjectSection } from '../types'
import { BudgetHome } from './BudgetHome'
import { VersionPage } from './VersionPage'
import { SpendingPage } from './SpendingPage'
import { StaffPage } from './StaffPage'
import { InstalmentsPage } from './InstalmentsPage'
import { RevisionPrint } from './RevisionPrint'
import { SpendingPrint } from './SpendingPrint'
import { PoolsPage } from './PoolsPage'
import { PoolPage } from './PoolPage'
import { BudgetOverviewCard } from './BudgetOverviewCard'
import { NotFound } from '../../shell/StateViews'

function BudgetRoutes() {
  return (
    <Routes>
      <Route index element={<BudgetHome />} />
      <Route path="version/:versionId" element={<VersionPage />} />
      <Route path="forbrug" element={<SpendingPage />} />
      <Route path="medarbejdere" element={<StaffPage />} />
      <Route path="rater" element={<InstalmentsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}

export const budgetSection: ProjectSection = {
  path: 'budget',
  label: da.core.nav.budget,
  icon: <AccountBalanceIcon />,
  element: <BudgetRoutes />,
  overviewCard: BudgetOverviewCard
}
export const budgetPrintRoutes: PlainRoute[] = [
  { path: 'print/budget/:projectId/version/:versionId', element: <RevisionPrint /> },
  { path: 'print/budget/:projectId/forbrug', element: <SpendingPrint /> }
]
export const budgetGlobalRoutes: PlainRoute[] = [
  { path: 'puljer', element: <PoolsPage /> },
  { path: 'puljer/:poolId', element: <PoolPage /> }
]
