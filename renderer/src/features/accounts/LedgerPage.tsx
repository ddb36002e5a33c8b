// The ledger: every posting with its budget line, staff, hours, rate, amount, source and document
// reference; totals per budget line and in all (the same figures as the export); new postings and
// corrections (reversal + replacement).
import { useState } from 'react'
import { keepPreviousData } from '@tanstack/react-query'
import { Alert, Box, Button, Grid, MenuItem, Paper, Stack, TableCell, TablePagination, TableRow, TextField, Tooltip, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { DatePicker } from '../../components/DatePicker'
import { format, isValid, parseISO } from 'date-fns'
import type { Posting } from '@shared/api/ledger'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { CorrectPostingDialog, CreatePostingDialog } from './PostingDialogs'
import { ActionCell } from '../../components/ActionCell'
import { SimpleTable, WideTable } from '../../components/SimpleTable'

const t = da.ledger.ui
type Source = 'timesheet' | 'manual' | 'import'

function DateFilter({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <DatePicker
      label={label}
      value={value ? parseISO(value) : null}
      format="dd.MM.yyyy"
      onChange={(d) => {
        if (d === null) onChange('')
        else if (isValid(d) && d.getFullYear() >= 1000) onChange(format(d, 'yyyy-MM-dd'))
      }}
      slotProps={{ textField: { size: 'small', slotProps: { htmlInput: { 'aria-label': label } } }, field: { clearable: true } }}
    />
  )
}

export function LedgerPage() {
  const projectId = useRequiredProjectId()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [budgetLineId, setBudgetLineId] = useState<number | ''>('')
  const [staffId, setStaffId] = useState<number | ''>('')
  const [source, setSource] = useState<Source | ''>('')
  const [page, setPage] = useState(0)
  const [creating, setCreating] = useState(false)
  const [correcting, setCorrecting] = useState<Posting | null>(null)
  const lines = useApiQuery('ledger.budgetLines', { projectId })
  const staff = useApiQuery('time.staff', { projectId })
  const perPage = 100
  // Paged on the server: one page of postings plus the totals, computed in SQL (issue #14). The
  // previous page stays on screen while the next one loads.
  const ledger = useApiQuery(
    'ledger.list',
    {
      projectId,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(budgetLineId !== '' ? { budgetLineId } : {}),
      ...(staffId !== '' ? { staffId } : {}),
      ...(source !== '' ? { source } : {}),
      limit: perPage,
      offset: page * perPage
    },
    { placeholderData: keepPreviousData }
  )
  // A new filter starts at the first page.
  const filterWith =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v)
      setPage(0)
    }

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 2, alignItems: 'center' }}>
        <DateFilter label={t.from} value={from} onChange={filterWith(setFrom)} />
        <DateFilter label={t.to} value={to} onChange={filterWith(setTo)} />
        <TextField
          select
          size="small"
          label={t.line}
          value={budgetLineId}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(e) => filterWith(setBudgetLineId)(e.target.value === '' ? '' : Number(e.target.value))}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t.allLines}</MenuItem>
          {(lines.data ?? []).map((l) => (
            <MenuItem key={l.id} value={l.id}>{`${l.title} ${l.year}`}</MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t.staff}
          value={staffId}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(e) => filterWith(setStaffId)(e.target.value === '' ? '' : Number(e.target.value))}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{t.allStaff}</MenuItem>
          {(staff.data ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t.source}
          value={source}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(e) => filterWith(setSource)(e.target.value as Source | '')}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t.allSources}</MenuItem>
          {(['timesheet', 'manual', 'import'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {da.ledger.sources[s]}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t.newPosting}
        </Button>
      </Stack>
      <QueryView query={ledger}>
        {(l) =>
          l.count === 0 ? (
            <Alert severity="info">{t.empty}</Alert>
          ) : (
            <Grid container spacing={3}>
              <Grid size={12}>
                <Paper variant="outlined" sx={{ p: 2, maxWidth: 900 }}>
                  <Typography variant="h6" component="h2" gutterBottom>
                    {t.totalByLine}
                  </Typography>
                  <SimpleTable
                    label={t.totalByLine}
                    foot={
                      <TableRow>
                        <TableCell>{t.total}</TableCell>
                        <TableCell align="right" data-testid="ledger-total-hours">
                          {formatHours(l.totalMinutes)}
                        </TableCell>
                        <TableCell align="right" data-testid="ledger-total">
                          {formatKr(l.totalOre)}
                        </TableCell>
                      </TableRow>
                    }
                  >
                    {l.byLine.map((b) => (
                      <TableRow key={b.budgetLineId}>
                        <TableCell>{`${b.title} ${b.year}`}</TableCell>
                        <TableCell align="right">{b.minutes ? formatHours(b.minutes) : ''}</TableCell>
                        <TableCell align="right" data-testid={`line-total-${b.budgetLineId}`}>
                          {formatKr(b.amountOre)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </SimpleTable>
                </Paper>
              </Grid>
              <Grid size={12}>
                <WideTable
                  label={t.tabs.ledger}
                  columns={[t.no, t.date, t.line, t.staff, { right: t.hours }, { right: t.rate }, { right: t.amount }, t.source, t.documentRef, t.text]}
                  headEnd={<ActionCell />}
                  after={
                    <TablePagination
                      component="div"
                      count={l.count}
                      page={page}
                      rowsPerPage={perPage}
                      rowsPerPageOptions={[perPage]}
                      onPageChange={(_e, p) => setPage(p)}
                    />
                  }
                >
                  {l.postings.map((p) => (
                    <TableRow
                      key={p.id}
                      data-testid={`posting-${p.id}`}
                      sx={p.reversedByPostingId || p.reversesPostingId ? { '& td': { color: 'text.secondary' } } : undefined}
                    >
                      <TableCell>{p.id}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(p.date)}</TableCell>
                      <TableCell sx={{ minWidth: 160 }}>{`${p.budgetLineTitle} ${p.budgetLineYear}`}</TableCell>
                      <TableCell>{p.staffName ?? ''}</TableCell>
                      <TableCell align="right">{p.minutes === null ? '' : formatHours(p.minutes)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {p.hourlyRateOre === null ? '' : formatKr(p.hourlyRateOre)}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {formatKr(p.amountOre)}
                      </TableCell>
                      <TableCell>{da.ledger.sources[p.source]}</TableCell>
                      <TableCell sx={{ minWidth: 140 }}>{p.documentRef}</TableCell>
                      <TableCell sx={{ minWidth: 320 }}>
                        {p.description}
                        {p.reversedByPostingId ? (
                          <Typography variant="caption" component="div">
                            {t.reversedBy(p.reversedByPostingId)}
                          </Typography>
                        ) : null}
                      </TableCell>
                      <ActionCell>
                        {p.source !== 'timesheet' && !p.reversedByPostingId && !p.reversesPostingId ? (
                          <Button size="small" onClick={() => setCorrecting(p)} aria-label={`${t.correct}: ${t.no} ${p.id}`}>
                            {t.correct}
                          </Button>
                        ) : p.source === 'timesheet' && !p.reversedByPostingId && !p.reversesPostingId ? (
                          <Tooltip title={t.timesheetHint}>
                            <span>
                              <Button size="small" disabled>
                                {t.correct}
                              </Button>
                            </span>
                          </Tooltip>
                        ) : null}
                      </ActionCell>
                    </TableRow>
                  ))}
                </WideTable>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t.postings(l.count)}
                </Typography>
              </Grid>
            </Grid>
          )
        }
      </QueryView>
      {creating ? <CreatePostingDialog projectId={projectId} onClose={() => setCreating(false)} /> : null}
      {correcting ? <CorrectPostingDialog projectId={projectId} posting={correcting} onClose={() => setCorrecting(null)} /> : null}
    </>
  )
}
