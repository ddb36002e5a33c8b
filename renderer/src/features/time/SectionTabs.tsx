// Tabs of a section (Timer, Regnskab): one route per tab under the section's path.
import { Link as RouterLink, useLocation } from 'react-router'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'

export function SectionTabs({ base, items }: { base: string; items: { path: string; label: string }[] }) {
  const location = useLocation()
  const current = items.find((i) => location.pathname.startsWith(`${base}/${i.path}`))?.path ?? items[0]!.path
  return (
    <Tabs value={current} sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }} variant="scrollable">
      {items.map((i) => (
        <Tab key={i.path} value={i.path} label={i.label} component={RouterLink} to={`${base}/${i.path}`} />
      ))}
    </Tabs>
  )
}
