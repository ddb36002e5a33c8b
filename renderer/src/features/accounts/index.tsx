// The "Regnskab" section: the ledger (postings and corrections), interim and final accounts with
// the management sign-off, the revisor export, and the import of postings. The section's screens are
// loaded when it is first opened (AccountsSection.tsx).
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong'
import { da } from '@shared/texts/da/shell'
import { lazyComponent } from '../../shell/lazyPage'
import type { PlainRoute, ProjectSection } from '../types'

const AccountsSection = lazyComponent(() => import('./AccountsSection'), 'AccountsSection')
const AccountsOverviewCard = lazyComponent(() => import('./AccountsOverviewCard'), 'AccountsOverviewCard')
const AccountPrint = lazyComponent(() => import('./AccountPrint'), 'AccountPrint')
const RevisorSummaryPrint = lazyComponent(() => import('./RevisorSummaryPrint'), 'RevisorSummaryPrint')

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
