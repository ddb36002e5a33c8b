// The budget's card on the project's front page: budget used against the period elapsed. Its alerts
// are on the front page's decision panel, grouped, and said only there.
import { Box, LinearProgress, Stack, Typography } from '@mui/material'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { SectionCard } from '../../components/SectionCard'
import { formatMeasuredBasisPoints, percentOfBasisPoints } from '@shared/domain/percent'

const t = da.budget.ui.card

function Bar({ label, bp, testId }: { label: string; bp: number; testId: string }) {
  return (
    <Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="body2">{label}</Typography>
        <Typography variant="body2" data-testid={testId}>
          {formatMeasuredBasisPoints(bp)}
        </Typography>
      </Stack>
      <LinearProgress variant="determinate" value={Math.min(100, percentOfBasisPoints(bp))} aria-label={label} />
    </Box>
  )
}

export function BudgetOverviewCard({ projectId }: { projectId: number }) {
  const spending = useApiQuery('budget.spending', { projectId })
  return (
    <SectionCard title={t.title} testId="budget-overview-card" links={[{ to: `/projekt/${projectId}/budget/forbrug`, label: t.open }]}>
      <QueryView query={spending}>
        {(s) => (
          <Stack spacing={1.5}>
            <Typography>
              {s.inForceVersion ? t.summary(formatKr(s.totals.spentOre), formatKr(s.totals.budgetOre), formatKr(s.totals.remainingOre)) : t.noBudget}
            </Typography>
            <Bar label={t.used} bp={s.totals.usedBp ?? 0} testId="card-used" />
            <Bar label={t.elapsed} bp={s.totals.elapsedBp} testId="card-elapsed" />
          </Stack>
        )}
      </QueryView>
    </SectionCard>
  )
}
