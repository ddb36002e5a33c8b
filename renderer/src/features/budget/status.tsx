// The status of a budget version as a chip, the same everywhere.
import { Chip } from '@mui/material'
import type { BudgetVersionSummary } from '@shared/api/budget'
import { da } from '@shared/texts/da'

const colors: Record<BudgetVersionSummary['status'], 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  draft: 'default',
  sent: 'info',
  approved: 'success',
  rejected: 'error',
  registered: 'success'
}

export function VersionStatusChip({ status }: { status: BudgetVersionSummary['status'] }) {
  return <Chip size="small" color={colors[status]} label={da.budget.status[status]} data-testid="version-status" />
}
