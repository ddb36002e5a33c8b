// The meetings section of a grant pool's rules (Puljer → a pool → Møder): the required cadence of
// the steering group, the implementation group and other fora, and how a partly covered quarter counts.
import { z } from 'zod'
import { Alert, Button, Grid, MenuItem, Stack, Typography } from '@mui/material'
import { meetingsPoolRulesSchema, type MeetingsPoolRules } from '@shared/domain/meetings/poolRules'
import { cadenceMonthOptions } from '@shared/domain/meetings/types'
import { meetingsApi } from '@shared/api/meetings'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, formFields, textFieldsOf, FormRootError, useGuardedForm, zodResolver, submitTo } from '../../components/form'
import { QueryView } from '../../shell/StateViews'

const t = da.meetings

const schema = textFieldsOf(meetingsApi['meetings.rules.save'].input, { reason: t.poolRules.reason }).extend({
  steering: z.string(),
  implementation: z.string(),
  other: z.string(),
  partial: formFields.integerBy(meetingsPoolRulesSchema.shape.partialPeriodMinCoveragePct, t.poolRules.partial)
})
type Values = z.infer<typeof schema>

const toField = (n: number | null) => (n === null ? 'none' : String(n))
const fromField = (s: string) => (s === 'none' ? null : Number(s))

function CadenceSelect({
  form,
  name,
  label
}: {
  form: ReturnType<typeof useGuardedForm<Values>>
  name: 'steering' | 'implementation' | 'other'
  label: string
}) {
  return (
    <FormTextField control={form.control} name={name} label={label} select fullWidth>
      {cadenceMonthOptions.map((n) => (
        <MenuItem key={n} value={String(n)}>
          {t.groups.cadenceOption(n)}
        </MenuItem>
      ))}
      <MenuItem value="none">{t.groups.cadenceNone}</MenuItem>
    </FormTextField>
  )
}

function RulesForm({ poolId, rules, shipped }: { poolId: number; rules: MeetingsPoolRules; shipped: MeetingsPoolRules }) {
  const save = useApiMutation('meetings.rules.save')
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      steering: toField(rules.steeringGroupCadenceMonths),
      implementation: toField(rules.implementationGroupCadenceMonths),
      other: toField(rules.otherGroupCadenceMonths),
      partial: String(rules.partialPeriodMinCoveragePct),
      reason: ''
    }
  })
  const submit = submitTo(form, ['reason'], async (v) => {
    await save.mutateAsync({
      poolId,
      rules: {
        steeringGroupCadenceMonths: fromField(v.steering),
        implementationGroupCadenceMonths: fromField(v.implementation),
        otherGroupCadenceMonths: fromField(v.other),
        partialPeriodMinCoveragePct: Number(v.partial)
      },
      reason: v.reason
    })
  })
  return (
    <form onSubmit={submit} noValidate aria-label={t.poolRules.label}>
      <Typography sx={{ mb: 2 }}>{t.poolRules.intro}</Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <CadenceSelect form={form} name="steering" label={t.poolRules.steering} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CadenceSelect form={form} name="implementation" label={t.poolRules.implementation} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CadenceSelect form={form} name="other" label={t.poolRules.other} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField
            control={form.control}
            name="partial"
            label={t.poolRules.partial}
            helperText={t.poolRules.partialHelp}
            fullWidth
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="reason" label={t.poolRules.reason} fullWidth />
        </Grid>
      </Grid>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {`${t.poolRules.shipped}: ${t.poolRules.steering} ${t.groups.cadenceLabel(shipped.steeringGroupCadenceMonths).toLowerCase()}, ${t.poolRules.implementation} ${t.groups.cadenceLabel(shipped.implementationGroupCadenceMonths).toLowerCase()}; ${shipped.partialPeriodMinCoveragePct} %.`}
      </Typography>
      <FormRootError message={form.formState.errors.root?.message} />
      {save.isSuccess ? (
        <Alert severity="success" sx={{ mt: 2 }}>
          {t.poolRules.saved}
        </Alert>
      ) : null}
      <Stack direction="row" sx={{ mt: 2 }}>
        <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
          {t.poolRules.save}
        </Button>
      </Stack>
    </form>
  )
}

export function MeetingsPoolRulesPanel({ poolId }: { poolId: number }) {
  const rules = useApiQuery('meetings.rules.get', { poolId })
  return <QueryView query={rules}>{(r) => <RulesForm key={JSON.stringify(r.rules)} poolId={poolId} rules={r.rules} shipped={r.shipped} />}</QueryView>
}
