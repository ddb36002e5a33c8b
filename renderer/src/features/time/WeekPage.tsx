// The week grid: pick a staff member and an ISO week; hours per day per activity, typed the Danish
// way ("7,4" or "7:24"), with row and day totals against the day's norm, holidays marked, and
// locked days (approved weeks and months, closed periods, outside the employment) read-only with the
// reason; a manager approves the week here, or unlocks it with a reason.
import { useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Alert, Box, Button, Chip, IconButton, MenuItem, Stack, TableCell, TableRow, TextField, Tooltip, Typography } from '@mui/material'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import LockIcon from '@mui/icons-material/Lock'
import { DatePicker } from '../../components/DatePicker'
import { format, isValid } from 'date-fns'
import type { Week } from '@shared/api/time'
import { addDaysIso, formatDate, formatDateTime, toIsoDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { mondayOf } from '@shared/domain/time/weeks'
import { dayTotalProblem, parseHourCell } from '@shared/domain/time/hours'
import { da } from '@shared/texts/da'
import { ApiClientError, errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { useUnsavedChangesGuard } from '../../shell/unsavedChanges'
import { hoursInputText } from './hoursText'
import { WeekDialog, type WeekAction } from './WeekDialogs'
import { formatMonth } from '@shared/domain/months'
import { WideTable } from '../../components/SimpleTable'

const t = da.time.ui.week

const cellKey = (activityId: number, date: string) => `${activityId}|${date}`

type Message = { kind: 'success' | 'error'; text: string } | null

function WeekGrid({ week, projectId, message, setMessage }: { week: Week; projectId: number; message: Message; setMessage: (m: Message) => void }) {
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

function defaultWeekStart(periodStart: string, periodEnd: string): string {
  const today = toIsoDate(new Date())
  const clamped = today < periodStart ? periodStart : today > periodEnd ? periodEnd : today
  return mondayOf(clamped)
}

/** The staff member and week last shown per project, so the sheet keeps its week across tabs. */
const rememberedKey = (projectId: number) => `puljestyr.ugeseddel.${projectId}`
function rememberedWeek(projectId: number): { medarbejder?: string; uge?: string } {
  try {
    return JSON.parse(sessionStorage.getItem(rememberedKey(projectId)) ?? '{}') as { medarbejder?: string; uge?: string }
  } catch {
    return {}
  }
}

export function WeekPage() {
  const projectId = useRequiredProjectId()
  const [urlParams, setParams] = useSearchParams()
  // Back from another tab (no week in the address): the week and staff member shown last.
  const remembered = rememberedWeek(projectId)
  const params = new URLSearchParams(urlParams)
  if (!params.get('uge') && remembered.uge) params.set('uge', remembered.uge)
  if (!params.get('medarbejder') && remembered.medarbejder) params.set('medarbejder', remembered.medarbejder)
  const project = useApiQuery('projects.get', { projectId })
  const staff = useApiQuery('time.staff', { projectId })
  const timesheetStaff = (staff.data ?? []).filter((s) => s.mode === 'timesheet')
  const statementStaff = (staff.data ?? []).filter((s) => s.mode === 'statement')
  const staffId = Number(params.get('medarbejder')) || timesheetStaff[0]?.id || 0
  const weekStart = params.get('uge') ?? (project.data ? defaultWeekStart(project.data.periodStart, project.data.periodEnd) : '')
  const [message, setMessage] = useState<Message>(null)
  const [goTo, setGoTo] = useState<Date | null>(null)
  const set = (next: { medarbejder?: number; uge?: string }) => {
    setMessage(null)
    const p = new URLSearchParams(params)
    if (next.medarbejder !== undefined) p.set('medarbejder', String(next.medarbejder))
    if (next.uge !== undefined) p.set('uge', next.uge)
    setParams(p, { replace: true })
  }
  const week = useApiQuery('time.week', { projectId, staffId, weekStart }, { enabled: staffId > 0 && weekStart !== '' })
  useEffect(() => {
    if (staffId > 0 && weekStart) sessionStorage.setItem(rememberedKey(projectId), JSON.stringify({ medarbejder: String(staffId), uge: weekStart }))
  }, [projectId, staffId, weekStart])

  if (staff.data && timesheetStaff.length === 0) return <Alert severity="info">{t.noTimesheetStaff}</Alert>
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 2 }}>
        <TextField
          select
          size="small"
          label={t.staff}
          value={staffId || ''}
          onChange={(e) => set({ medarbejder: Number(e.target.value) })}
          sx={{ minWidth: 220 }}
        >
          {timesheetStaff.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <IconButton aria-label={t.previous} onClick={() => set({ uge: addDaysIso(weekStart, -7) })} disabled={!weekStart}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="h6" component="h2" data-testid="week-title">
          {week.data ? t.title(week.data.week, week.data.isoYear, formatDate(week.data.days[0]!.date), formatDate(week.data.days[6]!.date)) : ''}
        </Typography>
        <IconButton aria-label={t.next} onClick={() => set({ uge: addDaysIso(weekStart, 7) })} disabled={!weekStart}>
          <ChevronRightIcon />
        </IconButton>
        <DatePicker
          label={t.goTo}
          value={goTo}
          format="dd.MM.yyyy"
          onChange={(d) => {
            setGoTo(d)
            if (d && isValid(d) && d.getFullYear() >= 1000) set({ uge: mondayOf(format(d, 'yyyy-MM-dd')) })
          }}
          slotProps={{ textField: { size: 'small', slotProps: { htmlInput: { 'aria-label': t.goTo } } } }}
        />
      </Stack>
      {statementStaff.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.statementStaffInfo(statementStaff.map((s) => s.name).join(', '))}
        </Alert>
      ) : null}
      {staffId > 0 && weekStart ? (
        <QueryView query={week}>
          {(w) => (
            <>
              <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }}>
                <Typography variant="body2" color="text.secondary">
                  {t.weeklyNormInfo(formatHours(w.staff.weeklyProjectMinutes))}
                </Typography>
                {[...new Map(w.days.map((d) => [d.date.slice(0, 7), d.monthStatus])).entries()].map(([month, status]) => (
                  <Chip
                    key={month}
                    size="small"
                    label={t.monthStatus(formatMonth(month), da.time.status[status])}
                    color={status === 'approved' ? 'success' : status === 'signed' ? 'info' : 'default'}
                  />
                ))}
                {w.approval?.status === 'approved' ? (
                  <Chip size="small" icon={<LockIcon />} label={t.weekApprovedChip} color="success" data-testid="week-approved-chip" />
                ) : null}
              </Stack>
              <WeekGrid key={`${w.staff.id}|${w.weekStart}|${week.dataUpdatedAt}`} week={w} projectId={projectId} message={message} setMessage={setMessage} />
            </>
          )}
        </QueryView>
      ) : null}
    </>
  )
}
