// The dialogs of a week: a manager's approval (with what it will post, month part by month part) and
// unlocking with a reason. The approver's name is remembered on this computer, as for months.
import { z } from 'zod'
import { Alert, Button, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import type { Week } from '@shared/api/time'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormRootError, FormTextField, formFields, showServerError, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { APPROVER_KEY, rememberedApprover } from './MonthDialogs'
import { formatMonth } from '@shared/domain/months'
import { GuardedDialog, DialogCancelButton } from '../../components/GuardedDialog'

const t = da.time.ui.week
const m = da.time.ui.months

export type WeekAction = 'approve' | 'unlock' | null

function weekName(week: Week): string {
  return da.time.weekLabel(week.week, week.isoYear)
}

function ApproveWeekDialog({ projectId, week, onClose, onDone }: { projectId: number; week: Week; onClose: () => void; onDone: (text: string) => void }) {
  const approve = useApiMutation('time.week.approve')
  const preview = useApiQuery('time.week.preview', { projectId, staffId: week.staff.id, weekStart: week.weekStart })
  const schema = z.object({ approverName: formFields.text(m.approverName), approverRole: formFields.text(m.approverRole) })
  const remembered = rememberedApprover()
  const form = useGuardedForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { approverName: remembered.name, approverRole: remembered.role }
  })
  const submit = form.handleSubmit(async (v) => {
    try {
      localStorage.setItem(APPROVER_KEY, JSON.stringify({ name: v.approverName, role: v.approverRole }))
      await approve.mutateAsync({ projectId, staffId: week.staff.id, weekStart: week.weekStart, ...v })
      onDone(t.approved)
    } catch (e) {
      if (!showServerError(e, form.setError, ['approverName', 'approverRole'])) form.setError('root', { message: errorMessage(e) })
    }
  })
  return (
    <GuardedDialog
      dirty={form.formState.isDirty}
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}
    >
      <DialogTitle>{t.approveTitle(weekName(week), week.staff.name)}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.approveRule}
        </Alert>
        <Typography variant="subtitle1" component="h3">
          {m.preview}
        </Typography>
        <QueryView query={preview}>
          {(p) => (
            <>
              <List dense>
                {p.parts.map((part) => (
                  <ListItem key={part.month} disableGutters data-testid={`week-part-${part.month}`}>
                    <ListItemText
                      primary={
                        part.postedWith === 'month'
                          ? t.partMonth(formatDate(part.from), formatDate(part.to), formatMonth(part.month), formatHours(part.minutes))
                          : t.partWeek(formatDate(part.from), formatDate(part.to), formatMonth(part.month), formatHours(part.minutes))
                      }
                      secondary={
                        part.postedWith === 'week'
                          ? [
                              ...part.segments.map((s) =>
                                m.segment(formatDate(s.from), formatDate(s.to), formatHours(s.minutes), formatKr(s.hourlyRateOre), formatKr(s.amountOre))
                              ),
                              ...(part.budgetLine ? [m.line(part.budgetLine.title, part.budgetLine.year)] : [])
                            ].join(' · ')
                          : null
                      }
                    />
                  </ListItem>
                ))}
              </List>
              <Typography sx={{ fontWeight: 500 }} data-testid="week-preview-total">
                {t.postedWithWeek(formatKr(p.totalOre))}
              </Typography>
              {p.problem ? (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {p.problem}
                </Alert>
              ) : null}
            </>
          )}
        </QueryView>
        <Stack spacing={2} sx={{ mt: 2 }}>
          <FormTextField control={form.control} name="approverName" label={m.approverName} fullWidth required />
          <FormTextField control={form.control} name="approverRole" label={m.approverRole} fullWidth required />
        </Stack>
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={onClose} />
        <Button type="submit" variant="contained" loading={form.formState.isSubmitting} disabled={Boolean(preview.data?.problem)}>
          {t.approveWeek}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}

function UnlockWeekDialog({ projectId, week, onClose, onDone }: { projectId: number; week: Week; onClose: () => void; onDone: (text: string) => void }) {
  const unlock = useApiMutation('time.week.unlock')
  const schema = z.object({ reason: formFields.text(m.reason), actorName: formFields.text(m.actorName) })
  const form = useGuardedForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { reason: '', actorName: rememberedApprover().name } })
  const submit = form.handleSubmit(async (v) => {
    try {
      await unlock.mutateAsync({ projectId, staffId: week.staff.id, weekStart: week.weekStart, ...v })
      onDone(t.unlocked)
    } catch (e) {
      if (!showServerError(e, form.setError, ['reason', 'actorName'])) form.setError('root', { message: errorMessage(e) })
    }
  })
  return (
    <GuardedDialog
      dirty={form.formState.isDirty}
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}
    >
      <DialogTitle>{t.unlockTitle(weekName(week), week.staff.name)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t.unlockInfo}
        </Alert>
        <Stack spacing={2}>
          <FormTextField control={form.control} name="reason" label={m.reason} fullWidth required multiline minRows={2} />
          <FormTextField control={form.control} name="actorName" label={m.actorName} fullWidth required />
        </Stack>
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={onClose} />
        <Button type="submit" variant="contained" color="warning" loading={form.formState.isSubmitting}>
          {t.unlockWeek}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}

export function WeekDialog({
  projectId,
  week,
  action,
  onClose,
  onDone
}: {
  projectId: number
  week: Week
  action: WeekAction
  onClose: () => void
  onDone: (text: string) => void
}) {
  if (action === 'approve') return <ApproveWeekDialog projectId={projectId} week={week} onClose={onClose} onDone={onDone} />
  if (action === 'unlock') return <UnlockWeekDialog projectId={projectId} week={week} onClose={onClose} onDone={onDone} />
  return null
}
