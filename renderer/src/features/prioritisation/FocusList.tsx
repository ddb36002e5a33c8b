// The Pareto focus list of a month: the effort group ranked by a transparent score (its parts
// shown), the top 20 % marked, pins and exclusions with a reason (audited).
import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { Alert, Box, Button, Chip, LinearProgress, Link, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material'
import type { PriorityEntry } from '@shared/api/prioritisation'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { ReasonDialog } from '../participants/ReasonDialog'
import { MonthSelect } from '../participants/common'
import { formatMonth } from '@shared/domain/months'
import { ActionCell } from '../../components/ActionCell'
import { PdfButton } from '../../print/PdfButton'
import { formatMeasuredShare, formatSetShare } from '@shared/domain/percent'
import { formatScore } from '@shared/domain/participants/progression'
import { SimpleTable, WideTable } from '../../components/SimpleTable'

const p = da.participants.ui.prioritisation
const parts = da.participants.scoreParts
const num = formatScore

/** One part of the score: its points, with a thin bar for how far the participant meets it. */
function PartCell({ part }: { part: PriorityEntry['parts'][number] }) {
  return (
    <Tooltip title={`${parts[part.key]}: ${formatMeasuredShare(part.value)} × ${part.weight} = ${num(part.points)}`}>
      <Box sx={{ minWidth: 48 }}>
        <Typography variant="body2" sx={{ textAlign: 'right' }}>
          {num(part.points)}
        </Typography>
        <LinearProgress variant="determinate" value={part.value * 100} sx={{ height: 3, borderRadius: 2 }} aria-hidden />
      </Box>
    </Tooltip>
  )
}

export function FocusList({ projectId }: { projectId: number }) {
  const [month, setMonth] = useState<string | null>(null)
  const list = useApiQuery('prioritisation.list', { projectId, ...(month ? { month } : {}) })
  const set = useApiMutation('prioritisation.set')
  const [action, setAction] = useState<{ kind: 'pin' | 'exclude' | 'none'; participantId: number; pseudonym: string } | null>(null)
  return (
    <>
      <QueryView query={list}>
        {(l) => {
          const focus = l.entries.filter((e) => e.focus).length
          const weighted = (l.entries[0]?.parts ?? []).filter((part) => part.weight > 0)
          return (
            <>
              <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                <MonthSelect projectId={projectId} label={p.month} value={l.month} onChange={setMonth} />
                <Typography data-testid="focus-count">{p.focusCount(focus, l.entries.length, formatSetShare(l.focusShare))}</Typography>
                <PdfButton route={`/print/prioritering/${projectId}/${l.month}`} fileName={`Fokusliste ${l.month} projekt ${projectId}.pdf`} label={p.pdf} />
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {p.scoreHelp(l.lookbackMonths)}
              </Typography>
              {l.entries.length === 0 ? (
                <Alert severity="info">{p.noEntries}</Alert>
              ) : (
                <WideTable
                  bare
                  label={`${da.participants.ui.prioritisation.tabs.focus} ${formatMonth(l.month)}`}
                  testId="focus-list"
                  head={
                    <>
                      <TableCell>{p.rank}</TableCell>
                      <TableCell>{p.participant}</TableCell>
                      <TableCell>{p.broker}</TableCell>
                      {weighted.map((part) => (
                        <TableCell key={part.key} align="right" sx={{ fontSize: 12, lineHeight: 1.2 }}>
                          {`${parts[part.key]} (${part.weight})`}
                        </TableCell>
                      ))}
                      <TableCell align="right">{p.score}</TableCell>
                      <TableCell>{p.focus}</TableCell>
                      <ActionCell />
                    </>
                  }
                >
                  {l.entries.map((e) => (
                    <TableRow key={e.participantId} selected={e.focus} data-testid={`focus-row-${e.pseudonym}`}>
                      <TableCell>{e.rank}</TableCell>
                      <TableCell>
                        <Link component={RouterLink} to={`/projekt/${projectId}/deltagere/${e.participantId}`}>
                          {e.pseudonym}
                        </Link>
                      </TableCell>
                      <TableCell>{e.jobBrokerName ?? ''}</TableCell>
                      {e.parts
                        .filter((part) => part.weight > 0)
                        .map((part) => (
                          <TableCell key={part.key} align="right">
                            <PartCell part={part} />
                          </TableCell>
                        ))}
                      <TableCell align="right" data-testid="score" sx={{ fontWeight: 500 }}>
                        {num(e.score)}
                      </TableCell>
                      <TableCell>
                        {e.pinned ? (
                          <Tooltip title={e.pinReason ?? ''}>
                            <Chip size="small" color="secondary" label={p.pinnedBadge} />
                          </Tooltip>
                        ) : e.focus ? (
                          <Chip size="small" color="primary" label={p.focusBadge} />
                        ) : null}
                      </TableCell>
                      <ActionCell>
                        {e.pinned ? (
                          <Button size="small" onClick={() => setAction({ kind: 'none', participantId: e.participantId, pseudonym: e.pseudonym })}>
                            {p.undo}
                          </Button>
                        ) : (
                          <Button size="small" onClick={() => setAction({ kind: 'pin', participantId: e.participantId, pseudonym: e.pseudonym })}>
                            {p.pin}
                          </Button>
                        )}
                        <Button
                          size="small"
                          color="inherit"
                          onClick={() => setAction({ kind: 'exclude', participantId: e.participantId, pseudonym: e.pseudonym })}
                        >
                          {p.exclude}
                        </Button>
                      </ActionCell>
                    </TableRow>
                  ))}
                </WideTable>
              )}
              {l.excluded.length > 0 ? (
                <Box sx={{ mt: 3 }}>
                  <Typography variant="h6" component="h2">
                    {p.excluded}
                  </Typography>
                  <SimpleTable label={p.excluded}>
                    {l.excluded.map((x) => (
                      <TableRow key={x.participantId}>
                        <TableCell>{x.pseudonym}</TableCell>
                        <TableCell>{x.reason}</TableCell>
                        <TableCell align="right">
                          <Button size="small" onClick={() => setAction({ kind: 'none', participantId: x.participantId, pseudonym: x.pseudonym })}>
                            {p.undo}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </SimpleTable>
                </Box>
              ) : null}
            </>
          )
        }}
      </QueryView>
      <ReasonDialog
        open={action !== null}
        title={action ? `${p.reasonTitle[action.kind]}: ${action.pseudonym}` : ''}
        confirmLabel={p.confirm}
        onClose={() => setAction(null)}
        onConfirm={(reason) => set.mutateAsync({ projectId, participantId: action!.participantId, kind: action!.kind, reason })}
      />
    </>
  )
}
