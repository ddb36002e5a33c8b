// Progression for the effort group: change per theme (intake vs latest answer) and whose answers are due.
import { useMemo } from 'react'
import { Link as RouterLink } from 'react-router'
import type { ChartConfiguration } from 'chart.js'
import { Alert, Card, CardContent, Grid, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { formatDate } from '@shared/domain/dates'
import { formatScore, formatScoreChange } from '@shared/domain/participants/progression'
import { useApiQuery } from '../../api/hooks'
import { ChartView } from '../../components/Chart'
import { axisTitle, categoryLabels, flatCategoryTicks, hatch, INK, legendBelow } from '../../components/chartStyle'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { ParticipantsTabs, ReminderChip, ui } from './common'
import { LinkRow } from '../../components/LinkRow'
import { SectionCard } from '../../components/SectionCard'

const p = ui.progression
/** Means and their change as the quarterly pack shows them: one decimal. */
const num = (v: number | null, sign = false) => (v === null ? '–' : sign ? formatScoreChange(v) : formatScore(v))

export function ProgressionPage() {
  const projectId = useRequiredProjectId()
  const summary = useApiQuery('participants.progression.summary', { projectId })
  const config = useMemo<ChartConfiguration<'bar'> | null>(() => {
    if (!summary.data) return null
    const themes = summary.data.themes
    return {
      type: 'bar',
      data: {
        labels: categoryLabels(themes.map((th) => th.label)),
        datasets: [
          { label: p.intake, data: themes.map((th) => th.intakeMean ?? 0), backgroundColor: hatch(INK), borderColor: INK, borderWidth: 1 },
          { label: p.latest, data: themes.map((th) => th.latestMean ?? 0), backgroundColor: INK, borderColor: INK, borderWidth: 1 }
        ]
      },
      options: {
        scales: {
          x: { ticks: flatCategoryTicks },
          y: { min: summary.data.scaleMin, max: summary.data.scaleMax, ticks: { precision: 0 }, title: axisTitle(p.axisMean) }
        },
        plugins: { legend: legendBelow, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatScore(Number(c.parsed.y))}` } } }
      }
    }
  }, [summary.data])
  return (
    <>
      <PageHeader title={p.title} subtitle={p.subtitle} />
      <ParticipantsTabs projectId={projectId} />
      <QueryView query={summary}>
        {(s) => (
          <Grid container spacing={3}>
            {s.exampleWording ? (
              <Grid size={12}>
                <Alert severity="warning" data-testid="example-wording">
                  {p.exampleWarning}
                </Alert>
              </Grid>
            ) : null}
            <Grid size={{ xs: 12, lg: 7 }}>
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="h6" component="h2">
                    {p.themes}
                  </Typography>
                  <Typography variant="body2" color="text.secondary" gutterBottom>
                    {`${p.themesHelp} ${p.answered(s.answered.intake, s.answered.followUp, s.answered.exit)}`}
                  </Typography>
                  <Table size="small" aria-label={p.themes}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{p.theme}</TableCell>
                        <TableCell align="right">{p.participants}</TableCell>
                        <TableCell align="right">{p.intake}</TableCell>
                        <TableCell align="right">{p.latest}</TableCell>
                        <TableCell align="right">{p.change}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {s.themes.map((th) => (
                        <TableRow key={th.key}>
                          <TableCell>{th.label}</TableCell>
                          <TableCell align="right">{th.participants}</TableCell>
                          <TableCell align="right">{num(th.intakeMean)}</TableCell>
                          <TableCell align="right">{num(th.latestMean)}</TableCell>
                          <TableCell align="right">{num(th.change, true)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                  {config ? <ChartView config={config} label={p.chartLabel} height={260} /> : null}
                </CardContent>
              </Card>
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
              <SectionCard title={p.reminders}>
                {s.reminders.length === 0 ? (
                  <Typography color="text.secondary">{p.noReminders}</Typography>
                ) : (
                  <Table size="small" aria-label={p.reminders}>
                    <TableBody>
                      {s.reminders.map((r) => (
                        <LinkRow key={r.participantId} to={`/projekt/${projectId}/deltagere/${r.participantId}`}>
                          <TableCell>
                            <Link component={RouterLink} to={`/projekt/${projectId}/deltagere/${r.participantId}`}>
                              {r.pseudonym}
                            </Link>
                          </TableCell>
                          <TableCell>{r.jobBrokerName ?? ''}</TableCell>
                          <TableCell>
                            <ReminderChip reminder={{ kind: r.kind, dueOn: r.dueOn }} />
                          </TableCell>
                          <TableCell>{formatDate(r.dueOn)}</TableCell>
                        </LinkRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </SectionCard>
            </Grid>
          </Grid>
        )}
      </QueryView>
    </>
  )
}
