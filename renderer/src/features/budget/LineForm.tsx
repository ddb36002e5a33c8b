// The form of one budget line in a draft: year, category (every category of the pool is offered;
// one the pool does not pay for is refused by the service with the rule), title, and either staff
// × hours × rate (salary) or an amount (lump sum), and the required note. Keeps what was typed.
import { useEffect } from 'react'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { parseHours } from '@shared/domain/duration'
import { Alert, Grid, MenuItem } from '@mui/material'
import { lineFieldsSchema, type BudgetLineView, type BudgetOverview } from '@shared/api/budget'
import { formatHours } from '@shared/domain/duration'
import { formatKr, parseKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, formFields, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { LabelledFormDialog } from '../../components/FormDialog'

const t = da.budget.ui.lineForm
const v = da.validationMessages
const schema = textFieldsOf(lineFieldsSchema, { title: t.title, note: t.note }).extend({
  year: z.string().min(1, `${v.fieldPrefix(t.year)} ${v.required}.`),
  categoryKey: z.string().min(1, `${v.fieldPrefix(t.category)} ${v.required}.`),
  staffId: z.string(),
  staffCount: formFields.integerBy(lineFieldsSchema.shape.staffCount, t.staffCount, { optional: true }),
  minutes: z
    .string()
    .trim()
    .refine((s) => s === '' || parseHours(s) !== null, `${v.fieldPrefix(t.hours)} ${t.notHours}`),
  hourlyRateOre: formFields.kr(t.rate, { optional: true }),
  amountOre: formFields.kr(t.amount, { optional: true })
})
type Values = z.infer<typeof schema>
const FIELDS = ['year', 'categoryKey', 'title', 'staffCount', 'minutes', 'hourlyRateOre', 'amountOre', 'note'] as const

function toValues(line: BudgetLineView | null, years: number[]): Values {
  return {
    year: String(line?.year ?? years[0] ?? ''),
    categoryKey: line?.categoryKey ?? '',
    title: line?.title ?? '',
    staffId: '',
    staffCount: line?.staffCount == null ? '' : String(line.staffCount),
    minutes: line?.minutes == null ? '' : formatHours(line.minutes),
    hourlyRateOre: line?.hourlyRateOre == null ? '' : formatKr(line.hourlyRateOre, { unit: false }),
    amountOre: line?.kind === 'lumpSum' ? formatKr(line.amountOre, { unit: false }) : '',
    note: line?.note ?? ''
  }
}

export function LineDialog({
  projectId,
  versionId,
  line,
  overview,
  onClose
}: {
  projectId: number
  versionId: number
  line: BudgetLineView | null
  overview: BudgetOverview
  onClose: () => void
}) {
  const staff = useApiQuery('staff.rates.list', { projectId })
  const add = useApiMutation('budget.addLine')
  const update = useApiMutation('budget.updateLine')
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: toValues(line, overview.years)
  })
  const { control, setValue } = form
  const categoryKey = useWatch({ control, name: 'categoryKey' })
  const kind = overview.categories.find((c) => c.key === categoryKey)?.kind ?? 'salary'

  const saveLine = async (values: Values) => {
    const salary = kind === 'salary'
    const input = {
      versionId,
      year: Number(values.year),
      categoryKey: values.categoryKey,
      title: values.title,
      staffCount: salary && values.staffCount ? Number(values.staffCount) : null,
      minutes: salary && values.minutes ? parseHours(values.minutes) : null,
      hourlyRateOre: salary && values.hourlyRateOre ? parseKr(values.hourlyRateOre) : null,
      amountOre: !salary && values.amountOre ? parseKr(values.amountOre) : null,
      note: values.note
    }
    if (line) await update.mutateAsync({ ...input, budgetLineId: line.budgetLineId })
    else await add.mutateAsync(input)
  }

  const withRates = (staff.data?.staff ?? []).filter((s) => s.currentRate ?? s.rates[s.rates.length - 1])
  const staffId = useWatch({ control, name: 'staffId' })
  useEffect(() => {
    // Choosing a staff member fills in their current hourly rate (the user can still change it).
    const s = staff.data?.staff.find((x) => String(x.staff.id) === staffId)
    const rate = s?.currentRate ?? s?.rates[s.rates.length - 1]
    if (rate) setValue('hourlyRateOre', formatKr(rate.hourlyRateOre, { unit: false }))
  }, [staffId, staff.data, setValue])
  return (
    <LabelledFormDialog form={form} fields={FIELDS} save={saveLine} onClose={onClose} title={line ? t.editTitle : t.addTitle} maxWidth="md">
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 3 }}>
          <FormTextField control={control} name="year" label={t.year} select fullWidth required>
            {overview.years.map((y) => (
              <MenuItem key={y} value={String(y)}>
                {y}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 9 }}>
          <FormTextField control={control} name="categoryKey" label={t.category} select fullWidth required>
            {overview.categories.map((c) => (
              <MenuItem key={c.key} value={c.key}>
                {c.eligible ? c.label : t.ineligibleOption(c.label)}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <FormTextField cell={12} control={control} name="title" label={t.title} fullWidth required helperText={t.titleHelp} />
        {kind === 'salary' ? (
          <>
            {withRates.length > 0 ? (
              <Grid size={12}>
                <FormTextField control={control} name="staffId" label={t.rateFromStaff} select fullWidth>
                  {withRates.map((s) => {
                    const rate = s.currentRate ?? s.rates[s.rates.length - 1]!
                    return (
                      <MenuItem key={s.staff.id} value={String(s.staff.id)}>
                        {`${s.staff.name} (${s.functionLabel}): ${formatKr(rate.hourlyRateOre)}`}
                      </MenuItem>
                    )
                  })}
                </FormTextField>
              </Grid>
            ) : null}
            <FormTextField cell={{ xs: 12, sm: 4 }} control={control} name="staffCount" label={t.staffCount} fullWidth required inputMode="numeric" />
            <FormTextField
              cell={{ xs: 12, sm: 4 }}
              control={control}
              name="minutes"
              label={t.hours}
              fullWidth
              required
              helperText={t.hoursHelp}
              inputMode="decimal"
            />
            <FormTextField cell={{ xs: 12, sm: 4 }} control={control} name="hourlyRateOre" label={t.rate} unit="kr" fullWidth required inputMode="decimal" />
            <Grid size={12}>
              <Alert severity="info">{t.salaryHelp}</Alert>
            </Grid>
          </>
        ) : (
          <FormTextField cell={{ xs: 12, sm: 6 }} control={control} name="amountOre" label={t.amount} unit="kr" fullWidth required inputMode="decimal" />
        )}
        <FormTextField cell={12} control={control} name="note" label={t.note} fullWidth required multiline minRows={2} helperText={t.noteHelp} />
      </Grid>
    </LabelledFormDialog>
  )
}
