// The budget section's own navigation: budget, spending, staff and rates, instalments.
import { Link as RouterLink, useLocation } from 'react-router'
import { Tab, Tabs } from '@mui/material'
import { da } from '@shared/texts/da'

const t = da.budget.ui.tabs

export function BudgetTabs({ projectId }: { projectId: number }) {
  const { pathname } = useLocation()
  const base = `/projekt/${projectId}/budget`
  const tabs = [
    { to: base, label: t.budget },
    { to: `${base}/forbrug`, label: t.spending },
    { to: `${base}/medarbejdere`, label: t.staff },
    { to: `${base}/rater`, label: t.instalments }
  ]
  const current = tabs.slice(1).find((x) => pathname.startsWith(x.to))?.to ?? base
  return (
    <Tabs value={current} sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }} aria-label={da.core.nav.budget}>
      {tabs.map((x) => (
        <Tab key={x.to} value={x.to} label={x.label} component={RouterLink} to={x.to} />
      ))}
    </Tabs>
  )
}
