// The figures of an account: each budget line's approved budget against the costs in the period.
import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material'
import type { AccountFigures } from '@shared/api/accounts'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'

const t = da.accounts.ui

export function AccountFiguresTable({ figures }: { figures: AccountFigures }) {
  return (
    <Table size="small" aria-label={t.line}>
      <TableHead>
        <TableRow>
          <TableCell>{t.line}</TableCell>
          <TableCell>{t.year}</TableCell>
          <TableCell align="right">{t.budget}</TableCell>
          <TableCell align="right">{t.actual}</TableCell>
          <TableCell align="right">{t.remaining}</TableCell>
          <TableCell align="right">{t.used}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {figures.lines.map((l) => (
          <TableRow key={l.budgetLineId}>
            <TableCell>{l.title}</TableCell>
            <TableCell>{l.year}</TableCell>
            <TableCell align="right">{formatKr(l.budgetOre)}</TableCell>
            <TableCell align="right" data-testid={`account-actual-${l.budgetLineId}`}>
              {formatKr(l.actualOre)}
            </TableCell>
            <TableCell align="right" sx={{ color: l.remainingOre < 0 ? 'error.main' : undefined }}>
              {formatKr(l.remainingOre)}
            </TableCell>
            <TableCell align="right">{l.usedBp === null ? '–' : formatMeasuredBasisPoints(l.usedBp)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter sx={{ '& td, & th': { fontSize: '0.875rem', color: 'text.primary', fontWeight: 500 } }}>
        <TableRow>
          <TableCell>{t.total}</TableCell>
          <TableCell />
          <TableCell align="right">{formatKr(figures.totals.budgetOre)}</TableCell>
          <TableCell align="right" data-testid="account-total">
            {formatKr(figures.totals.actualOre)}
          </TableCell>
          <TableCell align="right">{formatKr(figures.totals.remainingOre)}</TableCell>
          <TableCell />
        </TableRow>
      </TableFooter>
    </Table>
  )
}
