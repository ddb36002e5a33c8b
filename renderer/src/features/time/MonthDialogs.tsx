// The dialogs of a month: the employee's signature, a manager's approval (with what will be posted)
// and unlocking with a reason. Names are remembered on this computer for the next approval.
import { z } from 'zod'
import { Alert, Button, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import type { MonthRow } from '@shared/api/time'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormRootError, FormTextField, formFields, showServerError, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { formatMonth } from '@shared/domain/months'
import { GuardedDialog, DialogCancelButton } from '../../components/GuardedDialog'

const t = da.time.ui.months
export const APPROVER_KEY = 'puljestyr.approver'

export function rememberedApprover(): { name: string; role: string } {
  try {
    const v = JSON.parse(localStorage.getItem(APPROVER_KEY) ?? '{}') as { name?: string; role?: string }
    return { name: v.name ?? '', role: v.role ?? '' }
  } catch {
    return { name: '', role: '' }
  }
}

export type MonthAction = { kind: 'sign' | 'approve' | 'unlock'; row: MonthRow } | null

function SignDialog({ projectId, row, onClose }: { projectId: number; row: MonthRow; onClose: () => void }) {
  const sign = useApiMutation('time.month.sign')
  const schema = z.object({ signerName: formFields.text(t.signerName) })
  const form = useGuardedForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { signerName: row.staffName } })
  const label = formatMonth(row.month)
  const submit = form.handleSubmit(async (v) => {
    try {
      await sign.mutateAsync({ projectId, staffId: row.staffId, month: row.month, signerName: v.signerName })
      onClose()
    } catch (e) {
      if (!showServerError(e, form.setError, ['signerName'])) form.setError('root', { message: errorMessage(e) })
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
      <DialogTitle>{t.signTitle(row.staffName, label)}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t.signText(row.staffName, label, formatHours(row.minutes))}</Typography>
        <FormTextField control={form.control} name="signerName" label={t.signerName} fullWidth required />
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={onClose} />
        <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
          {t.sign}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}

function ApproveDialog({ projectId, row, onClose }: { projectId: number; row: MonthRow; onClose: () => void }) {
  const approve = useApiMutation('time.month.approve')
  const preview = useApiQuery('time.month.preview', { projectId, staffId: row.staffId, month: row.month })
  const project = useApiQuery('projects.get', { projectId })
  const label = formatMonth(row.month)
  const isStatement = row.mode === 'statement'
  const schema = z.object({ approverName: formFields.text(t.approverName), approverRole: formFields.text(t.approverRole), statementText: z.string() })
  const remembered = rememberedApprover()
  const form = useGuardedForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      approverName: remembered.name,
      approverRole: remembered.role,
      statementText: isStatement ? da.time.months.defaultStatement(row.staffName, label, project.data?.title ?? '') : ''
    }
  })
  const submit = form.handleSubmit(async (v) => {
    try {
      localStorage.setItem(APPROVER_KEY, JSON.stringify({ name: v.approverName, role: v.approverRole }))
      await approve.mutateAsync({ projectId, staffId: row.staffId, month: row.month, ...v })
      onClose()
    } catch (e) {
      if (!showServerError(e, form.setError, ['approverName', 'approverRole', 'statementText'])) form.setError('root', { message: errorMessage(e) })
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
      <DialogTitle>{t.approveTitle(row.staffName, label)}</DialogTitle>
      <DialogContent>
        <Typography variant="subtitle1" component="h3">
          {t.preview}
        </Typography>
        <QueryView query={preview}>
          {(p) => (
            <>
              <Typography data-testid="approve-preview-hours">
                {isStatement
                  ? t.previewStatement(formatHours(p.minutes), String(p.workingDays).replace('.', ','))
                  : t.previewHours(formatHours(p.minutes), formatHours(p.normMinutes))}
              </Typography>
              {p.coveredByWeeks.map((w) => (
                <Typography key={w.weekStart} variant="body2" color="text.secondary" data-testid="approve-preview-week">
                  {t.coveredByWeek(da.time.weekLabel(w.week, w.isoYear), formatDate(w.from), formatDate(w.to), formatHours(w.minutes), formatKr(w.postedOre))}
                </Typography>
              ))}
              <List dense>
                {p.segments.map((s) => (
                  <ListItem key={s.rateId} disableGutters>
                    <ListItemText
                      primary={t.segment(formatDate(s.from), formatDate(s.to), formatHours(s.minutes), formatKr(s.hourlyRateOre), formatKr(s.amountOre))}
                    />
                  </ListItem>
                ))}
              </List>
              {p.budgetLine ? <Typography>{t.line(p.budgetLine.title, p.budgetLine.year)}</Typography> : null}
              <Typography sx={{ fontWeight: 500 }} data-testid="approve-preview-total">
                {t.total(formatKr(p.totalOre))}
              </Typography>
              {p.problem ? (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {p.problem}
                </Alert>
              ) : null}
            </>
          )}
        </QueryView>
        {isStatement ? (
          <Alert severity="info" sx={{ my: 2 }}>
            {t.statementExplanation}
          </Alert>
        ) : null}
        <Stack spacing={2} sx={{ mt: 2 }}>
          {isStatement ? <FormTextField control={form.control} name="statementText" label={t.statementText} fullWidth multiline minRows={3} /> : null}
          <FormTextField control={form.control} name="approverName" label={t.approverName} fullWidth required />
          <FormTextField control={form.control} name="approverRole" label={t.approverRole} fullWidth required />
        </Stack>
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={onClose} />
        <Button type="submit" variant="contained" loading={form.formState.isSubmitting} disabled={Boolean(preview.data?.problem)}>
          {isStatement ? t.approveStatement : t.approve}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}

function UnlockDialog({ projectId, row, onClose }: { projectId: number; row: MonthRow; onClose: () => void }) {
  const unlock = useApiMutation('time.month.unlock')
  const schema = z.object({ reason: formFields.text(t.reason), actorName: formFields.text(t.actorName) })
  const form = useGuardedForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { reason: '', actorName: rememberedApprover().name } })
  const submit = form.handleSubmit(async (v) => {
    try {
      await unlock.mutateAsync({ projectId, staffId: row.staffId, month: row.month, ...v })
      onClose()
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
      <DialogTitle>{t.unlockTitle(row.staffName, formatMonth(row.month))}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t.unlockInfo}
        </Alert>
        <Stack spacing={2}>
          <FormTextField control={form.control} name="reason" label={t.reason} fullWidth required multiline minRows={2} />
          <FormTextField control={form.control} name="actorName" label={t.actorName} fullWidth required />
        </Stack>
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={onClose} />
        <Button type="submit" variant="contained" color="warning" loading={form.formState.isSubmitting}>
          {t.unlock}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}

export function MonthDialog({ projectId, action, onClose }: { projectId: number; action: MonthAction; onClose: () => void }) {
  if (!action) return null
  if (action.kind === 'sign') return <SignDialog projectId={projectId} row={action.row} onClose={onClose} />
  if (action.kind === 'approve') return <ApproveDialog projectId={projectId} row={action.row} onClose={onClose} />
  return <UnlockDialog projectId={projectId} row={action.row} onClose={onClose} />
}
