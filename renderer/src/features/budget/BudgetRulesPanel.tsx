// The budget section of a pool's rules, shown and edited on the pool's page: cost categories (what
// the pool pays for, and the rule text a refused line shows), the hourly-rate divisor, which budget
// changes need STAR's approval, alert thresholds. The instalment rules are shown as they apply.
// The form's schema and its values ↔ rules: budgetRulesForm.ts.
import { Controller, useFieldArray } from 'react-hook-form'
import { Alert, Button, Card, CardContent, Checkbox, FormControlLabel, Grid, IconButton, MenuItem, Stack, TableCell, TableRow, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/Delete'
import type { BudgetRulesOutput } from '@shared/api/budget'
import { activityKpiKeys } from '@shared/domain/participants/poolRules'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, showServerError, FormRootError, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { WideTable } from '../../components/SimpleTable'
import { schema, toRules, toValues, type Values } from './budgetRulesForm'

const t = da.budget.rules
const v = da.validationMessages

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
      const out = await save.mutateAsync({ poolId: data.poolId, reason: values.reason, rules: toRules(values, r) })
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
