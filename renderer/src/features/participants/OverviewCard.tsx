// The participants card on the project's front page: counts, the latest month's KPIs against
// targets, the result conditions, due progression answers and caseloads over the maximum.
import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material'
import { kpisAgainstTargets } from '@shared/domain/participants/targets'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { SectionCard } from '../../components/SectionCard'
import { pct, t, ui } from './common'
import { ConditionChip } from './kpiParts'
import { formatMonth } from '@shared/domain/months'

const o = ui.overview

export function ParticipantsOverviewCard({ projectId }: { projectId: number }) {
  const overview = useApiQuery('participants.overview', { projectId })
  return (
    <SectionCard
      title={o.title}
      testId="participants-card"
      links={[
        { to: `/projekt/${projectId}/deltagere/kpi`, label: o.open_kpis },
        { to: `/projekt/${projectId}/prioritering`, label: o.open_focus }
      ]}
    >
      <QueryView query={overview}>
        {(d) => (
          <>
            <Stack direction="row" spacing={3} sx={{ mb: 2 }}>
              {[
                [o.participants, d.participants],
                [o.effortGroup, d.effortGroup],
                [o.open, d.openCases]
              ].map(([label, value]) => (
                <Box key={String(label)}>
                  <Typography variant="body2" color="text.secondary">
                    {label}
                  </Typography>
                  <Typography variant="h5">{value}</Typography>
                </Box>
              ))}
            </Stack>
            {d.latest && d.month ? (
              <>
                <Typography variant="body2" color="text.secondary">
                  {o.latest(formatMonth(d.month))}
                </Typography>
                <Table size="small" sx={{ mb: 1 }}>
                  <TableBody>
                    {kpisAgainstTargets(d.targets, d.latest)
                      .filter((r) => r.kpi !== 'shareOfEffortGroupInFirmBasedActivity' && r.kpi !== 'shareOfEndedInJobOrEducation')
                      .map((r) => (
                        <TableRow key={r.kpi}>
                          <TableCell>{t.kpis[r.kpi]}</TableCell>
                          <TableCell align="right" data-testid={`card-kpi-${t.kpis[r.kpi]}`}>
                            {pct(r.value)}
                          </TableCell>
                          <TableCell align="right" sx={{ color: 'text.secondary' }}>
                            {t.targetText(r.target, r.atMost)}
                          </TableCell>
                          <TableCell>
                            {r.met === null ? null : (
                              <Chip size="small" variant="outlined" color={r.met ? 'success' : 'error'} label={r.met ? ui.kpi.met : ui.kpi.notMet} />
                            )}
                          </TableCell>
                        </TableRow>
                      ))}
                  </TableBody>
                </Table>
              </>
            ) : (
              <Typography color="text.secondary">{o.noStatus}</Typography>
            )}
            <Stack spacing={0.5} sx={{ mb: 1 }}>
              {d.conditions.map((c, i) => (
                <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <ConditionChip c={c} />
                  <Typography variant="body2">{c.label}</Typography>
                </Stack>
              ))}
            </Stack>
            {d.remindersDue > 0 ? (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {o.reminders(d.remindersDue)}
              </Alert>
            ) : null}
            {d.caseloadOverMax.map((c) => (
              <Chip key={c.name} color="warning" size="small" sx={{ mr: 1 }} label={o.overMax(c.name, c.count)} />
            ))}
          </>
        )}
      </QueryView>
    </SectionCard>
  )
}
