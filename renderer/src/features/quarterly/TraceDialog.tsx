// What a figure of the pack is made of: a click on an amount in the preview lists its postings
// (date, text, staff, hours, rate, source) from the ledger, with their total, so the figure can be
// checked against the rows it sums.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'

const t = da.quarterly.trace

export interface TraceRequest {
  label: string
  from?: string
  to: string
  budgetLineId?: number
  /** The figure shown in the pack, which the rows must add up to. */
  amountOre: number
}

export function TraceDialog({ projectId, request, onClose }: { projectId: number; request: TraceRequest; onClose: () => void }) {
  const ledger = useApiQuery('ledger.list', {
    projectId,
    to: request.to,
    ...(request.from ? { from: request.from } : {}),
    ...(request.budgetLineId ? { budgetLineId: request.budgetLineId } : {})
  })
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="trace-title">
      <DialogTitle id="trace-title">{t.title(request.label)}</DialogTitle>
      <DialogContent>
        <QueryView query={ledger}>
          {(l) => (
            <>
              <Alert severity={l.totalOre === request.amountOre ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="trace-check">
                {l.totalOre === request.amountOre
                  ? t.adds(l.postings.length, formatKr(l.totalOre))
                  : t.differs(formatKr(l.totalOre), formatKr(request.amountOre))}
              </Alert>
              {l.postings.length === 0 ? (
                <Typography>{t.none}</Typography>
              ) : (
                <Table size="small" aria-label={t.rows}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t.date}</TableCell>
                      <TableCell>{t.line}</TableCell>
                      <TableCell>{t.text}</TableCell>
                      <TableCell>{t.staff}</TableCell>
                      <TableCell align="right">{t.hours}</TableCell>
                      <TableCell align="right">{t.rate}</TableCell>
                      <TableCell align="right">{t.amount}</TableCell>
                      <TableCell>{t.source}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {l.postings.map((p) => (
                      <TableRow key={p.id}>
                        <TableCell>{formatDate(p.date)}</TableCell>
                        <TableCell>{`${p.budgetLineTitle} ${p.budgetLineYear}`}</TableCell>
                        <TableCell>{p.description}</TableCell>
                        <TableCell>{p.staffName ?? ''}</TableCell>
                        <TableCell align="right">{p.minutes === null ? '' : formatHours(p.minutes)}</TableCell>
                        <TableCell align="right">{p.hourlyRateOre === null ? '' : formatKr(p.hourlyRateOre)}</TableCell>
                        <TableCell align="right">{formatKr(p.amountOre)}</TableCell>
                        <TableCell>{da.ledger.sources[p.source] ?? p.source}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </>
          )}
        </QueryView>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{da.common.close}</Button>
      </DialogActions>
    </Dialog>
  )
}
