// The project's master data: used to create a project and to edit it.
import { useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { Box, Button, Grid, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { projectInputSchema, type Project, type ProjectInput } from '@shared/api/core'
import { checkGrantSplit } from '@shared/domain/grantSplit'
import { formatKr, parseKr } from '@shared/domain/money'
import { isIsoDate, yearsOfPeriod } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { FormDateField, FormTextField, formFields, textFieldsOf, showServerError, FormRootError, useGuardedForm, zodResolver } from '../../components/form'
import { GrantSplitNotice } from './GrantSplitNotice'
import { textsOf } from '../../components/formValues'

const t = da.core.project

const formSchema = textFieldsOf(projectInputSchema, {
  municipality: t.municipality,
  title: t.title,
  caseNumber: t.caseNumber,
  responsible: t.responsible
}).extend({
  poolId: z.string().min(1, `${da.validationMessages.fieldPrefix(t.pool)} ${da.validationMessages.required}.`),
  periodStart: formFields.date(t.periodStart),
  periodEnd: formFields.date(t.periodEnd),
  amountApplied: formFields.kr(t.amountApplied),
  grantAmount: formFields.kr(t.grantAmount),
  grantByYear: z.record(
    z.string(),
    // A year not typed yet is undefined (its field appears when the period is entered): empty is allowed.
    z
      .string()
      .optional()
      .refine(
        (s) => s === undefined || s.trim() === '' || parseKr(s) !== null,
        `${da.validationMessages.fieldPrefix(t.grantByYear)} ${da.validationMessages.notKr}.`
      )
  )
})
type FormValues = z.infer<typeof formSchema>
const FORM_FIELDS = [
  'poolId',
  'municipality',
  'title',
  'caseNumber',
  'responsible',
  'periodStart',
  'periodEnd',
  'amountAppliedOre',
  'grantAmountOre',
  'grantByYear'
] as const

function toFormValues(p?: Project): FormValues {
  return {
    poolId: p ? String(p.poolId) : '',
    ...textsOf(p, ['municipality', 'title', 'caseNumber', 'responsible', 'periodStart', 'periodEnd']),
    amountApplied: p ? formatKr(p.amountAppliedOre, { unit: false }) : '',
    grantAmount: p ? formatKr(p.grantAmountOre, { unit: false }) : '',
    grantByYear: Object.fromEntries((p?.grantByYear ?? []).map((y) => [String(y.year), formatKr(y.amountOre, { unit: false })]))
  }
}

function periodYears(start: string, end: string): number[] {
  return isIsoDate(start) && isIsoDate(end) && start <= end ? yearsOfPeriod(start, end) : []
}

function toProjectInput(values: FormValues): ProjectInput {
  const years = periodYears(values.periodStart, values.periodEnd)
  return {
    poolId: Number(values.poolId),
    municipality: values.municipality,
    title: values.title,
    caseNumber: values.caseNumber,
    responsible: values.responsible,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    amountAppliedOre: parseKr(values.amountApplied) ?? 0,
    grantAmountOre: parseKr(values.grantAmount) ?? 0,
    grantByYear: years
      .filter((y) => (values.grantByYear[String(y)] ?? '').trim() !== '')
      .map((y) => ({ year: y, amountOre: parseKr(values.grantByYear[String(y)]!) ?? 0 }))
  }
}

export function ProjectForm({
  project,
  submitLabel,
  onSubmit,
  onCancel
}: {
  project?: Project
  submitLabel: string
  onSubmit: (input: ProjectInput) => Promise<unknown>
  onCancel?: () => void
}) {
  const pools = useApiQuery('pools.list', {})
  const form = useGuardedForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: toFormValues(project), mode: 'onBlur' })
  const { control, handleSubmit, setError, formState } = form
  const watched = useWatch({ control })
  const years = periodYears(watched.periodStart ?? '', watched.periodEnd ?? '')
  const live = useMemo(() => {
    const grant = parseKr(watched.grantAmount ?? '') ?? 0
    const split = years
      .map((y) => ({ year: y, amountOre: parseKr(watched.grantByYear?.[String(y)] ?? '') }))
      .flatMap((s) => (s.amountOre === null ? [] : [{ year: s.year, amountOre: s.amountOre as number }]))
    return checkGrantSplit(grant, split, years)
  }, [watched, years])

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toProjectInput(values))
    } catch (e) {
      if (
        !showServerError(
          e,
          setError,
          FORM_FIELDS.map((f) => f.replace(/Ore$/, ''))
        )
      ) {
        setError('root', { message: errorMessage(e) })
      }
    }
  })

  return (
    <Paper component="form" variant="outlined" sx={{ p: 3 }} onSubmit={submit} noValidate aria-label={submitLabel}>
      <Grid container spacing={2}>
        <FormTextField cell={{ xs: 12, md: 6 }} control={control} name="municipality" label={t.municipality} fullWidth required />
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={control} name="poolId" label={t.pool} select fullWidth required>
            {(pools.data ?? []).map((p) => (
              <MenuItem key={p.id} value={String(p.id)}>
                {p.name}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <FormTextField cell={12} control={control} name="title" label={t.title} fullWidth required />
        <FormTextField cell={{ xs: 12, md: 6 }} control={control} name="caseNumber" label={t.caseNumber} fullWidth />
        <FormTextField cell={{ xs: 12, md: 6 }} control={control} name="responsible" label={t.responsible} fullWidth />
        <FormDateField cell={{ xs: 12, md: 6 }} control={control} name="periodStart" label={t.periodStart} />
        <FormDateField cell={{ xs: 12, md: 6 }} control={control} name="periodEnd" label={t.periodEnd} />
        <FormTextField cell={{ xs: 12, md: 6 }} control={control} name="amountApplied" label={t.amountApplied} fullWidth required inputMode="decimal" />
        <FormTextField cell={{ xs: 12, md: 6 }} control={control} name="grantAmount" label={t.grantAmount} fullWidth required inputMode="decimal" />
      </Grid>
      {years.length > 0 ? (
        <Box sx={{ mt: 3 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {t.grantByYear}
          </Typography>
          <Table size="small" sx={{ maxWidth: 560, mb: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t.year}</TableCell>
                <TableCell>{t.amount}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {years.map((y) => (
                <TableRow key={y}>
                  <TableCell>{y}</TableCell>
                  <TableCell>
                    <FormTextField control={control} name={`grantByYear.${y}`} label={`${t.grantByYear} ${y}`} size="small" fullWidth />
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>{t.splitTotal}</TableCell>
                <TableCell data-testid="split-total">{formatKr(live.splitTotalOre)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
          <GrantSplitNotice check={live} />
        </Box>
      ) : null}
      <FormRootError message={formState.errors.root?.message} />
      <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
        <Button type="submit" variant="contained" loading={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{da.common.cancel}</Button> : null}
      </Stack>
    </Paper>
  )
}
