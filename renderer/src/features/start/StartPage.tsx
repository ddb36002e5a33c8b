// The start page: create a project or open the demo project; the projects already in the database.
import type { ReactNode } from 'react'
import { useNavigate, Link as RouterLink } from 'react-router'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Card from '@mui/material/Card'
import CardActions from '@mui/material/CardActions'
import CardContent from '@mui/material/CardContent'
import Chip from '@mui/material/Chip'
import Grid from '@mui/material/Grid'
import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemText from '@mui/material/ListItemText'
import Typography from '@mui/material/Typography'
import AddIcon from '@mui/icons-material/Add'
import PlayArrowIcon from '@mui/icons-material/PlayArrow'
import { da } from '@shared/texts/da/shell'
import { formatKr } from '@shared/domain/money'
import { formatDate } from '@shared/domain/dates'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ErrorAlert, QueryView } from '../../shell/StateViews'

const t = da.core.start

/** One of the page's two ways in: what it does, and its button. */
function ChoiceCard({ title, help, children }: { title: string; help: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, md: 6 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          <Typography color="text.secondary">{help}</Typography>
        </CardContent>
        <CardActions>{children}</CardActions>
      </Card>
    </Grid>
  )
}

export function StartPage() {
  const navigate = useNavigate()
  const projects = useApiQuery('projects.list', {})
  const openDemo = useApiMutation('demo.open')

  return (
    <Box sx={{ maxWidth: 960, mx: 'auto' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography sx={{ mb: 3 }} color="text.secondary">
        {t.intro}
      </Typography>
      <Grid container spacing={3} sx={{ mb: 4 }}>
        <ChoiceCard title={t.createProject} help={t.createProjectHelp}>
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/projekt/ny">
            {t.createProject}
          </Button>
        </ChoiceCard>
        <ChoiceCard title={t.openDemo} help={t.openDemoHelp}>
          <Button
            variant="outlined"
            startIcon={<PlayArrowIcon />}
            loading={openDemo.isPending}
            onClick={() => openDemo.mutate({}, { onSuccess: (r) => navigate(`/projekt/${r.projectId}`) })}
          >
            {t.openDemo}
          </Button>
        </ChoiceCard>
      </Grid>
      {openDemo.isError ? <ErrorAlert error={openDemo.error} /> : null}
      <Typography variant="h5" component="h2" gutterBottom>
        {t.yourProjects}
      </Typography>
      <QueryView query={projects}>
        {(list) =>
          list.length === 0 ? (
            <Alert severity="info">{t.noProjects}</Alert>
          ) : (
            <List>
              {list.map((p) => (
                <ListItemButton key={p.id} component={RouterLink} to={`/projekt/${p.id}`} divider>
                  <ListItemText
                    primary={`${p.municipality}: ${p.title}`}
                    secondary={`${p.poolName} · ${formatDate(p.periodStart)}–${formatDate(p.periodEnd)} · ${formatKr(p.grantAmountOre)}`}
                  />
                  {p.isDemo ? <Chip size="small" label={da.core.project.demoBadge} /> : null}
                </ListItemButton>
              ))}
            </List>
          )
        }
      </QueryView>
    </Box>
  )
}
