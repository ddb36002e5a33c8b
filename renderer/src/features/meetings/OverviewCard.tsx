// The meetings card on the project's front page: per group, quarters without a meeting, the next
// meeting and open action items.
import { Link as RouterLink } from 'react-router'
import { Alert, Box, Button, Stack, Typography } from '@mui/material'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { meetingsBase } from './ui'
import { SectionCard } from '../../components/SectionCard'

const t = da.meetings

export function MeetingsOverviewCard({ projectId }: { projectId: number }) {
  const cadence = useApiQuery('meetings.cadence', { projectId })
  return (
    <SectionCard title={t.overview.title} testId="meetings-overview">
      <QueryView query={cadence}>
        {(groups) =>
          groups.length === 0 ? (
            <Typography color="text.secondary">{t.overview.noGroups}</Typography>
          ) : (
            <Stack spacing={2}>
              {groups.map((g) => {
                const missed = g.periods.filter((p) => p.status === 'missed')
                return (
                  <Box key={g.groupId}>
                    <Typography variant="subtitle1" component="h3">
                      {g.groupName}
                    </Typography>
                    {missed.length > 0 ? (
                      <Alert severity="warning" sx={{ my: 0.5 }} data-testid={`missed-${g.kind}`}>
                        {t.overview.missed(missed.map((p) => p.label).join(', '))}
                      </Alert>
                    ) : (
                      <Typography variant="body2" color="success.main">
                        {t.cadence.allHeld}
                      </Typography>
                    )}
                    <Typography variant="body2">
                      {`${t.overview.nextMeeting}: ${g.nextMeeting ? t.overview.nextAt(formatDate(g.nextMeeting.date), g.nextMeeting.startTime, g.nextMeeting.place) : t.overview.noNextMeeting}`}
                    </Typography>
                    {g.openActionCount > 0 ? <Typography variant="body2">{t.overview.openActions(g.openActionCount)}</Typography> : null}
                  </Box>
                )
              })}
            </Stack>
          )
        }
      </QueryView>
      <Button component={RouterLink} to={meetingsBase(projectId)} sx={{ mt: 2 }}>
        {t.overview.goTo}
      </Button>
    </SectionCard>
  )
}
