// The budget section of a pool's rules, shown and edited on the pool's page: cost categories (what
// the pool pays for, and the rule text a refused line shows), the hourly-rate divisor, which budget
// changes need STAR's approval, alert thresholds. The instalment rules are shown as they apply.
import { Controller, useFieldArray } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Button, Card, CardContent, Checkbox, FormControlLabel, Grid, IconButton, MenuItem, Stack, TableCell, TableRow, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/Delete'
import { budgetApi, type BudgetRulesOutput } from '@shared/api/budget'
import { formatHours, parseHours } from '@shared/domain/duration'
import { activityKpiKeys } from '@shared/domain/participants/poolRules'
import { budgetPoolRulesSchema, costCategorySchema, instalmentRuleSchema, resultTierSchema, salaryPartSchema } from '@shared/domain/budget/poolRules'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, formFields, textFieldsOf, showServerError, FormRootError, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { basisPointsToPercentInput, parsePercentInput, percentOfBasisPoints, percentToBasisPoints } from '@shared/domain/percent'
import { WideTable } from '../../components/SimpleTable'

const t = da.budget.rules
const v = da.validationMessages
const percentList = /^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/
/** A key for a salary part the user adds: its label in ASCII letters, unique by its position. */
function newPartKey(label: string, index: number): string {
  const ascii = label
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
  return `${ascii.slice(0, 40) || 'part'}${index + 1}`
}

const schema = z.object({
  categories: z.array(
    textFieldsOf(costCategorySchema, { key: t.key, label: t.category }).extend({
      eligible: z.boolean(),
      kind: z.enum(['salary', 'lumpSum']),
      ruleText: z.string()
    })
  ),
  divisor: formFields.hours(t.divisor),
  salaryParts: z
    .array(textFieldsOf(salaryPartSchema, { label: t.salaryPart }).extend({ key: z.string() }))
    .min(1, `${v.fieldPrefix(t.salaryParts)} ${v.required}.`),
  excluded: z.string(),
  schedule: z.enum(['fixed', 'halfYearly']),
  instalments: z.array(
    textFieldsOf(instalmentRuleSchema, { label: t.instalmentLabel }).extend({
      no: formFields.integerBy(instalmentRuleSchema.shape.no, t.instalmentNo),
      basis: z.enum(['interimAccount', 'finalAccount']),
      managementSignOff: z.boolean(),
      share: formFields.percentBy(instalmentRuleSchema.shape.shareOfGrantBp, t.share, { optional: true }),
      accountUntil: z.enum(['midPeriod', 'periodEnd']),
      expectedMonthsAfter: formFields.integerBy(instalmentRuleSchema.shape.expectedMonthsAfter, t.monthsAfter)
    })
  ),
  tiers: z.array(
    z.object({
      instalmentNo: z.string().refine((x) => /^\d{1,2}$/.test(x.trim()), `${v.fieldPrefix(t.tierInstalment)} ${t.tierUnknownInstalment}.`),
      kpi: z.string().min(1, `${v.fieldPrefix(t.tierKpi)} ${v.required}.`),
      atLeast: formFields.percentBy(resultTierSchema.shape.atLeastBp, t.tierAtLeast),
      months: formFields.integerBy(resultTierSchema.shape.consecutiveMonths, t.tierMonths, { optional: true }),
      grantPaid: formFields.percentBy(resultTierSchema.shape.grantPaidInAllBp, t.tierGrantPaid, { optional: true }),
      label: z.string()
    })
  ),
  betweenYears: z.boolean(),
  otherChanges: z.boolean(),
  thresholds: z.string().refine((s) => percentList.test(s), `${v.fieldPrefix(t.alertThresholds)} ${t.thresholdsHelp}.`),
  deviation: formFields.percentBy(budgetPoolRulesSchema.shape.deviationThresholdBp, t.deviation),
  reason: formFields.textBy(budgetApi['budget.rules.save'].input.shape.reason, t.reason)
})
type Values = z.infer<typeof schema>

function toValues(r: BudgetRulesOutput['rules']): Values {
  return {
    categories: r.categories.map((c) => ({ ...c })),
    divisor: formatHours(r.hourlyRate.divisorMinutes),
    salaryParts: r.hourlyRate.salaryParts.map((p) => ({ key: p.key, label: p.label })),
    excluded: r.hourlyRate.excluded.join(', '),
    schedule: r.instalmentSchedule,
    instalments: r.instalments.map((i) => ({
      no: String(i.no),
      label: i.label,
      basis: i.basis,
      managementSignOff: i.managementSignOff,
      share: i.shareOfGrantBp === null ? '' : basisPointsToPercentInput(i.shareOfGrantBp),
      accountUntil: i.accountUntil,
      expectedMonthsAfter: String(i.expectedMonthsAfter)
    })),
    tiers: r.instalments.flatMap((i) =>
      i.resultTiers.map((tier) => ({
        instalmentNo: String(i.no),
        kpi: tier.kpi,
        atLeast: basisPointsToPercentInput(tier.atLeastBp),
        months: tier.consecutiveMonths === undefined ? '' : String(tier.consecutiveMonths),
        grantPaid: tier.grantPaidInAllBp === undefined ? '' : basisPointsToPercentInput(tier.grantPaidInAllBp),
        label: tier.label
      }))
    ),
    betweenYears: r.revisions.betweenYearsWithinPeriodNeedsApproval,
    otherChanges: r.revisions.otherChangesNeedApproval,
    thresholds: r.alertThresholdsBp.map((x) => String(percentOfBasisPoints(x))).join(', '),
    deviation: basisPointsToPercentInput(r.deviationThresholdBp),
    reason: ''
  }
}

function RulesForm({ data }: { data: BudgetRulesOutput }) {
  const save = useApiMutation('budget.rules.save')
  const { control, handleSubmit, setError, formState, reset } = useGuardedForm<Values>({ resolver: zodResolver(schema), defaultValues: toValues(data.rules) })
  const categories = useFieldArray({ control, name: 'categories' })
  const instalments = useFieldArray({ control, name: 'instalments' })
  const tiers = useFieldArray({ control, name: 'tiers' })
  const salaryParts = useFieldArray({ control, name: 'salaryParts' })
  const r = data.rules
  const submit = handleSubmit(async (values) => {
    const numbers = new Set(values.instalments.map((i) => i.no.trim()))
    const orphan = values.tiers.findIndex((x) => !numbers.has(x.instalmentNo.trim()))
    if (orphan >= 0) {
      setError(`tiers.${orphan}.instalmentNo`, { message: `${v.fieldPrefix(t.tierInstalment)} ${t.tierUnknownInstalment}.` })
      return
    }
    try {
      const out = await save.mutateAsync({
        poolId: data.poolId,
        reason: values.reason,
        rules: {
          ...r,
          categories: values.categories,
          hourlyRate: {
            ...r.hourlyRate,
            divisorMinutes: parseHours(values.divisor) ?? r.hourlyRate.divisorMinutes,
            salaryParts: values.salaryParts.map((p, i) => ({ key: p.key || newPartKey(p.label, i), label: p.label.trim() })),
            excluded: values.excluded
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
          },
          instalmentSchedule: values.schedule,
          // Result conditions (KPI tiers) belong to the instalment whose number they name.
          instalments: values.instalments.map((i) => ({
            no: Number(i.no),
            label: i.label,
            basis: i.basis,
            managementSignOff: i.managementSignOff,
            shareOfGrantBp: i.share.trim() === '' ? null : (parsePercentInput(i.share) ?? 0),
            accountUntil: i.accountUntil,
            expectedMonthsAfter: Number(i.expectedMonthsAfter),
            resultTiers: values.tiers
              .filter((x) => Number(x.instalmentNo) === Number(i.no))
              .map((x) => ({
                kpi: x.kpi,
                label: x.label.trim(),
                atLeastBp: parsePercentInput(x.atLeast) ?? 0,
                ...(x.months.trim() ? { consecutiveMonths: Number(x.months) } : {}),
                ...(x.grantPaid.trim() ? { grantPaidInAllBp: parsePercentInput(x.grantPaid) ?? 0 } : {})
              })),
            note: r.instalments.find((x) => x.no === Number(i.no))?.note ?? ''
          })),
          revisions: { ...r.revisions, betweenYearsWithinPeriodNeedsApproval: values.betweenYears, otherChangesNeedApproval: values.otherChanges },
          alertThresholdsBp: values.thresholds.split(',').map((x) => percentToBasisPoints(Number(x.trim()))),
          deviationThresholdBp: parsePercentInput(values.deviation) ?? 0
        }
      })
      reset(toValues(out.rules))
    } catch (e) {
      if (!showServerError(e, setError, ['reason'])) setError('root', { message: errorMessage(e) })
    }
  })
  return (
    <Card variant="outlined">
      <CardContent component="form" onSubmit={submit} noValidate aria-label={t.panelTitle}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {data.shipped ? t.shipped : t.edited}
        </Alert>
        <Typography variant="h6" component="h3" gutterBottom>
          {t.categories}
        </Typography>
        <WideTable containerSx={{ mb: 1 }} label={t.categories} columns={[t.category, t.key, t.eligible, t.kind, t.ruleText]} headEnd={<TableCell />}>
          {categories.fields.map((f, i) => (
            <TableRow key={f.id}>
              <TableCell sx={{ minWidth: 200 }}>
                <FormTextField control={control} name={`categories.${i}.label`} label={t.category} size="small" fullWidth />
              </TableCell>
              <TableCell sx={{ minWidth: 140 }}>
                <FormTextField control={control} name={`categories.${i}.key`} label={t.key} size="small" fullWidth disabled={i < r.categories.length} />
              </TableCell>
              <TableCell>
                <Controller
                  control={control}
                  name={`categories.${i}.eligible`}
                  render={({ field }) => (
                    <Checkbox
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                      slotProps={{ input: { 'aria-label': `${t.eligible}: ${f.label}` } }}
                    />
                  )}
                />
              </TableCell>
              <TableCell sx={{ minWidth: 160 }}>
                <FormTextField control={control} name={`categories.${i}.kind`} label={t.kind} select size="small" fullWidth>
                  <MenuItem value="salary">{t.kindSalary}</MenuItem>
                  <MenuItem value="lumpSum">{t.kindLumpSum}</MenuItem>
                </FormTextField>
              </TableCell>
              <TableCell sx={{ minWidth: 320 }}>
                <FormTextField control={control} name={`categories.${i}.ruleText`} label={t.ruleText} size="small" fullWidth multiline />
              </TableCell>
              <TableCell>
                {i >= r.categories.length ? (
                  <IconButton aria-label={da.common.delete} onClick={() => categories.remove(i)}>
                    <DeleteIcon />
                  </IconButton>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </WideTable>
        <Button startIcon={<AddIcon />} onClick={() => categories.append({ key: '', label: '', eligible: true, kind: 'salary', ruleText: '' })}>
          {t.addCategory}
        </Button>

        <Grid container spacing={3} sx={{ mt: 1 }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              {t.hourlyRate}
            </Typography>
            <FormTextField control={control} name="divisor" label={t.divisor} fullWidth />
            <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>
              {t.salaryParts}
            </Typography>
            {salaryParts.fields.map((f, i) => (
              <Stack key={f.id} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
                <FormTextField control={control} name={`salaryParts.${i}.label`} label={`${t.salaryPart} ${i + 1}`} size="small" fullWidth />
                <IconButton aria-label={t.removeSalaryPart(f.label)} onClick={() => salaryParts.remove(i)} disabled={salaryParts.fields.length <= 1}>
                  <DeleteIcon />
                </IconButton>
              </Stack>
            ))}
            <Button startIcon={<AddIcon />} size="small" onClick={() => salaryParts.append({ key: '', label: '' })}>
              {t.addSalaryPart}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {t.salaryPartsHelp}
            </Typography>
            <FormTextField control={control} name="excluded" label={t.excluded} fullWidth sx={{ mt: 2 }} helperText={t.excludedHelp} />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {r.hourlyRate.source}
            </Typography>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              {t.revisions}
            </Typography>
            {(['betweenYears', 'otherChanges'] as const).map((name) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field }) => (
                  <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t[name]} />
                )}
              />
            ))}
            <Typography variant="body2" color="text.secondary">
              {r.revisions.note}
            </Typography>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              {t.alerts}
            </Typography>
            <Stack spacing={2}>
              <FormTextField control={control} name="thresholds" label={t.alertThresholds} fullWidth helperText={t.thresholdsHelp} />
              <FormTextField control={control} name="deviation" label={t.deviation} fullWidth />
            </Stack>
          </Grid>
          <Grid size={12}>
            <Typography variant="h6" component="h3" gutterBottom>
              {t.instalments}
            </Typography>
            <FormTextField control={control} name="schedule" label={t.schedule} select sx={{ minWidth: 360, mb: 2 }}>
              <MenuItem value="fixed">{t.scheduleFixed}</MenuItem>
              <MenuItem value="halfYearly">{t.halfYearly}</MenuItem>
            </FormTextField>
            <WideTable
              containerSx={{ mb: 1 }}
              label={t.instalments}
              columns={[
                t.instalmentNo,
                t.instalmentLabel,
                t.basis,
                da.budget.basis.managementSignOff ?? '',
                t.share,
                t.accountUntil,
                t.monthsAfter,
                t.condition
              ]}
              headEnd={<TableCell />}
            >
              {instalments.fields.map((f, i) => {
                const tiers = r.instalments.find((x) => String(x.no) === f.no)?.resultTiers ?? []
                return (
                  <TableRow key={f.id}>
                    <TableCell sx={{ width: 80 }}>
                      <FormTextField control={control} name={`instalments.${i}.no`} label={t.instalmentNo} size="small" />
                    </TableCell>
                    <TableCell sx={{ minWidth: 120 }}>
                      <FormTextField control={control} name={`instalments.${i}.label`} label={t.instalmentLabel} size="small" fullWidth />
                    </TableCell>
                    <TableCell sx={{ minWidth: 150 }}>
                      <FormTextField control={control} name={`instalments.${i}.basis`} label={t.basis} select size="small" fullWidth>
                        <MenuItem value="interimAccount">{da.budget.basis.interimAccount}</MenuItem>
                        <MenuItem value="finalAccount">{da.budget.basis.finalAccount}</MenuItem>
                      </FormTextField>
                    </TableCell>
                    <TableCell>
                      <Controller
                        control={control}
                        name={`instalments.${i}.managementSignOff`}
                        render={({ field }) => (
                          <Checkbox
                            checked={field.value}
                            onChange={(e) => field.onChange(e.target.checked)}
                            slotProps={{ input: { 'aria-label': `${da.budget.basis.managementSignOff}: ${f.label}` } }}
                          />
                        )}
                      />
                    </TableCell>
                    <TableCell sx={{ width: 110 }}>
                      <FormTextField control={control} name={`instalments.${i}.share`} label={t.share} size="small" helperText={t.shareHelp} />
                    </TableCell>
                    <TableCell sx={{ minWidth: 170 }}>
                      <FormTextField control={control} name={`instalments.${i}.accountUntil`} label={t.accountUntil} select size="small" fullWidth>
                        <MenuItem value="midPeriod">{t.midPeriod}</MenuItem>
                        <MenuItem value="periodEnd">{t.periodEnd}</MenuItem>
                      </FormTextField>
                    </TableCell>
                    <TableCell sx={{ width: 100 }}>
                      <FormTextField control={control} name={`instalments.${i}.expectedMonthsAfter`} label={t.monthsAfter} size="small" />
                    </TableCell>
                    <TableCell sx={{ minWidth: 220 }}>
                      <Typography variant="body2">{tiers.length ? tiers.map((x) => x.label).join('; ') : t.noCondition}</Typography>
                    </TableCell>
                    <TableCell>
                      <IconButton aria-label={t.removeInstalment(f.label)} onClick={() => instalments.remove(i)}>
                        <DeleteIcon />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                )
              })}
            </WideTable>
            <Button
              startIcon={<AddIcon />}
              onClick={() =>
                instalments.append({
                  no: String(instalments.fields.length + 1),
                  label: `${instalments.fields.length + 1}. rate`,
                  basis: 'interimAccount',
                  managementSignOff: false,
                  share: '',
                  accountUntil: 'periodEnd',
                  expectedMonthsAfter: '3'
                })
              }
            >
              {t.addInstalment}
            </Button>
            <Typography variant="subtitle1" component="h4" sx={{ mt: 3 }}>
              {t.tiersTitle}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t.tiersHelp}
            </Typography>
            {tiers.fields.map((f, i) => (
              <Stack key={f.id} direction="row" spacing={1} useFlexGap sx={{ mb: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
                <FormTextField control={control} name={`tiers.${i}.instalmentNo`} label={t.tierInstalment} size="small" sx={{ width: 90 }} />
                <FormTextField control={control} name={`tiers.${i}.kpi`} label={t.tierKpi} select size="small" sx={{ minWidth: 230 }}>
                  {activityKpiKeys.map((k) => (
                    <MenuItem key={k} value={k}>
                      {da.participants.kpis[k]}
                    </MenuItem>
                  ))}
                </FormTextField>
                <FormTextField control={control} name={`tiers.${i}.atLeast`} label={t.tierAtLeast} size="small" sx={{ width: 110 }} />
                <FormTextField control={control} name={`tiers.${i}.months`} label={t.tierMonths} size="small" sx={{ width: 130 }} />
                <FormTextField control={control} name={`tiers.${i}.grantPaid`} label={t.tierGrantPaid} size="small" sx={{ width: 230 }} />
                <FormTextField control={control} name={`tiers.${i}.label`} label={t.tierLabel} size="small" sx={{ flex: 1, minWidth: 260 }} multiline />
                <IconButton aria-label={t.removeTier(i + 1)} onClick={() => tiers.remove(i)}>
                  <DeleteIcon />
                </IconButton>
              </Stack>
            ))}
            <Button
              startIcon={<AddIcon />}
              onClick={() =>
                tiers.append({
                  instalmentNo: instalments.fields.length ? String(instalments.fields.length) : '1',
                  kpi: activityKpiKeys[0],
                  atLeast: '',
                  months: '',
                  grantPaid: '',
                  label: ''
                })
              }
            >
              {t.addTier}
            </Button>
            {r.instalmentNote ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {r.instalmentNote}
              </Typography>
            ) : null}
          </Grid>
        </Grid>
        <FormTextField control={control} name="reason" label={t.reason} fullWidth sx={{ mt: 3 }} />
        <FormRootError message={formState.errors.root?.message} />
        {save.isSuccess && !formState.isDirty ? (
          <Alert severity="success" sx={{ mt: 2 }}>
            {t.saved}
          </Alert>
        ) : null}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={formState.isSubmitting}>
          {t.save}
        </Button>
      </CardContent>
    </Card>
  )
}

export function BudgetRulesPanel({ poolId }: { poolId: number }) {
  const rules = useApiQuery('budget.rules.get', { poolId })
  return <QueryView query={rules}>{(data) => <RulesForm key={poolId} data={data} />}</QueryView>
}
