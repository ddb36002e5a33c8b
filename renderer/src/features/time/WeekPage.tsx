// The week sheet: pick a staff member and an ISO week (kept across tabs), see the week's norm and its
// months' status, and enter the hours in the week's grid (WeekGrid), where a manager also approves
// the week or unlocks it with a reason.
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Alert, Chip, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import LockIcon from '@mui/icons-material/Lock'
import { DatePicker } from '../../components/DatePicker'
import { format, isValid } from 'date-fns'
import { addDaysIso, formatDate, toIsoDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { mondayOf } from '@shared/domain/time/weeks'
import { da } from '@shared/texts/da'
import { useApiQuery, dataVersion } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { WeekGrid, type WeekMessage } from './WeekGrid'
import { formatMonth } from '@shared/domain/months'

const t = da.time.ui.week

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
  const [message, setMessage] = useState<WeekMessage>(null)
  const [goTo, setGoTo] = useState<Date | null>(null)
  const set = (next: { medarbejder?: number; uge?: string }) => {
    setMessage(null)
    const p = new URLSearchParams(params)
    if (next.medarbejder !== undefined) p.set('medarbejder', String(next.medarbejder))
    if (next.uge !== undefined) p.set('uge', next.uge)
    setParams(p, { replace: true })
  }
  const week = useApiQuery('time.week', { projectId, staffId, weekStart }, { enabled: staffId > 0 && weekStart !== '' })
  const weekVersion = dataVersion(week.data)
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
              <WeekGrid key={`${w.staff.id}|${w.weekStart}|${weekVersion}`} week={w} projectId={projectId} message={message} setMessage={setMessage} />
            </>
          )}
        </QueryView>
      ) : null}
    </>
  )
}
