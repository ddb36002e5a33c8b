// The spending view: the approved budget against the ledger's postings, per line and year, with %
// used against % of the period elapsed, a forecast at the current pace, flags and alerts, and a
// chart of budget vs. spent per line.
import { useMemo } from 'react'
import { Alert, Box, Card, CardContent, Chip, Grid, Stack, TableCell, TableRow, Typography } from '@mui/material'
import type { BudgetSpending } from '@shared/api/budget'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { ChartView } from '../../components/Chart'
import { budgetAgainstSpentConfig } from '../../components/chartStyle'
import { PageHeader } from '../../shell/PageHeader'
import { PdfButton } from '../../print/PdfButton'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { BudgetTabs } from './BudgetTabs'
import { formatMeasuredBasisPoints, formatSetBasisPoints } from '@shared/domain/percent'
import { Figure } from '../../components/Figure'
import { WideTable } from '../../components/SimpleTable'
import { GridSection } from '../../components/GridSection'

const t = da.budget.ui.spending
const bp = (v: number | null) => (v === null ? '–' : formatMeasuredBasisPoints(v))

function FlagChip({ flag, overBudget }: { flag: 'over' | 'under' | null; overBudget: boolean }) {
  if (overBudget) return <Chip size="small" color="error" label={t.overBudget} />
  if (flag === 'over') return <Chip size="small" color="warning" label={t.flagOver} />
  if (flag === 'under') return <Chip size="small" color="info" label={t.flagUnder} />
  return null
}

/**
 * Budget against spent per line, as horizontal bars (one row per line, its name never rotated),
 * the overrun stacked on top in cross-hatched red: the same chart on screen and in the PDF.
 */
export function SpendingChart({ s }: { s: BudgetSpending }) {
  const config = useMemo(
    () =>
      budgetAgainstSpentConfig({
        labels: s.lines.map((l) => `${l.title} ${l.year}`),
        budgetOre: s.lines.map((l) => l.budgetOre),
        spentOre: s.lines.map((l) => l.spentOre),
        texts: { budget: t.budget, spent: t.spent, overrun: t.overrun, axis: t.axisKr },
        horizontal: true
      }),
    [s]
  )
  return <ChartView config={config} label={t.chartLabel} height={Math.max(240, 80 + s.lines.length * 34)} testId="spending-chart" />
}

export function SpendingPage() {
  const projectId = useRequiredProjectId()
  const spending = useApiQuery('budget.spending', { projectId })
  return (
    <>
      <PageHeader
        title={t.title}
        actions={<PdfButton route={`/print/budget/${projectId}/forbrug`} fileName={`Forbrug projekt ${projectId}.pdf`} label={t.pdf} />}
      />
      <BudgetTabs projectId={projectId} />
      <QueryView query={spending}>
        {(s) => (
          <>
            <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="spending-basis">
              {s.inForceVersion ? t.basis(formatDate(s.asOf), s.inForceVersion.number, s.inForceVersion.title) : t.noBudget}
            </Typography>
            <Card variant="outlined" sx={{ mb: 3 }}>
              <CardContent>
                <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
                  <Figure label={t.budget} value={formatKr(s.totals.budgetOre)} testId="spending-total-budget" />
                  <Figure label={t.spent} value={formatKr(s.totals.spentOre)} testId="spending-total-spent" />
                  <Figure label={t.remaining} value={formatKr(s.totals.remainingOre)} testId="spending-total-remaining" />
                  <Figure label={t.used} value={bp(s.totals.usedBp)} testId="spending-total-used" />
                  <Figure label={t.elapsed} value={bp(s.totals.elapsedBp)} testId="spending-total-elapsed" />
                  <Figure label={t.forecast} value={s.totals.forecastOre === null ? '–' : formatKr(s.totals.forecastOre)} testId="spending-total-forecast" />
                </Stack>
              </CardContent>
            </Card>
            {s.alerts.length > 0 ? (
              <Stack spacing={1} sx={{ mb: 3 }} data-testid="spending-alerts">
                {/* One alert per severity, most serious first, so a finished project's many lines past 90 % stay readable. */}
                {(['error', 'warning', 'info'] as const).map((severity) => {
                  const messages = s.alerts.filter((a) => a.severity === severity).map((a) => a.message)
                  if (messages.length === 0) return null
                  return (
                    <Alert key={severity} severity={severity}>
                      {messages.length === 1 ? (
                        messages[0]
                      ) : (
                        <Box component="ul" sx={{ m: 0, pl: 2 }}>
                          {messages.map((m, i) => (
                            <li key={i}>{m}</li>
                          ))}
                        </Box>
                      )}
                    </Alert>
                  )
                })}
              </Stack>
            ) : null}
            <Grid container spacing={3}>
              <GridSection title={t.linesTitle}>
                <WideTable
                  label={t.linesTitle}
                  sx={{ '& td.MuiTableCell-alignRight': { whiteSpace: 'nowrap' } }}
                  columns={[
                    t.year,
                    t.line,
                    { right: t.budget },
                    { right: t.spent },
                    { right: t.remaining },
                    { right: t.used },
                    { right: t.elapsed },
                    { right: t.forecast }
                  ]}
                  headEnd={<TableCell />}
                >
                  {s.lines.map((l) => (
                    <TableRow key={l.budgetLineId} data-testid={`spending-line-${l.budgetLineId}`}>
                      <TableCell>{l.year}</TableCell>
                      <TableCell sx={{ minWidth: 220 }}>{`${l.title} (${l.categoryLabel})`}</TableCell>
                      <TableCell align="right" data-testid="spending-budget">
                        {formatKr(l.budgetOre)}
                      </TableCell>
                      <TableCell align="right">{formatKr(l.spentOre)}</TableCell>
                      <TableCell align="right">{formatKr(l.remainingOre)}</TableCell>
                      <TableCell align="right">{bp(l.usedBp)}</TableCell>
                      <TableCell align="right">{bp(l.elapsedBp)}</TableCell>
                      <TableCell align="right">{l.forecastOre === null ? '–' : formatKr(l.forecastOre)}</TableCell>
                      <TableCell>
                        <FlagChip flag={l.flag} overBudget={l.overBudget} />
                        {l.inBudget ? null : <Chip size="small" color="error" label={t.notInBudget} />}
                      </TableCell>
                    </TableRow>
                  ))}
                  {s.years.map((y) => (
                    <TableRow key={`y${y.year}`} sx={{ '& td': { fontWeight: 500 } }}>
                      <TableCell>{y.year}</TableCell>
                      <TableCell>{t.yearTotal(formatKr(y.grantOre))}</TableCell>
                      <TableCell align="right" data-testid={`spending-year-budget-${y.year}`}>
                        {formatKr(y.budgetOre)}
                      </TableCell>
                      <TableCell align="right">{formatKr(y.spentOre)}</TableCell>
                      <TableCell align="right">{formatKr(y.remainingOre)}</TableCell>
                      <TableCell align="right">{bp(y.usedBp)}</TableCell>
                      <TableCell align="right">{bp(y.elapsedBp)}</TableCell>
                      <TableCell align="right">{y.forecastOre === null ? '–' : formatKr(y.forecastOre)}</TableCell>
                      <TableCell>
                        <FlagChip flag={y.flag} overBudget={y.overBudget} />
                      </TableCell>
                    </TableRow>
                  ))}
                </WideTable>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t.thresholdsNote(s.alertThresholdsBp.map((x) => formatSetBasisPoints(x)).join(', '), formatSetBasisPoints(s.deviationThresholdBp))}
                </Typography>
              </GridSection>
              {s.lines.length > 0 ? (
                <GridSection title={t.chartTitle}>
                  <SpendingChart s={s} />
                </GridSection>
              ) : null}
            </Grid>
          </>
        )}
      </QueryView>
    </>
  )
}
