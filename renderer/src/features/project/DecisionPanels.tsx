// The front page's decision panels: the quarterly pack's traffic lights as of today (worst first,
// each linking to its screen), the budget's alerts grouped into lines, and the KPIs against targets.
import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { Alert, Box, Button, Chip, Collapse, Link, List, ListItem, Stack, TableCell, TableRow, Typography } from '@mui/material'
import type { ProjectOverview, TrafficLight } from '@shared/api/quarterly'
import { formatDate } from '@shared/domain/dates'
import { formatMeasuredShare } from '@shared/domain/percent'
import { da } from '@shared/texts/da'
import { formatMonth } from '@shared/domain/months'
import { SectionCard } from '../../components/SectionCard'
import { SimpleTable } from '../../components/SimpleTable'

const o = da.quarterly.overview
const colourNames = da.quarterly.lights.colours

/** The screen each light is about. */
function lightLink(projectId: number, key: string): string {
  const base = `/projekt/${projectId}`
  if (key === 'spending') return `${base}/budget/forbrug`
  if (key === 'instalments') return `${base}/budget/rater`
  if (key.startsWith('condition:') || key.startsWith('target:')) return `${base}/deltagere/kpi`
  if (key.startsWith('meetings:')) return `${base}/moeder/frekvens`
  if (key === 'actions') return `${base}/moeder/opfoelgning`
  if (key === 'months') return `${base}/timer/maaneder`
  return base
}

const dotColour: Record<TrafficLight['colour'], string> = {
  red: 'error.main',
  yellow: 'warning.main',
  green: 'success.main',
  grey: 'grey.500'
}

export function LightsPanel({ overview }: { overview: ProjectOverview }) {
  return (
    <SectionCard title={o.onTrack} tight>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {o.asOf(overview.quarter.label, formatDate(overview.asOf))}
      </Typography>
      <List dense disablePadding aria-label={o.onTrack}>
        {overview.lights.map((l, i) => (
          <ListItem key={`${l.key}-${i}`} disableGutters data-testid={`light-${l.key}`} data-colour={l.colour} sx={{ alignItems: 'flex-start', py: 0.25 }}>
            <Box
              role="img"
              aria-label={colourNames[l.colour]}
              sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: dotColour[l.colour], flex: 'none', mt: 0.5, mr: 1.5 }}
            />
            <Box sx={{ minWidth: 0 }}>
              <Link component={RouterLink} to={lightLink(overview.projectId, l.key)} underline="hover" sx={{ fontWeight: 500 }}>
                {l.label}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {l.rule}
              </Typography>
            </Box>
          </ListItem>
        ))}
      </List>
    </SectionCard>
  )
}

function AlertGroup({ group }: { group: ProjectOverview['alerts'][number] }) {
  const [open, setOpen] = useState(false)
  const many = group.items.length > 1
  return (
    <Alert
      severity={group.severity}
      data-testid={`overview-alert-${group.key}`}
      action={
        many ? (
          <Button color="inherit" size="small" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
            {open ? o.hideList : o.showList}
          </Button>
        ) : undefined
      }
    >
      <Box sx={{ fontWeight: many ? 500 : undefined }}>{group.title}</Box>
      {many ? (
        <Collapse in={open} unmountOnExit>
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {group.items.map((it, i) => (
              <li key={i}>{it.message}</li>
            ))}
          </Box>
        </Collapse>
      ) : null}
    </Alert>
  )
}

export function AlertsPanel({ overview }: { overview: ProjectOverview }) {
  return (
    <SectionCard title={o.alerts}>
      {overview.alerts.length === 0 ? (
        <Typography color="text.secondary">{o.noAlerts}</Typography>
      ) : (
        <Stack spacing={1}>
          {overview.alerts.map((g) => (
            <AlertGroup key={g.key} group={g} />
          ))}
        </Stack>
      )}
      <Button component={RouterLink} to={`/projekt/${overview.projectId}/budget/forbrug`} size="small" sx={{ mt: 1 }}>
        {da.budget.ui.card.open}
      </Button>
    </SectionCard>
  )
}

const pct = formatMeasuredShare

export function KpiPanel({ overview }: { overview: ProjectOverview }) {
  const k = overview.kpis
  return (
    <SectionCard title={o.kpis} tight>
      {k.month === null ? (
        <Typography color="text.secondary">{o.noKpis}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {o.kpiMonth(formatMonth(k.month))}
          </Typography>
          <SimpleTable label={o.kpis} testId="overview-kpis" columns={[o.kpi, { right: o.value }, { right: o.target }, o.result]}>
            {k.rows.map((r) => (
              <TableRow key={r.kpi}>
                <TableCell>{r.label}</TableCell>
                <TableCell align="right">{pct(r.value)}</TableCell>
                <TableCell align="right">{da.participants.targetText(r.target, r.atMost)}</TableCell>
                <TableCell>
                  {r.met === null ? null : <Chip size="small" color={r.met ? 'success' : 'error'} variant="outlined" label={r.met ? o.met : o.notMet} />}
                </TableCell>
              </TableRow>
            ))}
          </SimpleTable>
        </>
      )}
      <Button component={RouterLink} to={`/projekt/${overview.projectId}/deltagere/kpi`} size="small" sx={{ mt: 1 }}>
        {da.participants.ui.overview.open_kpis}
      </Button>
    </SectionCard>
  )
}
