// The time section of a pool's rules on the pool's page: who documents their time by a monthly
// management statement instead of a timesheet, and whether employees sign their month.
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Button, Checkbox, FormControlLabel, Stack } from '@mui/material'
import { timeApi, type TimeRulesOutput } from '@shared/api/time'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, formFields, textFieldsOf, useGuardedForm, FormRootError, zodResolver, submitTo } from '../../components/form'
import { PaperSection } from '../../components/PaperSection'
import { QueryView } from '../../shell/StateViews'
import { basisPointsToPercentInput, parsePercentInput } from '@shared/domain/percent'
import { timePoolRulesSchema } from '@shared/domain/time/poolRules'

const t = da.time.poolRules
const schema = textFieldsOf(timeApi['time.rules.save'].input, { reason: t.reason }).extend({
  statementAllowed: z.boolean(),
  minShare: formFields.percentBy(timePoolRulesSchema.shape.statement.shape.minShareBp, t.minShare),
  statementSource: z.string(),
  employeeSigns: z.boolean(),
  signatureSource: z.string()
})
type Values = z.infer<typeof schema>

function RulesForm({ data }: { data: TimeRulesOutput }) {
  const update = useApiMutation('time.rules.save')
  const [saved, setSaved] = useState(false)
  const r = data.rules
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      statementAllowed: r.statement.allowed,
      minShare: basisPointsToPercentInput(r.statement.minShareBp),
      statementSource: r.statement.source,
      employeeSigns: r.signature.employeeSigns,
      signatureSource: r.signature.source,
      reason: ''
    }
  })
  const submit = submitTo(form, ['reason'], async (v) => {
    setSaved(false)
    await update.mutateAsync({
      poolId: data.poolId,
      rules: {
        statement: { allowed: v.statementAllowed, minShareBp: parsePercentInput(v.minShare) ?? 0, source: v.statementSource },
        signature: { employeeSigns: v.employeeSigns, source: v.signatureSource }
      },
      reason: v.reason
    })
    setSaved(true)
  })
  const box = (name: 'statementAllowed' | 'employeeSigns', label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={label} />}
    />
  )
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t.panelTitle}>
      {data.shipped ? <Alert severity="info">{t.shipped}</Alert> : null}
      {box('statementAllowed', t.statementAllowed)}
      <FormTextField control={form.control} name="minShare" label={t.minShare} helperText={t.minShareHelp} sx={{ maxWidth: 260 }} />
      <FormTextField control={form.control} name="statementSource" label={t.statementSource} multiline minRows={2} fullWidth />
      {box('employeeSigns', t.employeeSigns)}
      <FormTextField control={form.control} name="signatureSource" label={t.signatureSource} multiline minRows={2} fullWidth />
      <FormTextField control={form.control} name="reason" label={t.reason} fullWidth />
      <FormRootError message={form.formState.errors.root?.message} sx={{ mt: 0 }} />
      {saved ? <Alert severity="success">{t.saved}</Alert> : null}
      <div>
        <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
          {t.save}
        </Button>
      </div>
    </Stack>
  )
}

export function TimeRulesPanel({ poolId }: { poolId: number }) {
  const rules = useApiQuery('time.rules.get', { poolId })
  return (
    <PaperSection title={t.panelTitle} help={t.intro}>
      <QueryView query={rules}>{(data) => <RulesForm key={rules.dataUpdatedAt} data={data} />}</QueryView>
    </PaperSection>
  )
}
