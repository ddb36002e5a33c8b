// One staff member's ISO week as a grid: hours per day per activity, typed the Danish way ("7,4" or
// "7:24"), with row and day totals against the day's norm, holidays marked, and locked days
// (approved weeks and months, closed periods, outside the employment) read-only with the reason;
// saved as the changed cells, and approved or unlocked with a reason (WeekDialogs).
import { useMemo, useState } from 'react'
import { Alert, Box, Button, Chip, Stack, TableCell, TableRow, TextField, Tooltip, Typography } from '@mui/material'
import LockIcon from '@mui/icons-material/Lock'
import type { Week } from '@shared/api/time'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { dayTotalProblem, parseHourCell } from '@shared/domain/time/hours'
import { da } from '@shared/texts/da'
import { ApiClientError, errorMessage } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { useUnsavedChangesGuard } from '../../shell/unsavedChanges'
import { hoursInputText } from './hoursText'
import { WeekDialog, type WeekAction } from './WeekDialogs'
import { WideTable } from '../../components/SimpleTable'

const t = da.time.ui.week

const cellKey = (activityId: number, date: string) => `${activityId}|${date}`

export type WeekMessage = { kind: 'success' | 'error'; text: string } | null

/** One staff member's week: the hours as typed, checked as they are typed, saved, approved or unlocked. */
export function WeekGrid({
  week,
  projectId,
  message,
  setMessage
}: {
  week: Week
  projectId: number
  message: WeekMessage
  setMessage: (m: WeekMessage) => void
}) {
  const original = useMemo(() => {
    const m = new Map<string, number>()
    for (const e of week.entries) m.set(cellKey(e.activityId, e.date), e.minutes)
    return m
  }, [week])
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const init: Record<string, string> = {}
    for (const [k, v] of original) init[k] = hoursInputText(v)
    return init
  })
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [action, setAction] = useState<WeekAction>(null)
  const save = useApiMutation('time.week.save')
  const approval = week.approval

  const parsed = (k: string) => parseHourCell(texts[k] ?? '')
  const minutesOf = (k: string) => {
    const p = parsed(k)
    return p.ok ? p.minutes : 0
  }
  const changed = week.activities.flatMap((a) =>
    week.days.flatMap((d) => {
      const k = cellKey(a.id, d.date)
      const p = parsed(k)
      return p.ok && p.minutes !== (original.get(k) ?? 0) ? [{ date: d.date, activityId: a.id, minutes: p.minutes, key: k }] : []
    })
  )
  const invalidCell = Object.keys(texts).some((k) => !parsed(k).ok)
  const dayTotals = week.days.map((d) => week.activities.reduce((s, a) => s + minutesOf(cellKey(a.id, d.date)), 0))
  // A day over 24 hours across rows: the server's words, under the day's total and on its cells.
  const dayProblems = week.days.map((d, i) => dayTotalProblem(d.date, dayTotals[i]!))
  const overDay = dayProblems.some((p) => p !== null)
  const weekTotal = dayTotals.reduce((s, m) => s + m, 0)
  const invalid = invalidCell || overDay
  const saveBlocked = invalid ? t.saveBlockedInvalid : changed.length === 0 ? t.saveBlockedNoChanges : null
  const approveBlocked = invalid ? t.approveBlockedInvalid : changed.length > 0 ? t.approveBlockedUnsaved : null
  // Typed hours are never lost without a word: another week, another tab or closing the window asks.
  // Just saved: clean at once, not only when the refetched week replaces the grid.
  const [justSaved, setJustSaved] = useState(false)
  useUnsavedChangesGuard((changed.length > 0 || invalid) && !save.isPending && !justSaved)

  const submit = async () => {
    setMessage(null)
    setServerErrors({})
    try {
      await save.mutateAsync({
        projectId,
        staffId: week.staff.id,
        weekStart: week.weekStart,
        cells: changed.map(({ date, activityId, minutes }) => ({ date, activityId, minutes }))
      })
      setJustSaved(true)
      setMessage({ kind: 'success', text: t.saved })
    } catch (e) {
      if (e instanceof ApiClientError) {
        const errs: Record<string, string> = {}
        for (const d of e.error.details ?? []) {
          const index = Number(/^cells\.(\d+)/.exec(d.field ?? '')?.[1])
          const cell = changed[index]
          if (cell) errs[cell.key] = d.message
        }
        setServerErrors(errs)
      }
      setMessage({ kind: 'error', text: errorMessage(e) })
    }
  }

  const lockReasons = [...new Set(week.days.flatMap((d) => (d.lockedReason ? [d.lockedReason] : [])))]
  return (
    <Box>
      {lockReasons.length > 0 ? (
        <Alert severity="info" icon={<LockIcon />} sx={{ mb: 2 }} data-testid="week-locked">
          {lockReasons.map((r) => (
            <div key={r}>{r}</div>
          ))}
        </Alert>
      ) : null}
      <WideTable
        label={t.title(week.week, week.isoYear, formatDate(week.days[0]!.date), formatDate(week.days[6]!.date))}
        head={
          <>
            <TableCell>{t.activity}</TableCell>
            {week.days.map((d, i) => (
              <TableCell key={d.date} align="center" sx={{ bgcolor: d.kind === 'workday' ? undefined : 'action.hover', minWidth: 92 }}>
                <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
                  {`${da.time.weekdaysShort[i]} ${formatDate(d.date).slice(0, 5)}`}
                </Typography>
                {d.name ? (
                  <Chip
                    size="small"
                    label={d.name}
                    color={d.kind === 'holiday' ? 'secondary' : 'default'}
                    variant="outlined"
                    sx={{ maxWidth: 120 }}
                    data-testid={`day-name-${d.date}`}
                  />
                ) : null}
                {d.lockedReason ? (
                  <Tooltip title={d.lockedReason}>
                    <LockIcon fontSize="small" color="disabled" aria-label={d.lockedReason} />
                  </Tooltip>
                ) : null}
              </TableCell>
            ))}
            <TableCell align="right">{t.total}</TableCell>
          </>
        }
        foot={
          <>
            <TableRow>
              <TableCell>{t.total}</TableCell>
              {dayTotals.map((m, i) => (
                <TableCell
                  key={week.days[i]!.date}
                  align="center"
                  data-testid={`day-total-${week.days[i]!.date}`}
                  sx={{ color: dayProblems[i] ? 'error.main' : undefined, verticalAlign: 'top' }}
                >
                  {formatHours(m)}
                  {dayProblems[i] ? (
                    <Typography
                      variant="caption"
                      component="div"
                      color="error"
                      role="alert"
                      data-testid={`day-problem-${week.days[i]!.date}`}
                      sx={{ maxWidth: 110 }}
                    >
                      {dayProblems[i]}
                    </Typography>
                  ) : null}
                </TableCell>
              ))}
              <TableCell align="right" data-testid="week-total" sx={{ fontWeight: 500 }}>
                {formatHours(weekTotal)}
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t.norm}</TableCell>
              {week.days.map((d) => (
                <TableCell key={d.date} align="center" data-testid={`day-norm-${d.date}`}>
                  {formatHours(d.normMinutes)}
                </TableCell>
              ))}
              <TableCell align="right" data-testid="week-norm">
                {formatHours(week.totals.normMinutes)}
              </TableCell>
            </TableRow>
          </>
        }
      >
        {week.activities.map((a) => {
          const rowTotal = week.days.reduce((s, d) => s + minutesOf(cellKey(a.id, d.date)), 0)
          return (
            <TableRow key={a.id}>
              <TableCell component="th" scope="row">
                {a.name}
              </TableCell>
              {week.days.map((d, i) => {
                const k = cellKey(a.id, d.date)
                const p = parsed(k)
                const error = !p.ok ? p.message : serverErrors[k]
                const errorId = `cell-error-${a.id}-${d.date}`
                return (
                  <TableCell key={d.date} align="center" sx={{ bgcolor: d.kind === 'workday' ? undefined : 'action.hover', verticalAlign: 'top' }}>
                    <Tooltip title={error ?? ''} disableHoverListener={!error}>
                      <TextField
                        size="small"
                        value={texts[k] ?? ''}
                        disabled={Boolean(d.lockedReason)}
                        error={Boolean(error) || (dayProblems[i] !== null && minutesOf(k) > 0)}
                        helperText={error ?? undefined}
                        slotProps={{
                          formHelperText: { id: errorId, role: 'alert', sx: { mx: 0, maxWidth: 92, textAlign: 'left' } },
                          htmlInput: {
                            'aria-label': t.cellLabel(a.name, da.time.weekdaysShort[i]!, formatDate(d.date)),
                            'aria-describedby': error ? errorId : undefined,
                            inputMode: 'decimal',
                            style: { textAlign: 'right', width: 56 }
                          }
                        }}
                        onChange={(e) => {
                          setJustSaved(false)
                          setTexts((old) => ({ ...old, [k]: e.target.value }))
                          setServerErrors(({ [k]: _removed, ...rest }) => rest)
                        }}
                      />
                    </Tooltip>
                  </TableCell>
                )
              })}
              <TableCell align="right" data-testid={`row-total-${a.id}`}>
                {formatHours(rowTotal)}
              </TableCell>
            </TableRow>
          )
        })}
      </WideTable>
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          onClick={submit}
          loading={save.isPending}
          disabled={saveBlocked !== null}
          aria-describedby={saveBlocked ? 'week-save-blocked' : undefined}
        >
          {t.save}
        </Button>
        {saveBlocked ? (
          <Typography color={invalid ? 'error' : 'text.secondary'} id="week-save-blocked" data-testid="week-save-blocked">
            {saveBlocked}
          </Typography>
        ) : null}
        <Typography data-testid="week-difference">{`${t.difference}: ${formatHours(weekTotal - week.totals.normMinutes)}`}</Typography>
        {approval?.status === 'approved' ? (
          <Button variant="text" color="warning" onClick={() => setAction('unlock')}>
            {t.unlockWeek}
          </Button>
        ) : (
          <Button
            variant="outlined"
            onClick={() => setAction('approve')}
            disabled={approveBlocked !== null}
            title={approveBlocked ?? undefined}
            aria-describedby={approveBlocked ? (invalid ? 'week-save-blocked' : 'week-approve-blocked') : undefined}
          >
            {t.approveWeek}
          </Button>
        )}
        {changed.length > 0 && !invalid ? (
          <Typography color="warning.main" id="week-approve-blocked">
            {t.unsaved} {t.approveBlockedUnsaved}
          </Typography>
        ) : null}
      </Stack>
      {approval?.status === 'approved' ? (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="week-approval">
          {t.weekApprovedBy(approval.approvedByName ?? '', approval.approvedByRole ?? '', formatDateTime(approval.approvedAt), approval.approvedOsUser ?? '')}
        </Typography>
      ) : approval?.unlockReason ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="week-approval">
          {t.weekUnlocked(approval.unlockedByName ?? '', formatDateTime(approval.unlockedAt), approval.unlockReason)}
        </Typography>
      ) : null}
      <WeekDialog projectId={projectId} week={week} action={action} onClose={() => setAction(null)} onDone={(text) => setMessage({ kind: 'success', text })} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t.inputHelp}
      </Typography>
      {message ? (
        <Alert severity={message.kind} sx={{ mt: 2 }} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      ) : null}
    </Box>
  )
}
