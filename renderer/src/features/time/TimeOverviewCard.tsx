// The project's front page: months waiting for a signature or an approval.
import { Typography } from '@mui/material'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { SectionCard } from '../../components/SectionCard'

const t = da.time.ui.overview

export function TimeOverviewCard({ projectId }: { projectId: number }) {
  const months = useApiQuery('time.months', { projectId })
  return (
    <SectionCard title={t.timeTitle} links={[{ to: `/projekt/${projectId}/timer/maaneder`, label: t.open }]}>
      <QueryView query={months}>
        {(rows) => {
          const withHours = rows.filter((r) => r.mode === 'timesheet' && r.minutes > 0)
          return (
            <>
              <Typography data-testid="time-awaiting-signature">{t.awaitingSignature(withHours.filter((r) => r.status === 'open').length)}</Typography>
              <Typography data-testid="time-awaiting-approval">{t.awaitingApproval(rows.filter((r) => r.status === 'signed').length)}</Typography>
              <Typography color="text.secondary">{t.approvedMonths(rows.filter((r) => r.status === 'approved').length)}</Typography>
            </>
          )
        }}
      </QueryView>
    </SectionCard>
  )
}
