// One meeting: its life (draft → invited → held → minutes approved), details, attendance, the
// agenda with decisions and action items, approval, addenda (MinutesApproval.tsx), the invitation
// (.ics) and the printouts (agenda or minutes, and the copy for publication).
import { useState } from 'react'
import { Link as RouterLink, useNavigate, useParams } from 'react-router'
import type { z } from 'zod'
import { Alert, AlertTitle, Box, Button, Card, CardContent, Grid, MenuItem, Stack, Step, StepLabel, Stepper, TextField, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import EventIcon from '@mui/icons-material/Event'
import type { Meeting } from '@shared/api/meetings'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { safeFileName } from '@shared/domain/meetings/agenda'
import { da } from '@shared/texts/da'
import { callApi, errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, FormRootError, useGuardedForm, zodResolver, submitTo } from '../../components/form'
import { PdfButton } from '../../print/PdfButton'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { AttendanceCard } from './AttendanceCard'
import { ItemCard } from './ItemCard'
import { ItemDialog } from './ItemDialog'
import { MeetingStatusChip, meetingFormSchema, meetingsBase } from './ui'
import { downloadText } from '../../components/download'
import { SectionCard } from '../../components/SectionCard'
import { AddendaCard, ApproveMinutesDialog } from './MinutesApproval'

const t = da.meetings
const stepIndex = { draft: 0, invited: 1, held: 2, approved: 3 } as const

const detailsSchema = meetingFormSchema
type DetailsValues = z.infer<typeof detailsSchema>

function DetailsCard({ meeting }: { meeting: Meeting }) {
  const update = useApiMutation('meetings.update')
  const [saved, setSaved] = useState(false)
  const form = useGuardedForm<DetailsValues>({
    resolver: zodResolver(detailsSchema),
    defaultValues: {
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      guests: meeting.guests
    }
  })
  const submit = submitTo(form, ['title', 'date', 'startTime', 'endTime', 'place', 'guests'], async (v) => {
    setSaved(false)
    await update.mutateAsync({ meetingId: meeting.id, ...v })
    setSaved(true)
  })
  const disabled = meeting.locked
  return (
    <SectionCard title={t.meeting.details} section label={t.meeting.details}>
      <form onSubmit={submit} noValidate aria-label={t.meeting.details}>
        <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
          <Grid container spacing={2}>
            <FormTextField cell={{ xs: 12, md: 6 }} control={form.control} name="title" label={t.meeting.titleField} fullWidth required />
            <FormDateField cell={{ xs: 12, sm: 4, md: 2 }} control={form.control} name="date" label={t.meeting.date} />
            <FormTextField cell={{ xs: 6, sm: 4, md: 2 }} control={form.control} name="startTime" label={t.meeting.startTime} fullWidth />
            <FormTextField cell={{ xs: 6, sm: 4, md: 2 }} control={form.control} name="endTime" label={t.meeting.endTime} fullWidth />
            <FormTextField cell={{ xs: 12, md: 6 }} control={form.control} name="place" label={t.meeting.place} fullWidth />
            <FormTextField cell={{ xs: 12, md: 6 }} control={form.control} name="guests" label={t.meeting.guests} helperText={t.meeting.guestsHelp} fullWidth />
          </Grid>
          {!disabled ? (
            <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
              <Button type="submit" variant="outlined" loading={form.formState.isSubmitting}>
                {t.meeting.saveDetails}
              </Button>
              {saved ? (
                <Typography color="success.main" role="status">
                  {t.meeting.detailsSaved}
                </Typography>
              ) : null}
            </Stack>
          ) : null}
        </fieldset>
        <FormRootError message={form.formState.errors.root?.message} />
      </form>
    </SectionCard>
  )
}

function BacklogPicker({ meeting, projectId, onError }: { meeting: Meeting; projectId: number; onError: (m: string) => void }) {
  const backlog = useApiQuery('meetings.backlog', { projectId })
  const move = useApiMutation('meetings.items.move')
  const own = (backlog.data ?? []).filter((i) => i.groupId === meeting.groupId)
  if (own.length === 0 || meeting.status === 'held') return null
  return (
    <TextField
      select
      size="small"
      label={t.backlog.title}
      value=""
      sx={{ minWidth: 260 }}
      onChange={async (e) => {
        try {
          await move.mutateAsync({ itemId: Number(e.target.value), meetingId: meeting.id })
        } catch (err) {
          onError(errorMessage(err))
        }
      }}
    >
      {own.map((i) => (
        <MenuItem key={i.id} value={String(i.id)}>
          {i.title}
        </MenuItem>
      ))}
    </TextField>
  )
}

function MeetingView({ meeting, projectId }: { meeting: Meeting; projectId: number }) {
  const navigate = useNavigate()
  const setStatus = useApiMutation('meetings.setStatus')
  const reorder = useApiMutation('meetings.items.reorder')
  const remove = useApiMutation('meetings.delete')
  const [itemDialog, setItemDialog] = useState<Meeting['items'][number] | 'new' | null>(null)
  const [approving, setApproving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const minutes = meeting.documentKind === 'minutes'
  const base = `${meeting.title} ${formatDate(meeting.date)}`
  const step = async (status: 'draft' | 'invited' | 'held') => {
    try {
      await setStatus.mutateAsync({ meetingId: meeting.id, status })
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const moveItem = async (index: number, delta: -1 | 1) => {
    const ids = meeting.items.map((i) => i.id)
    const [moved] = ids.splice(index, 1)
    ids.splice(index + delta, 0, moved!)
    try {
      await reorder.mutateAsync({ meetingId: meeting.id, itemIds: ids })
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const over = meeting.allottedMinutes - meeting.lengthMinutes
  return (
    <>
      <Button component={RouterLink} to={meetingsBase(projectId)} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t.meeting.back}
      </Button>
      <PageHeader
        title={`${minutes ? t.meeting.documentMinutes : t.meeting.documentAgenda}: ${meeting.title} ${formatDate(meeting.date)}`}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{`${meeting.groupName} · ${meeting.startTime}–${meeting.endTime}${meeting.place ? ` · ${meeting.place}` : ''}`}</span>
            <MeetingStatusChip status={meeting.status} />
          </Stack>
        }
        actions={
          <>
            <PdfButton
              route={`/print/moeder/${meeting.id}`}
              fileName={`${safeFileName(`${minutes ? t.print.minutes : t.print.agenda} ${base}`)}.pdf`}
              label={minutes ? t.meeting.pdfMinutes : t.meeting.pdfAgenda}
            />
            <PdfButton
              route={`/print/moeder/${meeting.id}/offentlig`}
              fileName={`${safeFileName(`${minutes ? t.print.minutes : t.print.agenda} ${base} offentlig`)}.pdf`}
              label={t.meeting.pdfPublic}
            />
          </>
        }
      />
      <Stack spacing={3}>
        <Card variant="outlined">
          <CardContent>
            <Stepper activeStep={stepIndex[meeting.status]} alternativeLabel aria-label={t.meeting.status}>
              {t.meeting.steps.map((label, i) => (
                <Step key={label} completed={stepIndex[meeting.status] > i || meeting.status === 'approved'}>
                  <StepLabel>{label}</StepLabel>
                </Step>
              ))}
            </Stepper>
            <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
              {meeting.status === 'draft' ? (
                <Button variant="contained" onClick={() => void step('invited')}>
                  {t.meeting.markInvited}
                </Button>
              ) : null}
              {meeting.status === 'draft' || meeting.status === 'invited' ? (
                <Button variant={meeting.status === 'invited' ? 'contained' : 'outlined'} onClick={() => void step('held')}>
                  {t.meeting.markHeld}
                </Button>
              ) : null}
              {meeting.status === 'invited' ? <Button onClick={() => void step('draft')}>{t.meeting.backToDraft}</Button> : null}
              {meeting.status === 'held' ? (
                <>
                  <Button variant="contained" color="success" onClick={() => setApproving(true)} disabled={meeting.approvalProblems.length > 0}>
                    {t.approval.approve}
                  </Button>
                  <Button onClick={() => void step('invited')}>{t.meeting.reopen}</Button>
                </>
              ) : null}
              <Button
                startIcon={<EventIcon />}
                onClick={async () => {
                  try {
                    const ics = await callApi('meetings.ics', { meetingId: meeting.id })
                    downloadText(ics.fileName, ics.content, 'text/calendar;charset=utf-8')
                  } catch (e) {
                    setError(errorMessage(e))
                  }
                }}
              >
                {t.meeting.downloadIcs}
              </Button>
              {meeting.status === 'draft' || meeting.status === 'invited' ? (
                <Button
                  color="error"
                  onClick={async () => {
                    if (!window.confirm(t.meeting.deleteConfirm)) return
                    try {
                      await remove.mutateAsync({ meetingId: meeting.id })
                      navigate(meetingsBase(projectId))
                    } catch (e) {
                      setError(errorMessage(e))
                    }
                  }}
                >
                  {t.meeting.deleteMeeting}
                </Button>
              ) : null}
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t.meeting.icsHelp}
            </Typography>
            {meeting.locked && meeting.approvedAt ? (
              <Alert severity="success" sx={{ mt: 2 }} data-testid="locked-notice">
                {`${t.approval.approvedBy(meeting.approvedByName ?? '', meeting.approvedByRole ?? '', formatDateTime(meeting.approvedAt), meeting.approvedOsUser ?? '')} ${t.meeting.lockedNotice}`}
              </Alert>
            ) : null}
            {meeting.status === 'held' && meeting.approvalProblems.length > 0 ? (
              <Alert severity="info" sx={{ mt: 2 }} data-testid="approval-problems">
                <AlertTitle>{t.approval.problemsTitle}</AlertTitle>
                {meeting.approvalProblems.map((p) => (
                  <div key={p}>{p}</div>
                ))}
              </Alert>
            ) : null}
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t.meeting.publicHelp}
            </Typography>
          </CardContent>
        </Card>
        <DetailsCard key={`${meeting.id}-${meeting.status}`} meeting={meeting} />
        <AttendanceCard key={`${meeting.id}-${meeting.date}-${meeting.status}-${meeting.attendance.map((a) => a.memberId).join(',')}`} meeting={meeting} />
        <Box component="section" aria-label={t.items.title}>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1, gap: 2, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h2">
              {t.items.title}
            </Typography>
            <Typography color={over > 0 ? 'warning.main' : 'text.secondary'} data-testid="time-budget">
              {over > 0
                ? `${t.meeting.timeBudget(meeting.allottedMinutes, meeting.lengthMinutes)} ${t.meeting.overBudget(over)}`
                : t.meeting.timeBudget(meeting.allottedMinutes, meeting.lengthMinutes)}
            </Typography>
          </Stack>
          <Stack spacing={2}>
            {meeting.items.map((item, index) => (
              <ItemCard
                key={item.id}
                meeting={meeting}
                item={item}
                index={index}
                onEdit={() => setItemDialog(item)}
                onMove={(d) => void moveItem(index, d)}
                onError={setError}
              />
            ))}
            {meeting.items.length === 0 ? <Alert severity="info">{t.items.noItems}</Alert> : null}
          </Stack>
          {!meeting.locked ? (
            <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setItemDialog('new')}>
                {t.items.add}
              </Button>
              <BacklogPicker meeting={meeting} projectId={projectId} onError={setError} />
            </Stack>
          ) : null}
        </Box>
        {meeting.locked ? <AddendaCard meeting={meeting} /> : null}
      </Stack>
      {itemDialog ? (
        <ItemDialog
          meetingId={meeting.id}
          item={itemDialog === 'new' ? null : itemDialog}
          attendance={meeting.attendance}
          showDecision={meeting.status !== 'draft'}
          onClose={() => setItemDialog(null)}
        />
      ) : null}
      {approving ? <ApproveMinutesDialog meeting={meeting} onClose={() => setApproving(false)} /> : null}
      <FormRootError message={error} onClose={() => setError(null)} sx={{ position: 'sticky', bottom: 16, mt: 2, zIndex: 1 }} />
    </>
  )
}

export function MeetingPage() {
  const projectId = useRequiredProjectId()
  const meetingId = Number(useParams().meetingId)
  const meeting = useApiQuery('meetings.get', { meetingId })
  return <QueryView query={meeting}>{(m) => <MeetingView meeting={m} projectId={projectId} />}</QueryView>
}
