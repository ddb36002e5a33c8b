// Quick entry of a month's status for a whole caseload: one row per participant, plain inputs in a
// table so Tab moves through them; every row is saved in one call (all or none), and a refused save
// keeps what was typed and shows each row's error on the row. Also: import from CSV/XLSX.
import { useSearchParams } from 'react-router'
import { useMemo, useState } from 'react'
import { Alert, Box, Button, FormControlLabel, IconButton, List, ListItem, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material'
import ClearIcon from '@mui/icons-material/Clear'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import DownloadIcon from '@mui/icons-material/Download'
import SaveIcon from '@mui/icons-material/Save'
import type { MonthRow, Status, StatusInputRow } from '@shared/api/participants'
import { formatHours, parseHours } from '@shared/domain/duration'
import { formatDate, parseDanishDate } from '@shared/domain/dates'
import { activityKeys, type ActivityKey } from '@shared/domain/participants/types'
import { da } from '@shared/texts/da'
import type { ApiErrorDetail } from '@shared/errors'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ApiClientError, callApi, errorMessage } from '../../api/client'
import { FileButton } from '../../components/FileButton'
import { downloadBase64 } from '../../components/download'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { MonthSelect, ParticipantsTabs, t, thisMonth, ui, useStaff } from './common'
import { formatMonth } from '@shared/domain/months'
import { WindowedRows } from '../../components/WindowedRows'

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

interface Draft {
  activities: ActivityKey[]
  hours: string
  passive: boolean
  reason: string
  cv: string
  plan: boolean
  goal: string
}

const EMPTY: Draft = { activities: [], hours: '', passive: false, reason: '', cv: '', plan: false, goal: '' }

/** A yes/no cell of a participant's row, named by its column and the participant. */
function CheckCell({ checked, onChange, label }: { checked: boolean; onChange: (checked: boolean) => void; label: string }) {
  return (
    <td className="center">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-label={label} />
    </td>
  )
}

function fromStatus(s: Status | null): Draft {
  if (!s) return EMPTY
  return {
    activities: s.activities,
    hours: s.paidHoursMinutes ? formatHours(s.paidHoursMinutes).replace(/,00$/, '') : '',
    passive: s.passive,
    reason: s.passiveReason ?? '',
    cv: formatDate(s.cvUpdatedOn),
    plan: s.jobPlan,
    goal: s.jobGoal
  }
}

function isBlank(d: Draft): boolean {
  return d.activities.length === 0 && !d.passive && d.hours.trim() === '' && d.reason === '' && d.cv === '' && !d.plan && d.goal.trim() === ''
}

function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify({ ...a, activities: [...a.activities].sort() }) === JSON.stringify({ ...b, activities: [...b.activities].sort() })
}

/** The grid's row as the API's status input; undefined = nothing to send. */
function toInput(row: MonthRow, d: Draft): StatusInputRow | undefined {
  if (isBlank(d)) return row.status ? { participantId: row.participantId, clear: true } : undefined
  const minutes = d.hours.trim() === '' ? null : parseHours(d.hours)
  return {
    participantId: row.participantId,
    activities: d.activities,
    paidHoursMinutes: minutes === null ? null : minutes,
    passive: d.passive,
    passiveReason: d.passive ? d.reason || null : null,
    cvUpdatedOn: d.cv.trim() ? (parseDanishDate(d.cv) ?? d.cv.trim()) : null,
    jobPlan: d.plan,
    jobGoal: d.goal
  }
}

/** Row errors of a refused save, by participant: from the services' rule check or the contract's. */
function rowErrors(error: unknown, sent: StatusInputRow[]): Map<number, ApiErrorDetail[]> {
  const out = new Map<number, ApiErrorDetail[]>()
  if (!(error instanceof ApiClientError)) return out
  for (const d of error.error.details ?? []) {
    let index = d.row !== undefined ? d.row - 1 : -1
    let field = d.field
    const path = /^rows\.(\d+)\.(\w+)/.exec(d.field ?? '')
    if (path) {
      index = Number(path[1])
      field = path[2]
    }
    const participantId = sent[index]?.participantId
    if (participantId === undefined) continue
    out.set(participantId, [...(out.get(participantId) ?? []), { ...d, ...(field ? { field } : {}) }])
  }
  return out
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
  const dirty = rows.filter((r) => !sameDraft(drafts[r.participantId] ?? EMPTY, initial[r.participantId] ?? EMPTY))

  const set = (id: number, patch: Partial<Draft>) => setDrafts((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY), ...patch } }))
  const toggle = (id: number, key: ActivityKey, on: boolean) => {
    const d = drafts[id] ?? EMPTY
    const activities = on ? [...d.activities.filter((a) => a !== key), key] : d.activities.filter((a) => a !== key)
    set(id, { activities, passive: on ? false : d.passive, ...(key === 'paidHours' && !on ? { hours: '' } : {}) })
  }

  const submit = async () => {
    setMessage(null)
    const sent = dirty.map((r) => toInput(r, drafts[r.participantId] ?? EMPTY)).filter((x): x is StatusInputRow => x !== undefined)
    if (sent.length === 0) {
      setMessage({ severity: 'info', text: m.nothingToSave })
      return
    }
    const local = new Map<number, ApiErrorDetail[]>()
    for (const r of dirty) {
      const d = drafts[r.participantId] ?? EMPTY
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
        if (r.previous && isBlank(next[r.participantId] ?? EMPTY)) next[r.participantId] = { ...fromStatus(r.previous), hours: fromStatus(r.previous).hours }
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
                const d = drafts[r.participantId] ?? EMPTY
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
                      <IconButton size="small" aria-label={label(m.clearRow, who)} onClick={() => set(r.participantId, EMPTY)}>
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

function ImportBox({ projectId, month }: { projectId: number; month: string }) {
  const [result, setResult] = useState<{ ok: boolean; text: string; details: ApiErrorDetail[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const importFile = useApiMutation('participants.status.import')
  return (
    <Box sx={{ mt: 4 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} useFlexGap>
        <FileButton
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          loading={busy}
          onFile={async (file) => {
            setBusy(true)
            try {
              const r = await importFile.mutateAsync({ projectId, fileName: file.fileName, contentBase64: file.contentBase64 })
              setResult({ ok: true, text: m.imported(r.rows, r.created, r.updated, r.unchanged), details: [] })
            } catch (e) {
              setResult({ ok: false, text: errorMessage(e), details: e instanceof ApiClientError ? (e.error.details ?? []) : [] })
            } finally {
              setBusy(false)
            }
          }}
        >
          {m.import}
        </FileButton>
        <Button
          startIcon={<DownloadIcon />}
          onClick={async () => {
            const file = await callApi('participants.status.template', { projectId, month })
            downloadBase64(file.fileName, file.contentBase64, 'text/csv')
          }}
        >
          {m.template}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {m.importHelp}
      </Typography>
      {result ? (
        <Alert severity={result.ok ? 'success' : 'error'} sx={{ mt: 2 }} role={result.ok ? 'status' : 'alert'} data-testid="import-result">
          {result.text}
          {result.details.length ? (
            <List dense>
              {result.details.map((d, i) => (
                <ListItem key={i} disableGutters>
                  {d.message}
                </ListItem>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
    </Box>
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
              key={`${month}:${broker}:${includeClosed}:${rows.dataUpdatedAt}`}
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
      <ImportBox projectId={projectId} month={month} />
    </>
  )
}
