// Tables shared by the budget screens and the revision request: lines of a version, the budget
// compared with the grant per year.
import { Alert, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import type { BudgetGrantComparisonView, BudgetLineView } from '@shared/api/budget'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import type { ReactNode } from 'react'
import { CheckNotice } from '../../components/CheckNotice'

const t = da.budget.ui.lines
const c = da.budget.ui.comparison

export function lineFigures(l: Pick<BudgetLineView, 'staffCount' | 'hourlyRateOre' | 'minutes'>) {
  return {
    staff: l.staffCount === null ? '' : String(l.staffCount),
    rate: l.hourlyRateOre === null ? '' : formatKr(l.hourlyRateOre),
    hours: l.minutes === null ? '' : formatHours(l.minutes)
  }
}

/** The version's total of one year, as the service compared it with the grant (never summed here). */
export function yearTotalOre(comparison: BudgetGrantComparisonView, year: number): number | null {
  return comparison.years.find((y) => y.year === year)?.budgetOre ?? null
}

export function LinesTable({
  lines,
  comparison,
  label,
  actions
}: {
  lines: BudgetLineView[]
  /** The same version's comparison with the grant: its per-year budget gives the year totals. */
  comparison: BudgetGrantComparisonView
  label: string
  actions?: (l: BudgetLineView) => ReactNode
}) {
  if (lines.length === 0) return <Alert severity="info">{t.empty}</Alert>
  const years = [...new Set(lines.map((l) => l.year))].sort()
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t.year}</TableCell>
            <TableCell>{t.category}</TableCell>
            <TableCell>{t.title}</TableCell>
            <TableCell align="right">{t.staffCount}</TableCell>
            <TableCell align="right">{t.hours}</TableCell>
            <TableCell align="right">{t.rate}</TableCell>
            <TableCell align="right">{t.amount}</TableCell>
            <TableCell>{t.note}</TableCell>
            {actions ? <TableCell /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {years.map((year) => {
            const ofYear = lines.filter((l) => l.year === year)
            return [
              ...ofYear.map((l) => {
                const f = lineFigures(l)
                return (
                  <TableRow key={l.budgetLineId} data-testid={`budget-line-${l.budgetLineId}`}>
                    <TableCell>{l.year}</TableCell>
                    <TableCell>{l.categoryLabel}</TableCell>
                    <TableCell>{l.title}</TableCell>
                    <TableCell align="right">{f.staff}</TableCell>
                    <TableCell align="right">{f.hours}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {f.rate}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="line-amount">
                      {formatKr(l.amountOre)}
                    </TableCell>
                    <TableCell sx={{ maxWidth: 320 }}>{l.note}</TableCell>
                    {actions ? <TableCell sx={{ whiteSpace: 'nowrap' }}>{actions(l)}</TableCell> : null}
                  </TableRow>
                )
              }),
              <TableRow key={`sum-${year}`}>
                <TableCell colSpan={6}>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {t.yearTotal(year)}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }} data-testid={`year-total-${year}`}>
                  {formatKr(yearTotalOre(comparison, year) ?? 0)}
                </TableCell>
                <TableCell colSpan={actions ? 2 : 1} />
              </TableRow>
            ]
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}

/** The budget compared with the grant, per year and in total. A difference is shown, never hidden. */
export function ComparisonTable({ comparison, label }: { comparison: BudgetGrantComparisonView; label: string }) {
  return (
    <>
      <Table size="small" aria-label={label} sx={{ mb: 2, '& td': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{c.year}</TableCell>
            <TableCell align="right">{c.grant}</TableCell>
            <TableCell align="right">{c.budget}</TableCell>
            <TableCell align="right">{c.difference}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {comparison.years.map((y) => (
            <TableRow key={y.year}>
              <TableCell>{y.year}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatKr(y.grantOre)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid={`comparison-budget-${y.year}`}>
                {formatKr(y.budgetOre)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatKr(y.differenceOre)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 500 }}>{c.splitTotal}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 500 }}>
              {formatKr(comparison.grantSplitTotalOre)}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 500 }} data-testid="comparison-budget-total">
              {formatKr(comparison.budgetTotalOre)}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 500 }}>
              {formatKr(comparison.budgetVsSplitOre)}
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{c.grantAmount}</TableCell>
            <TableCell align="right">{formatKr(comparison.grantAmountOre)}</TableCell>
            <TableCell align="right">{formatKr(comparison.budgetTotalOre)}</TableCell>
            <TableCell align="right" data-testid="comparison-budget-vs-grant">
              {formatKr(comparison.budgetVsGrantOre)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <ComparisonNotice comparison={comparison} />
    </>
  )
}

function ComparisonNotice({ comparison }: { comparison: BudgetGrantComparisonView }) {
  const problems: string[] = []
  if (comparison.splitVsGrantOre !== 0) problems.push(c.splitDiffers(formatKr(Math.abs(comparison.splitVsGrantOre)), comparison.splitVsGrantOre > 0))
  if (comparison.budgetVsGrantOre !== 0) problems.push(c.budgetDiffers(formatKr(Math.abs(comparison.budgetVsGrantOre)), comparison.budgetVsGrantOre < 0))
  const yearsOff = comparison.years.filter((y) => y.differenceOre !== 0).map((y) => String(y.year))
  if (yearsOff.length && comparison.budgetTotalOre > 0) problems.push(c.yearsDiffer(yearsOff.join(', ')))
  return <CheckNotice problems={problems} balanced={c.balanced} testId="budget-grant-notice" />
}
