// The staff member's form and the new-rate form. Both keep what was typed when a save is refused.
import { z } from 'zod'
import { Alert, Grid, MenuItem } from '@mui/material'
import { staffApi, staffInputSchema, type StaffWithRates } from '@shared/api/staff'
import { formatHours, parseHours } from '@shared/domain/duration'
import { formatKr, parseKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation } from '../../api/hooks'
import { FormDateField, FormTextField, formFields, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { LabelledFormDialog } from '../../components/FormDialog'
import { basisPointsToPercentInput, parsePercentInput } from '@shared/domain/percent'
import { textsOf } from '../../components/formValues'

const t = da.budget.ui.staff
const v = da.validationMessages
/** A field's cell: the whole row on a phone, half of it from a tablet up. */
const half = { xs: 12, sm: 6 } as const

const staffSchema = textFieldsOf(staffInputSchema, { name: t.name, title: t.jobTitle, note: t.note }).extend({
  functionKey: z.string().min(1, `${v.fieldPrefix(t.function)} ${v.required}.`),
  weeklyMinutes: formFields.hours(t.weeklyHours),
  projectShareBp: formFields.percentBy(staffInputSchema.shape.projectShareBp, t.projectShare),
  employedFrom: z.string(),
  employedTo: z.string()
})
type StaffValues = z.infer<typeof staffSchema>

export function StaffDialog({
  projectId,
  categories,
  current,
  onClose
}: {
  projectId: number
  categories: { key: string; label: string; eligible: boolean; kind: 'salary' | 'lumpSum' }[]
  current: StaffWithRates | null
  onClose: () => void
}) {
  const create = useApiMutation('staff.create')
  const update = useApiMutation('staff.update')
  const s = current?.staff
  const form = useGuardedForm<StaffValues>({
    resolver: zodResolver(staffSchema),
    defaultValues: {
      ...textsOf(s, ['name', 'functionKey', 'title', 'employedFrom', 'employedTo', 'note']),
      weeklyMinutes: formatHours(s?.weeklyMinutes ?? 2220),
      projectShareBp: s ? basisPointsToPercentInput(s.projectShareBp) : '100'
    }
  })
  const saveStaff = async (values: StaffValues) => {
    const input = {
      name: values.name,
      functionKey: values.functionKey,
      title: values.title,
      weeklyMinutes: parseHours(values.weeklyMinutes) ?? 0,
      projectShareBp: parsePercentInput(values.projectShareBp) ?? 0,
      employedFrom: values.employedFrom || null,
      employedTo: values.employedTo || null,
      note: values.note
    }
    if (s) await update.mutateAsync({ ...input, staffId: s.id })
    else await create.mutateAsync({ ...input, projectId })
  }
  const control = form.control
  return (
    <LabelledFormDialog
      form={form}
      fields={['name', 'functionKey', 'title', 'weeklyMinutes', 'projectShareBp', 'employedFrom', 'employedTo', 'note']}
      save={saveStaff}
      onClose={onClose}
      title={s ? t.editTitle : t.addTitle}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <FormTextField cell={12} control={control} name="name" label={t.name} required fullWidth />
        <FormTextField cell={half} control={control} name="functionKey" label={t.function} select required fullWidth>
          {categories
            .filter((c) => c.kind === 'salary')
            .map((c) => (
              <MenuItem key={c.key} value={c.key}>
                {c.eligible ? c.label : da.budget.ui.lineForm.ineligibleOption(c.label)}
              </MenuItem>
            ))}
        </FormTextField>
        <FormTextField cell={half} control={control} name="title" label={t.jobTitle} fullWidth />
        <FormTextField cell={half} control={control} name="weeklyMinutes" label={t.weeklyHours} unit="hours" required fullWidth helperText={t.weeklyHelp} />
        <FormTextField
          cell={half}
          control={control}
          name="projectShareBp"
          label={t.projectShare}
          unit="percent"
          required
          fullWidth
          helperText={t.projectShareHelp}
        />
        <FormDateField cell={half} control={control} name="employedFrom" label={t.employedFrom} />
        <FormDateField cell={half} control={control} name="employedTo" label={t.employedTo} />
        <FormTextField cell={12} control={control} name="note" label={t.note} fullWidth multiline />
      </Grid>
    </LabelledFormDialog>
  )
}

type RateValues = { validFrom: string; note: string; parts: Record<string, string> }

export function RateDialog({
  staff,
  formula,
  onClose
}: {
  staff: StaffWithRates
  formula: { divisorMinutes: number; salaryParts: { key: string; label: string }[]; excluded: string[] }
  onClose: () => void
}) {
  const add = useApiMutation('staff.rates.add')
  const schema = textFieldsOf(staffApi['staff.rates.add'].input, { note: t.note }).extend({
    validFrom: formFields.date(t.validFrom),
    parts: z.object(Object.fromEntries(formula.salaryParts.map((p) => [p.key, formFields.kr(p.label)])))
  })
  const last = staff.rates[staff.rates.length - 1]
  const form = useGuardedForm<RateValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: {
      validFrom: '',
      note: '',
      parts: Object.fromEntries(
        formula.salaryParts.map((p) => [p.key, last ? formatKr(last.salaryParts.find((x) => x.key === p.key)?.amountOre ?? 0, { unit: false }) : ''])
      )
    }
  })
  const saveRate = (values: RateValues) =>
    add.mutateAsync({
      staffId: staff.staff.id,
      validFrom: values.validFrom,
      note: values.note,
      salaryParts: formula.salaryParts.map((p) => ({ key: p.key, amountOre: parseKr(values.parts[p.key] ?? '') ?? 0 }))
    })
  const control = form.control
  return (
    <LabelledFormDialog
      form={form}
      fields={['validFrom', 'note']}
      save={saveRate}
      onClose={onClose}
      title={t.addRateTitle(staff.staff.name)}
      submitLabel={t.saveRate}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={12}>
          <Alert severity="info">
            {t.formula(formatHours(formula.divisorMinutes), formula.salaryParts.map((p) => p.label).join(' + '), formula.excluded.join(', '))}
          </Alert>
        </Grid>
        <FormDateField cell={half} control={control} name="validFrom" label={t.validFrom} />
        {formula.salaryParts.map((p) => (
          <FormTextField
            key={p.key}
            cell={half}
            control={control}
            name={`parts.${p.key}`}
            label={t.partPerYear(p.label)}
            required
            fullWidth
            inputMode="decimal"
          />
        ))}
        <FormTextField cell={12} control={control} name="note" label={t.note} fullWidth helperText={t.rateNoteHelp} />
      </Grid>
    </LabelledFormDialog>
  )
}
