// A manual posting, and the correction of a posting: a reversal and, optionally, its replacement.
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Checkbox, DialogContent, DialogTitle, FormControlLabel, Grid, MenuItem, Typography } from '@mui/material'
import type { Posting } from '@shared/api/ledger'
import { formatDate } from '@shared/domain/dates'
import { formatKr, parseKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, formFields, showServerError, FormRootError, DialogFormActions, useGuardedForm, zodResolver } from '../../components/form'
import { GuardedDialog } from '../../components/GuardedDialog'

const t = da.ledger.ui
const f = da.time.fields

const postingFields = {
  date: formFields.date(f.date!),
  budgetLineId: z.string().min(1, `${da.validationMessages.fieldPrefix(f.budgetLineId!)} ${da.validationMessages.required}.`),
  amount: formFields.kr(t.amount),
  documentRef: formFields.text(f.documentRef!),
  description: formFields.optionalText()
}

function LineSelect({ projectId, control, name, date }: { projectId: number; control: never; name: string; date: string }) {
  const lines = useApiQuery('ledger.budgetLines', { projectId })
  const year = Number(date.slice(0, 4))
  const options = (lines.data ?? []).filter((l) => !year || l.year === year)
  return (
    <FormTextField control={control} name={name as never} label={t.line} select fullWidth required>
      {options.map((l) => (
        <MenuItem key={l.id} value={String(l.id)}>
          {`${l.title} ${l.year}`}
        </MenuItem>
      ))}
    </FormTextField>
  )
}

export function CreatePostingDialog({ projectId, onClose }: { projectId: number; onClose: () => void }) {
  const create = useApiMutation('ledger.create')
  const schema = z.object(postingFields)
  const form = useGuardedForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { date: '', budgetLineId: '', amount: '', documentRef: '', description: '' }
  })
  const date = useWatch({ control: form.control, name: 'date' }) ?? ''
  const submit = form.handleSubmit(async (v) => {
    try {
      await create.mutateAsync({
        projectId,
        date: v.date,
        budgetLineId: Number(v.budgetLineId),
        amountOre: parseKr(v.amount) ?? 0,
        documentRef: v.documentRef,
        description: v.description
      })
      onClose()
    } catch (e) {
      if (!showServerError(e, form.setError, ['date', 'budgetLineId', 'documentRef', 'description'])) form.setError('root', { message: errorMessage(e) })
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
      <DialogTitle>{t.createTitle}</DialogTitle>
      <DialogContent>
        <Grid container spacing={2} sx={{ mt: 0.5 }}>
          <Grid size={6}>
            <FormDateField control={form.control} name="date" label={t.date} />
          </Grid>
          <Grid size={6}>
            <LineSelect projectId={projectId} control={form.control as never} name="budgetLineId" date={date} />
          </Grid>
          <Grid size={6}>
            <FormTextField control={form.control} name="amount" label={t.amount} fullWidth required helperText={t.amountHelp} />
          </Grid>
          <Grid size={6}>
            <FormTextField control={form.control} name="documentRef" label={t.documentRef} fullWidth required />
          </Grid>
          <Grid size={12}>
            <FormTextField control={form.control} name="description" label={t.text} fullWidth />
          </Grid>
        </Grid>
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogFormActions onCancel={onClose} submitting={form.formState.isSubmitting} submitLabel={t.create} />
    </GuardedDialog>
  )
}

export function CorrectPostingDialog({ projectId, posting, onClose }: { projectId: number; posting: Posting; onClose: () => void }) {
  const reverse = useApiMutation('ledger.reverse')
  const schema = z
    .object({ reason: formFields.text(t.reason), reversalDate: z.string(), withReplacement: z.boolean(), ...postingFields })
    .partial({ date: true, budgetLineId: true, amount: true, documentRef: true })
  type Values = z.infer<typeof schema>
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      reason: '',
      reversalDate: '',
      withReplacement: true,
      date: posting.date,
      budgetLineId: String(posting.budgetLineId),
      amount: formatKr(posting.amountOre, { unit: false }),
      documentRef: posting.documentRef,
      description: posting.description
    }
  })
  const withReplacement = useWatch({ control: form.control, name: 'withReplacement' })
  const date = useWatch({ control: form.control, name: 'date' }) ?? ''
  const submit = form.handleSubmit(async (v) => {
    try {
      await reverse.mutateAsync({
        projectId,
        postingId: posting.id,
        reason: v.reason,
        ...(v.reversalDate ? { date: v.reversalDate } : {}),
        ...(v.withReplacement
          ? {
              replacement: {
                date: v.date ?? '',
                budgetLineId: Number(v.budgetLineId),
                amountOre: parseKr(v.amount ?? '') ?? 0,
                documentRef: v.documentRef ?? '',
                description: v.description ?? ''
              }
            }
          : {})
      })
      onClose()
    } catch (e) {
      if (!showServerError(e, form.setError, ['reason', 'date'])) form.setError('root', { message: errorMessage(e) })
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
      <DialogTitle>{t.correctTitle(posting.id)}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.correctInfo}
        </Alert>
        <Typography
          sx={{ mb: 2 }}
        >{`${formatDate(posting.date)} · ${posting.budgetLineTitle} ${posting.budgetLineYear} · ${formatKr(posting.amountOre)} · ${posting.documentRef}`}</Typography>
        <Grid container spacing={2}>
          <Grid size={12}>
            <FormTextField control={form.control} name="reason" label={t.reason} fullWidth required />
          </Grid>
          <Grid size={6}>
            <FormDateField control={form.control} name="reversalDate" label={t.reversalDate} helperText={t.reversalDateHelp} />
          </Grid>
          <Grid size={12}>
            <FormControlLabel
              control={<Checkbox checked={withReplacement} onChange={(e) => form.setValue('withReplacement', e.target.checked)} />}
              label={t.withReplacement}
            />
          </Grid>
          {withReplacement ? (
            <>
              <Grid size={6}>
                <FormDateField control={form.control} name="date" label={t.date} />
              </Grid>
              <Grid size={6}>
                <LineSelect projectId={projectId} control={form.control as never} name="budgetLineId" date={date} />
              </Grid>
              <Grid size={6}>
                <FormTextField control={form.control} name="amount" label={t.amount} fullWidth required />
              </Grid>
              <Grid size={6}>
                <FormTextField control={form.control} name="documentRef" label={t.documentRef} fullWidth required />
              </Grid>
              <Grid size={12}>
                <FormTextField control={form.control} name="description" label={t.text} fullWidth />
              </Grid>
            </>
          ) : null}
        </Grid>
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogFormActions onCancel={onClose} submitting={form.formState.isSubmitting} submitLabel={t.reverse} />
    </GuardedDialog>
  )
}
