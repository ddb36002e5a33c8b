// The budget section: budget versions and lines, spending, staff and rates, instalments; the
// revision request printout; the grant pools' pages (#/puljer) and the budget panel of a pool. The
// screens are loaded when first opened (BudgetRoutes.tsx).
import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import { da } from '@shared/texts/da/shell'
import { lazyComponent } from '../../shell/lazyPage'
import type { PlainRoute, ProjectSection } from '../types'

const BudgetRoutes = lazyComponent(() => import('./BudgetRoutes'), 'BudgetRoutes')
const BudgetOverviewCard = lazyComponent(() => import('./BudgetOverviewCard'), 'BudgetOverviewCard')
const RevisionPrint = lazyComponent(() => import('./RevisionPrint'), 'RevisionPrint')
const SpendingPrint = lazyComponent(() => import('./SpendingPrint'), 'SpendingPrint')
const PoolsPage = lazyComponent(() => import('./PoolsPage'), 'PoolsPage')
const PoolPage = lazyComponent(() => import('./PoolPage'), 'PoolPage')

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
