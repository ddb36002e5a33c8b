// The app's frame: app bar with the project switcher, the navigation drawer with the project's
// sections, and the page. Keyboard users get a skip link to the main content. Printing a screen
// from the browser (Ctrl+P) prints the page only: app bar, drawer and skip link are not printed.
import { Link as RouterLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Drawer from '@mui/material/Drawer'
import Link from '@mui/material/Link'
import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import DashboardIcon from '@mui/icons-material/Dashboard'
import HistoryIcon from '@mui/icons-material/History'
import { da } from '@shared/texts/da/shell'
import { useApiQuery } from '../api/hooks'
import { projectSections } from '../features'

const DRAWER_WIDTH = 240

function ProjectSwitcher({ projectId }: { projectId: number | null }) {
  const navigate = useNavigate()
  const projects = useApiQuery('projects.list', {})
  if (!projects.data || projects.data.length === 0) return null
  return (
    <TextField
      select
      size="small"
      label={da.core.switcher.label}
      value={projectId ?? ''}
      onChange={(e) => navigate(e.target.value ? `/projekt/${e.target.value}` : '/')}
      sx={{ minWidth: 320, bgcolor: 'background.paper', borderRadius: 1 }}
      slotProps={{ htmlInput: { 'data-testid': 'project-switcher' } }}
    >
      <MenuItem value="">{da.core.switcher.allProjects}</MenuItem>
      {projects.data.map((p) => (
        <MenuItem key={p.id} value={p.id}>
          {`${p.municipality}: ${p.title}`}
        </MenuItem>
      ))}
    </TextField>
  )
}

export function AppShell() {
  const match = useMatch('/projekt/:projectId/*')
  const location = useLocation()
  const projectId = match && /^\d+$/.test(match.params.projectId ?? '') ? Number(match.params.projectId) : null
  const base = projectId ? `/projekt/${projectId}` : null
  const items = base
    ? [
        { to: base, label: da.core.nav.overview, icon: <DashboardIcon />, exact: true },
        ...projectSections.map((s) => ({ to: `${base}/${s.path}`, label: s.label, icon: s.icon, exact: false })),
        { to: `${base}/revisionsspor`, label: da.core.nav.audit, icon: <HistoryIcon />, exact: false }
      ]
    : []

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
        sx={{ displayPrint: 'none', position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}
      >
        {da.common.skipToContent}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, displayPrint: 'none' }}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography variant="h6" component={RouterLink} to="/" sx={{ color: 'inherit', textDecoration: 'none' }}>
            {da.common.appName}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Button color="inherit" component={RouterLink} to="/puljer">
            {da.core.nav.pools}
          </Button>
          <Button color="inherit" component={RouterLink} to="/indstillinger">
            {da.core.nav.settings}
          </Button>
          <ProjectSwitcher projectId={projectId} />
        </Toolbar>
      </AppBar>
      {base ? (
        <Drawer
          variant="permanent"
          sx={{ displayPrint: 'none', width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
        >
          <Toolbar />
          <nav aria-label={da.core.switcher.label}>
            <List>
              {items.map((item) => {
                const selected = item.exact ? location.pathname === item.to : location.pathname.startsWith(item.to)
                return (
                  <ListItemButton key={item.to} component={RouterLink} to={item.to} selected={selected}>
                    <ListItemIcon>{item.icon}</ListItemIcon>
                    <ListItemText primary={item.label} />
                  </ListItemButton>
                )
              })}
            </List>
          </nav>
        </Drawer>
      ) : null}
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0, outline: 'none', '@media print': { p: 0 } }}>
        <Toolbar sx={{ displayPrint: 'none' }} />
        <Outlet />
      </Box>
    </Box>
  )
}
