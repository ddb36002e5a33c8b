// What a figure of the pack is made of: a click on an amount in the preview lists its postings
// (date, text, staff, hours, rate, source) from the ledger, with their total; a click on a KPI share
// lists the participants of its denominator and which of them it counts. Either way the figure can
// be checked against the rows it is made of.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { TraceableKpi } from '@shared/domain/participants/kpiMembers'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr, formatPercent } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'

const t = da.quarterly.trace

export interface LedgerTrace {
  kind: 'ledger'
  label: string
  from?: string
  to: string
  budgetLineId?: number
  /** The figure shown in the pack, which the rows must add up to. */
  amountOre: number
}

export interface KpiTrace {
  kind: 'kpi'
  label: string
  month: string
  kpi: TraceableKpi
  /** The share shown in the pack, which count ÷ total must give. */
  share: number
}

export type TraceRequest = LedgerTrace | KpiTrace

export function TraceDialog({ projectId, request, onClose }: { projectId: number; request: TraceRequest; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="trace-title">
      <DialogTitle id="trace-title">{t.title(request.label)}</DialogTitle>
      <DialogContent>
        {request.kind === 'ledger' ? <LedgerRows projectId={projectId} request={request} /> : <KpiRows projectId={projectId} request={request} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{da.common.close}</Button>
      </DialogActions>
    </Dialog>
  )
}

function KpiRows({ projectId, request }: { projectId: number; request: KpiTrace }) {
  const members = useApiQuery('participants.kpi.members', { projectId, month: request.month, kpi: request.kpi })
  return (
    <QueryView query={members}>
      {(m) => {
        const same = Math.abs(m.share - request.share) < 1e-9
        return (
          <>
            <Alert severity={same ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="trace-check">
              {same ? t.kpiAdds(m.count, m.total, formatPercent(m.share)) : t.kpiDiffers(formatPercent(m.share), formatPercent(request.share))}
            </Alert>
            {m.members.length === 0 ? (
              <Typography>{t.noMembers}</Typography>
            ) : (
              <Table size="small" aria-label={t.memberRows}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t.pseudonym}</TableCell>
                    <TableCell>{t.broker}</TableCell>
                    <TableCell>{t.status}</TableCell>
                    <TableCell>{t.counted}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.members.map((p) => (
                    <TableRow key={p.participantId}>
                      <TableCell>{p.pseudonym}</TableCell>
                      <TableCell>{p.jobBrokerName ?? ''}</TableCell>
                      <TableCell>{p.status}</TableCell>
                      <TableCell>{p.counted ? t.yes : t.no}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )
      }}
    </QueryView>
  )
}

function LedgerRows({ projectId, request }: { projectId: number; request: LedgerTrace }) {
  const ledger = useApiQuery('ledger.list', {
    projectId,
    to: request.to,
    ...(request.from ? { from: request.from } : {}),
    ...(request.budgetLineId ? { budgetLineId: request.budgetLineId } : {})
  })
  return (
    <QueryView query={ledger}>
      {(l) => (
        <>
          <Alert severity={l.totalOre === request.amountOre ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="trace-check">
            {l.totalOre === request.amountOre ? t.adds(l.postings.length, formatKr(l.totalOre)) : t.differs(formatKr(l.totalOre), formatKr(request.amountOre))}
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
  )
}
