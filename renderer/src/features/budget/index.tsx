// The budget section. Replaced by its feature's screens when its issue is built.
import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'

export const budgetSection: ProjectSection = {
  path: 'budget',
  label: da.core.nav.budget,
  icon: <AccountBalanceIcon />,
  element: <ComingLater title={da.core.nav.budget} />
}
export const budgetPrintRoutes: PlainRoute[] = []
export const budgetGlobalRoutes: PlainRoute[] = []
