// The figures of an account: each budget line's approved budget against the costs in the period.
import { TableCell, TableRow } from '@mui/material'
import type { AccountFigures } from '@shared/api/accounts'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'
import { SimpleTable } from '../../components/SimpleTable'

const t = da.accounts.ui

export function AccountFiguresTable({ figures }: { figures: AccountFigures }) {
  return (
    <SimpleTable
      label={t.line}
      columns={[t.line, t.year, { right: t.budget }, { right: t.actual }, { right: t.remaining }, { right: t.used }]}
      foot={
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
      }
    >
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
    </SimpleTable>
  )
}
