// The regnskab section. Replaced by its feature's screens when its issue is built.
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong'
import { da } from '@shared/texts/da'
import { ComingLater } from '../../shell/StateViews'
import type { PlainRoute, ProjectSection } from '../types'

export const accountsSection: ProjectSection = {
  path: 'regnskab',
  label: da.core.nav.accounts,
  icon: <ReceiptLongIcon />,
  element: <ComingLater title={da.core.nav.accounts} />
}
export const accountsPrintRoutes: PlainRoute[] = []
