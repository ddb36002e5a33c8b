// A manual posting, and the correction of a posting: a reversal and, optionally, its replacement.
import { useWatch, type Control } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Checkbox, FormControlLabel, Grid, MenuItem, Typography } from '@mui/material'
import { ledgerApi, manualPostingSchema, type Posting } from '@shared/api/ledger'
import { formatDate } from '@shared/domain/dates'
import { formatKr, parseKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { ApiClientError } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, formFields, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { FormDialog } from '../../components/FormDialog'

const t = da.ledger.ui
const f = da.time.fields

/** A posting's fields as the form holds them (text), by the contract's rules where it has them. */
const postingSchema = textFieldsOf(manualPostingSchema, { documentRef: f.documentRef!, description: t.text }).extend({
  date: formFields.date(f.date!),
  budgetLineId: z.string().min(1, `${da.validationMessages.fieldPrefix(f.budgetLineId!)} ${da.validationMessages.required}.`),
  amount: formFields.kr(t.amount)
})
type PostingValues = z.infer<typeof postingSchema>

const postingDefaults = (p?: Posting): PostingValues => ({
  date: p?.date ?? '',
  budgetLineId: p ? String(p.budgetLineId) : '',
  amount: p ? formatKr(p.amountOre, { unit: false }) : '',
  documentRef: p?.documentRef ?? '',
  description: p?.description ?? ''
})

const toManualPosting = (v: Partial<PostingValues>) => ({
  date: v.date ?? '',
  budgetLineId: Number(v.budgetLineId),
  amountOre: parseKr(v.amount ?? '') ?? 0,
  documentRef: v.documentRef ?? '',
  description: v.description ?? ''
})

/** The fields of a posting: date, budget line (of the date's year), amount, document and text. */
function PostingFields({ projectId, control, amountHelp }: { projectId: number; control: Control<PostingValues>; amountHelp?: string }) {
  const date = useWatch({ control, name: 'date' }) ?? ''
  const lines = useApiQuery('ledger.budgetLines', { projectId })
  const year = Number(date.slice(0, 4))
  const options = (lines.data ?? []).filter((l) => !year || l.year === year)
  return (
    <>
      <Grid size={6}>
        <FormDateField control={control} name="date" label={t.date} />
      </Grid>
      <Grid size={6}>
        <FormTextField control={control} name="budgetLineId" label={t.line} select fullWidth required>
          {options.map((l) => (
            <MenuItem key={l.id} value={String(l.id)}>
              {`${l.title} ${l.year}`}
            </MenuItem>
          ))}
        </FormTextField>
      </Grid>
      <Grid size={6}>
        <FormTextField control={control} name="amount" label={t.amount} fullWidth required helperText={amountHelp} />
      </Grid>
      <Grid size={6}>
        <FormTextField control={control} name="documentRef" label={t.documentRef} fullWidth required />
      </Grid>
      <Grid size={12}>
        <FormTextField control={control} name="description" label={t.text} fullWidth />
      </Grid>
    </>
  )
}

/** A posting's fields as the form names them: the service's amount is in øre (amountOre), the form's in kroner (amount). */
const postingField = (field: string) => (field === 'amountOre' ? 'amount' : field)
/**
 * A refused correction names the reversal's date `date` and the replacement's fields
 * `replacement.…`; in the form they are `reversalDate` and the replacement's own fields (`date`, …).
 */
const correctionField = (field: string) =>
  field === 'date' ? 'reversalDate' : field.startsWith('replacement.') ? postingField(field.slice('replacement.'.length)) : field

/** A refusal with its fields named as the form names them, so that each message goes under the field the user typed it in. */
function asFormFields(error: unknown, rename: (field: string) => string): unknown {
  if (!(error instanceof ApiClientError)) return error
  const to = (field: string | undefined) => (field === undefined ? undefined : rename(field))
  const { field, details, ...rest } = error.error
  return new ApiClientError({ ...rest, field: to(field), ...(details ? { details: details.map((d) => ({ ...d, field: to(d.field) })) } : {}) })
}

export function CreatePostingDialog({ projectId, onClose }: { projectId: number; onClose: () => void }) {
  const create = useApiMutation('ledger.create')
  const form = useGuardedForm({ resolver: zodResolver(postingSchema), defaultValues: postingDefaults() })
  return (
    <FormDialog
      form={form}
      fields={['date', 'budgetLineId', 'amount', 'documentRef', 'description']}
      save={(v) =>
        create.mutateAsync({ projectId, ...toManualPosting(v) }).catch((e: unknown) => {
          throw asFormFields(e, postingField)
        })
      }
      onClose={onClose}
      title={t.createTitle}
      submitLabel={t.create}
    >
      <Grid container spacing={2} sx={{ mt: 0.5 }}>
        <PostingFields projectId={projectId} control={form.control} amountHelp={t.amountHelp} />
      </Grid>
    </FormDialog>
  )
}

const correctionSchema = textFieldsOf(ledgerApi['ledger.reverse'].input, { reason: t.reason })
  .extend({ reversalDate: z.string(), withReplacement: z.boolean() })
  .extend(postingSchema.shape)
  .partial({ date: true, budgetLineId: true, amount: true, documentRef: true })

export function CorrectPostingDialog({ projectId, posting, onClose }: { projectId: number; posting: Posting; onClose: () => void }) {
  const reverse = useApiMutation('ledger.reverse')
  const form = useGuardedForm({
    resolver: zodResolver(correctionSchema),
    defaultValues: { reason: '', reversalDate: '', withReplacement: true, ...postingDefaults(posting) }
  })
  const withReplacement = useWatch({ control: form.control, name: 'withReplacement' })
  return (
    <FormDialog
      form={form}
      fields={['reason', 'reversalDate', 'date', 'budgetLineId', 'amount', 'documentRef', 'description']}
      save={(v) =>
        reverse
          .mutateAsync({
            projectId,
            postingId: posting.id,
            reason: v.reason,
            ...(v.reversalDate ? { date: v.reversalDate } : {}),
            ...(v.withReplacement ? { replacement: toManualPosting(v) } : {})
          })
          .catch((e: unknown) => {
            throw asFormFields(e, correctionField)
          })
      }
      onClose={onClose}
      title={t.correctTitle(posting.id)}
      submitLabel={t.reverse}
      maxWidth="md"
    >
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
        {withReplacement ? <PostingFields projectId={projectId} control={form.control as unknown as Control<PostingValues>} /> : null}
      </Grid>
    </FormDialog>
  )
}
