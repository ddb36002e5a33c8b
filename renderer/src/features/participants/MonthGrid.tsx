// Quick entry of a month's status for a whole caseload: one row per participant, plain inputs in a
// table so Tab moves through them; every row is saved in one call (all or none), and a refused save
// keeps what was typed and shows each row's error on the row. A row as typed: monthDraft.ts; the
// import from CSV/XLSX under the grid: MonthStatusImport.tsx.
import { useSearchParams } from 'react-router'
import { useMemo, useState } from 'react'
import { Alert, Box, Button, FormControlLabel, IconButton, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material'
import ClearIcon from '@mui/icons-material/Clear'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import SaveIcon from '@mui/icons-material/Save'
import type { MonthRow, StatusInputRow } from '@shared/api/participants'
import { parseHours } from '@shared/domain/duration'
import { parseDanishDate } from '@shared/domain/dates'
import { activityKeys, type ActivityKey } from '@shared/domain/participants/types'
import { da } from '@shared/texts/da'
import type { ApiErrorDetail } from '@shared/errors'
import { useApiMutation, useApiQuery, dataVersion } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { MonthSelect, ParticipantsTabs, t, thisMonth, ui, useStaff } from './common'
import { formatMonth } from '@shared/domain/months'
import { WindowedRows } from '../../components/WindowedRows'
import { EMPTY_DRAFT, fromStatus, isBlank, rowErrors, sameDraft, toInput, type Draft } from './monthDraft'
import { MonthStatusImport } from './MonthStatusImport'

const m = ui.month

/** A participant's row and a row's error note, in pixels: a caseload of hundreds is windowed (#14). */
const GRID_ROW = 46
const ERROR_ROW = 30

/** Native inputs keep a grid of a whole caseload fast to render and to tab through. */
const gridSx = {
  borderCollapse: 'collapse',
  width: '100%',
  fontSize: 14,
  '& th': {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    fontSize: 12,
    fontWeight: 500,
    lineHeight: 1.2,
    textAlign: 'left',
    borderBottom: '1px solid #ccc',
    maxWidth: 84,
    overflowWrap: 'anywhere',
    hyphens: 'auto'
  },
  '& td, & th': { px: 0.75, py: 0.5 },
  '& td': { borderBottom: '1px solid #e0e0e0', verticalAlign: 'middle' },
  '& tr.grid-row': { height: GRID_ROW },
  '& .center': { textAlign: 'center' },
  '& .who': { whiteSpace: 'nowrap' },
  '& tr.has-error td': { bgcolor: '#fff4f4' },
  '& td.row-error': { color: 'error.main', borderBottom: '2px solid #c62828' },
  '& input[type=checkbox]': { width: 18, height: 18, accentColor: '#1f4e79', cursor: 'pointer' },
  '& input[type=text], & input[type=date], & select': {
    font: 'inherit',
    fontSize: 14,
    padding: '4px 6px',
    border: '1px solid #b0b7c3',
    borderRadius: '4px',
    background: '#fff'
  },
  '& input:focus-visible, & select:focus-visible': { outline: '2px solid #1f4e79', outlineOffset: 1 },
  '& .invalid': { borderColor: '#c62828', background: '#fdecea' }
} as const

/** A yes/no cell of a participant's row, named by its column and the participant. */
function CheckCell({ checked, onChange, label }: { checked: boolean; onChange: (checked: boolean) => void; label: string }) {
  return (
    <td className="center">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-label={label} />
    </td>
  )
}

type Message = { severity: 'success' | 'error' | 'info'; text: string } | null

function GridBody({
  projectId,
  month,
  rows,
  passiveReasons,
  message,
  setMessage
}: {
  projectId: number
  month: string
  rows: MonthRow[]
  passiveReasons: string[]
  message: Message
  setMessage: (m: Message) => void
}) {
  const initial = useMemo(() => Object.fromEntries(rows.map((r) => [r.participantId, fromStatus(r.status)])), [rows])
  const [drafts, setDrafts] = useState<Record<number, Draft>>(initial)
  const [errors, setErrors] = useState<Map<number, ApiErrorDetail[]>>(new Map())
  const save = useApiMutation('participants.month.save')
  const dirty = rows.filter((r) => !sameDraft(drafts[r.participantId] ?? EMPTY_DRAFT, initial[r.participantId] ?? EMPTY_DRAFT))

  const set = (id: number, patch: Partial<Draft>) => setDrafts((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY_DRAFT), ...patch } }))
  const toggle = (id: number, key: ActivityKey, on: boolean) => {
    const d = drafts[id] ?? EMPTY_DRAFT
    const activities = on ? [...d.activities.filter((a) => a !== key), key] : d.activities.filter((a) => a !== key)
    set(id, { activities, passive: on ? false : d.passive, ...(key === 'paidHours' && !on ? { hours: '' } : {}) })
  }

  const submit = async () => {
    setMessage(null)
    const sent = dirty.map((r) => toInput(r, drafts[r.participantId] ?? EMPTY_DRAFT)).filter((x): x is StatusInputRow => x !== undefined)
    if (sent.length === 0) {
      setMessage({ severity: 'info', text: m.nothingToSave })
      return
    }
    const local = new Map<number, ApiErrorDetail[]>()
    for (const r of dirty) {
      const d = drafts[r.participantId] ?? EMPTY_DRAFT
      const problems: ApiErrorDetail[] = []
      if (d.hours.trim() !== '' && parseHours(d.hours) === null)
        problems.push({ field: 'paidHoursMinutes', message: `${r.pseudonym}: ${da.validationMessages.fieldPrefix(m.hours)} ${m.hoursRule}` })
      if (d.cv.trim() !== '' && parseDanishDate(d.cv) === null)
        problems.push({ field: 'cvUpdatedOn', message: `${r.pseudonym}: ${da.validationMessages.fieldPrefix(m.cv)} ${da.validationMessages.invalidDate}.` })
      if (problems.length) local.set(r.participantId, problems)
    }
    if (local.size) {
      setErrors(local)
      setMessage({ severity: 'error', text: t.errors.monthRejected(local.size) })
      return
    }
    try {
      const r = await save.mutateAsync({ projectId, month, rows: sent })
      setErrors(new Map())
      setMessage({ severity: 'success', text: m.saved(r.created, r.updated, r.cleared) })
    } catch (e) {
      setErrors(rowErrors(e, sent))
      setMessage({ severity: 'error', text: errorMessage(e) })
    }
  }

  const copyPrevious = () => {
    setDrafts((all) => {
      const next = { ...all }
      for (const r of rows)
        if (r.previous && isBlank(next[r.participantId] ?? EMPTY_DRAFT))
          next[r.participantId] = { ...fromStatus(r.previous), hours: fromStatus(r.previous).hours }
      return next
    })
  }

  if (rows.length === 0) return <Alert severity="info">{m.empty}</Alert>
  const label = (field: string, who: string) => m.rowLabel(field, who)
  const hasError = (id: number, field: string) => (errors.get(id) ?? []).some((e) => e.field === field)
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button variant="contained" startIcon={<SaveIcon />} loading={save.isPending} onClick={submit}>
          {m.save}
        </Button>
        <Button startIcon={<ContentCopyIcon />} onClick={copyPrevious}>
          {m.copyPrevious}
        </Button>
        {dirty.length > 0 ? (
          <Typography variant="body2" color="warning.main" data-testid="unsaved-rows">
            {m.unsaved(dirty.length)}
          </Typography>
        ) : null}
      </Stack>
      {message ? (
        <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'} sx={{ mb: 2 }} data-testid="month-message">
          {message.text}
        </Alert>
      ) : null}
      <Box
        data-window-scroll
        data-testid="month-grid"
        sx={{ maxHeight: '70vh', overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
      >
        <Box component="table" aria-label={`${m.title} ${formatMonth(month)}`} sx={gridSx}>
          <thead>
            <tr>
              <th>{m.participant}</th>
              {activityKeys.map((a) => (
                <th key={a} className="center">
                  {t.activities[a]}
                </th>
              ))}
              <th>{m.hours}</th>
              <th className="center">{m.passive}</th>
              <th>{m.reason}</th>
              <th>{m.cv}</th>
              <th className="center">{m.plan}</th>
              <th>{m.goal}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <WindowedRows
              count={rows.length}
              columns={activityKeys.length + 8}
              rowHeight={(i) => GRID_ROW + (errors.has(rows[i]!.participantId) ? ERROR_ROW : 0)}
              row={(i) => {
                const r = rows[i]!
                const d = drafts[r.participantId] ?? EMPTY_DRAFT
                const who = r.pseudonym
                const rowErrs = errors.get(r.participantId) ?? []
                const invalid = (field: string) => (hasError(r.participantId, field) ? { 'aria-invalid': true, className: 'invalid' } : {})
                return [
                  <tr key={r.participantId} data-testid={`month-row-${r.pseudonym}`} className={rowErrs.length > 0 ? 'grid-row has-error' : 'grid-row'}>
                    <td className="who">
                      <div>{r.pseudonym}</div>
                      <small style={{ color: '#666' }}>{[r.jobBrokerName, r.open ? '' : m.closed].filter(Boolean).join(' · ')}</small>
                    </td>
                    {activityKeys.map((a) => (
                      <CheckCell
                        key={a}
                        checked={d.activities.includes(a)}
                        onChange={(on) => toggle(r.participantId, a, on)}
                        label={label(t.activities[a], who)}
                      />
                    ))}
                    <td>
                      <input
                        type="text"
                        inputMode="decimal"
                        value={d.hours}
                        {...invalid('paidHoursMinutes')}
                        onChange={(e) => {
                          const hours = e.target.value
                          const activities = hours.trim() && !d.activities.includes('paidHours') ? [...d.activities, 'paidHours' as const] : d.activities
                          set(r.participantId, { hours, activities, passive: hours.trim() ? false : d.passive })
                        }}
                        style={{ width: 56 }}
                        aria-label={label(m.hours, who)}
                      />
                    </td>
                    <CheckCell
                      checked={d.passive}
                      onChange={(on) => set(r.participantId, on ? { passive: true, activities: [], hours: '' } : { passive: false, reason: '' })}
                      label={label(m.passive, who)}
                    />
                    <td>
                      <select
                        value={d.reason}
                        {...invalid('passiveReason')}
                        onChange={(e) =>
                          set(r.participantId, {
                            reason: e.target.value,
                            passive: e.target.value ? true : d.passive,
                            ...(e.target.value ? { activities: [], hours: '' } : {})
                          })
                        }
                        style={{ width: 170 }}
                        aria-label={label(m.reason, who)}
                      >
                        <option value="">–</option>
                        {passiveReasons.map((reason) => (
                          <option key={reason} value={reason}>
                            {reason}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="text"
                        value={d.cv}
                        placeholder={m.datePlaceholder}
                        {...invalid('cvUpdatedOn')}
                        onChange={(e) => set(r.participantId, { cv: e.target.value })}
                        style={{ width: 96 }}
                        aria-label={label(m.cv, who)}
                      />
                    </td>
                    <CheckCell checked={d.plan} onChange={(on) => set(r.participantId, { plan: on })} label={label(m.plan, who)} />
                    <td>
                      <input
                        type="text"
                        value={d.goal}
                        {...invalid('jobGoal')}
                        onChange={(e) => set(r.participantId, { goal: e.target.value })}
                        style={{ width: 160 }}
                        aria-label={label(m.goal, who)}
                      />
                    </td>
                    <td>
                      <IconButton size="small" aria-label={label(m.clearRow, who)} onClick={() => set(r.participantId, EMPTY_DRAFT)}>
                        <ClearIcon fontSize="small" />
                      </IconButton>
                    </td>
                  </tr>,
                  rowErrs.length > 0 ? (
                    <tr key={`${r.participantId}-errors`}>
                      <td colSpan={activityKeys.length + 8} className="row-error" role="alert">
                        {rowErrs.map((e) => e.message).join(' ')}
                      </td>
                    </tr>
                  ) : null
                ]
              }}
            />
          </tbody>
        </Box>
      </Box>
    </>
  )
}

export function MonthGrid() {
  const projectId = useRequiredProjectId()
  const project = useApiQuery('projects.get', { projectId })
  const staff = useStaff(projectId)
  // A month opened from elsewhere (a row of the KPI table): ?maaned=YYYY-MM.
  const [search] = useSearchParams()
  const asked = search.get('maaned')
  const [chosenMonth, setMonth] = useState<string | null>(asked && /^\d{4}-\d{2}$/.test(asked) ? asked : null)
  const [broker, setBroker] = useState('')
  const [includeClosed, setIncludeClosed] = useState(false)
  const [message, setMessage] = useState<Message>(null)
  const periodEnd = project.data?.periodEnd.slice(0, 7)
  const periodStart = project.data?.periodStart.slice(0, 7)
  const fallback = periodEnd && thisMonth() > periodEnd ? periodEnd : periodStart && thisMonth() < periodStart ? periodStart : thisMonth()
  const month = chosenMonth ?? fallback
  const rows = useApiQuery(
    'participants.month.get',
    { projectId, month, ...(broker === '' ? {} : { jobBrokerId: broker === 'none' ? null : Number(broker) }), includeClosed },
    { enabled: Boolean(project.data) && /^\d{4}-\d{2}$/.test(month) }
  )
  const rowsVersion = dataVersion(rows.data)
  return (
    <>
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <ParticipantsTabs projectId={projectId} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
        <MonthSelect
          projectId={projectId}
          label={m.month}
          value={month}
          onChange={(value) => {
            setMonth(value)
            setMessage(null)
          }}
        />
        <TextField size="small" select label={m.broker} value={broker} onChange={(e) => setBroker(e.target.value)} sx={{ minWidth: 220 }}>
          <MenuItem value="">{m.allBrokers}</MenuItem>
          {(staff.data ?? []).map((s) => (
            <MenuItem key={s.id} value={String(s.id)}>
              {s.name}
            </MenuItem>
          ))}
          <MenuItem value="none">{t.noBroker}</MenuItem>
        </TextField>
        <FormControlLabel control={<Switch checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />} label={m.includeClosed} />
      </Stack>
      {rows.data || rows.isPending || rows.isError ? (
        <QueryView query={rows}>
          {(data) => (
            <GridBody
              key={`${month}:${broker}:${includeClosed}:${rowsVersion}`}
              projectId={projectId}
              month={month}
              rows={data.rows}
              passiveReasons={data.passiveReasons}
              message={message}
              setMessage={setMessage}
            />
          )}
        </QueryView>
      ) : null}
      <MonthStatusImport projectId={projectId} month={month} />
    </>
  )
}
