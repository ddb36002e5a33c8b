// Mødefrekvens: per group, every quarter of the project period and whether a meeting was held.
import { Link as RouterLink } from 'react-router'
import { Alert, Card, CardContent, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { CadencePeriodOut } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { meetingPath } from './ui'

const t = da.meetings

const colors: Record<CadencePeriodOut['status'], 'success' | 'error' | 'info' | 'default'> = {
  held: 'success',
  missed: 'error',
  current: 'info',
  future: 'default',
  not_required: 'default'
}

function CadenceStatusChip({ period }: { period: CadencePeriodOut }) {
  return (
    <Chip
      size="small"
      color={colors[period.status]}
      variant={period.status === 'held' || period.status === 'missed' ? 'filled' : 'outlined'}
      label={t.cadence.statuses[period.status]}
    />
  )
}

export function CadencePage() {
  const projectId = useRequiredProjectId()
  const cadence = useApiQuery('meetings.cadence', { projectId })
  return (
    <QueryView query={cadence}>
      {(groups) => (
        <Stack spacing={3}>
          <Typography>{t.cadence.intro}</Typography>
          {groups.length === 0 ? <Alert severity="info">{t.groups.none}</Alert> : null}
          {groups.map((g) => (
            <Card key={g.groupId} variant="outlined">
              <CardContent>
                <Typography variant="h6" component="h2">
                  {g.groupName}
                </Typography>
                <Typography color="text.secondary" gutterBottom>
                  {`${t.groups.cadenceLabel(g.cadenceMonths)} (${g.cadenceSource === 'pool' ? t.groups.fromPool : t.groups.fromGroup})`}
                </Typography>
                {g.missedCount > 0 ? (
                  <Alert severity="warning" sx={{ mb: 2 }}>
                    {t.cadence.missedSummary(g.missedCount, t.cadence.periodNoun(g.cadenceMonths))}
                  </Alert>
                ) : null}
                <Table size="small" aria-label={`${t.cadence.title}: ${g.groupName}`} data-testid={`cadence-${g.kind}`}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t.cadence.period}</TableCell>
                      <TableCell>{t.cadence.status}</TableCell>
                      <TableCell>{t.cadence.meetings}</TableCell>
                      <TableCell>{t.cadence.coverage}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {g.periods.map((p) => (
                      <TableRow key={p.start}>
                        <TableCell>{p.label}</TableCell>
                        <TableCell>
                          <CadenceStatusChip period={p} />
                        </TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                            {p.heldMeetings.map((m) => (
                              <Link key={m.id} component={RouterLink} to={meetingPath(projectId, m.id)}>
                                {formatDate(m.date)}
                              </Link>
                            ))}
                            {p.otherMeetings.length > 0 ? (
                              <Typography variant="body2" color="text.secondary">
                                {t.cadence.notHeldHint(p.otherMeetings.length)}
                              </Typography>
                            ) : null}
                          </Stack>
                        </TableCell>
                        <TableCell>{p.coveragePct < 100 ? t.cadence.coveragePct(p.coveragePct) : ''}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="partial-rule">
                  {g.partialRule}
                </Typography>
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
    </QueryView>
  )
}
