// Instalments (rater): the pool's rules applied to the project, each with its basis, maximum, result
// condition (measured by the KPI domain; until then "not yet measured"), expected date and status.
import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Button, Card, CardContent, Chip, Grid, MenuItem, Stack, Typography } from '@mui/material'
import { budgetApi, type InstalmentView } from '@shared/api/budget'
import { formatDate } from '@shared/domain/dates'
import { formatKr, parseKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, formFields, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { LabelledFormDialog } from '../../components/FormDialog'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { BudgetTabs } from './BudgetTabs'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'

const t = da.budget.ui.instalments
const schema = textFieldsOf(budgetApi['budget.updateInstalment'].input, { note: t.note }).extend({
  status: z.enum(['expected', 'appliedFor', 'received']),
  expectedDate: z.string(),
  appliedDate: z.string(),
  appliedAmountOre: formFields.kr(t.appliedAmount, { optional: true }),
  receivedDate: z.string(),
  receivedAmountOre: formFields.kr(t.receivedAmount, { optional: true })
})
type Values = z.infer<typeof schema>

function StatusDialog({ projectId, i, onClose }: { projectId: number; i: InstalmentView; onClose: () => void }) {
  const update = useApiMutation('budget.updateInstalment')
  const kr = (o: number | null) => (o === null ? '' : formatKr(o, { unit: false }))
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      status: i.status,
      expectedDate: i.expectedDate,
      appliedDate: i.appliedDate ?? '',
      appliedAmountOre: kr(i.appliedAmountOre),
      receivedDate: i.receivedDate ?? '',
      receivedAmountOre: kr(i.receivedAmountOre),
      note: i.note
    }
  })
  const control = form.control
  const status = useWatch({ control, name: 'status' })
  const saveStatus = (x: Values) =>
    update.mutateAsync({
      projectId,
      no: i.no,
      status: x.status,
      expectedDate: x.expectedDate && x.expectedDate !== i.plannedExpectedDate ? x.expectedDate : null,
      appliedDate: x.appliedDate || null,
      appliedAmountOre: x.appliedAmountOre ? parseKr(x.appliedAmountOre) : null,
      receivedDate: x.receivedDate || null,
      receivedAmountOre: x.receivedAmountOre ? parseKr(x.receivedAmountOre) : null,
      note: x.note
    })
  return (
    <LabelledFormDialog
      form={form}
      fields={['status', 'expectedDate', 'appliedDate', 'appliedAmountOre', 'receivedDate', 'receivedAmountOre', 'note']}
      save={saveStatus}
      onClose={onClose}
      title={t.editTitle(i.label)}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <FormTextField cell={{ xs: 12, sm: 6 }} control={control} name="status" label={t.status} select fullWidth>
          {(['expected', 'appliedFor', 'received'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {t.statuses[s]}
            </MenuItem>
          ))}
        </FormTextField>
        <FormDateField cell={{ xs: 12, sm: 6 }} control={control} name="expectedDate" label={t.expectedDate} />
        {status !== 'expected' ? (
          <>
            <FormDateField cell={{ xs: 12, sm: 6 }} control={control} name="appliedDate" label={t.appliedDate} />
            <FormTextField cell={{ xs: 12, sm: 6 }} control={control} name="appliedAmountOre" label={t.appliedAmount} unit="kr" fullWidth />
          </>
        ) : null}
        {status === 'received' ? (
          <>
            <FormDateField cell={{ xs: 12, sm: 6 }} control={control} name="receivedDate" label={t.receivedDate} />
            <FormTextField cell={{ xs: 12, sm: 6 }} control={control} name="receivedAmountOre" label={t.receivedAmount} unit="kr" fullWidth />
          </>
        ) : null}
        <FormTextField cell={12} control={control} name="note" label={t.note} fullWidth multiline />
      </Grid>
    </LabelledFormDialog>
  )
}

function Condition({ i }: { i: InstalmentView }) {
  const c = i.condition
  const color = c.outcome === 'met' || c.outcome === 'none' ? 'success' : c.outcome === 'notMet' ? 'error' : 'default'
  return (
    <Stack spacing={0.5}>
      <Chip size="small" color={color} label={t.outcome[c.outcome]} sx={{ alignSelf: 'flex-start' }} data-testid="instalment-condition" />
      {c.tiers.map((tier, k) => (
        <Typography key={k} variant="body2">
          {`${tier.label}: ${tier.met === null ? da.budget.instalments.notMeasured : tier.met ? da.budget.instalments.met : da.budget.instalments.notMet}`}
          {tier.bestShareBp !== null ? ` (${da.budget.instalments.measuredDetail(formatMeasuredBasisPoints(tier.bestShareBp), tier.bestMonth ?? '')})` : ''}
        </Typography>
      ))}
      {c.grantPaidInAllOre !== null ? <Typography variant="body2">{t.paidInAll(formatKr(c.grantPaidInAllOre))}</Typography> : null}
    </Stack>
  )
}

export function InstalmentsPage() {
  const projectId = useRequiredProjectId()
  const data = useApiQuery('budget.instalments', { projectId })
  const [editing, setEditing] = useState<InstalmentView | null>(null)
  return (
    <>
      <PageHeader title={t.title} />
      <BudgetTabs projectId={projectId} />
      <QueryView query={data}>
        {(r) => (
          <Stack spacing={2}>
            {r.note ? <Alert severity="info">{r.note}</Alert> : null}
            {r.instalments.length === 0 ? <Alert severity="info">{t.none}</Alert> : null}
            {r.instalments.map((i) => (
              <Card key={i.no} variant="outlined" data-testid={`instalment-${i.no}`}>
                <CardContent>
                  <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
                    <Typography variant="h6" component="h2">
                      {i.label}
                    </Typography>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Chip
                        size="small"
                        color={i.status === 'received' ? 'success' : i.status === 'appliedFor' ? 'info' : 'default'}
                        label={t.statuses[i.status]}
                        data-testid="instalment-status"
                      />
                      <Button size="small" variant="outlined" onClick={() => setEditing(i)}>
                        {t.edit}
                      </Button>
                    </Stack>
                  </Stack>
                  <Grid container spacing={2} sx={{ mt: 1 }}>
                    <Grid size={{ xs: 12, md: 4 }}>
                      <Typography variant="body2" color="text.secondary">
                        {t.basis}
                      </Typography>
                      <Typography>{`${da.budget.basis[i.basis]}${i.managementSignOff ? `, ${da.budget.basis.managementSignOff}` : ''}`}</Typography>
                      <Typography variant="body2">{t.accountPeriod(formatDate(i.accountFrom), formatDate(i.accountTo))}</Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                        {t.maxAmount}
                      </Typography>
                      <Typography data-testid="instalment-max">{i.maxAmountOre === null ? t.documentedCosts : formatKr(i.maxAmountOre)}</Typography>
                      <Typography variant="body2">{t.costsInPeriod(formatKr(i.documentedCostsOre))}</Typography>
                    </Grid>
                    <Grid size={{ xs: 12, md: 4 }}>
                      <Typography variant="body2" color="text.secondary">
                        {t.condition}
                      </Typography>
                      <Condition i={i} />
                    </Grid>
                    <Grid size={{ xs: 12, md: 4 }}>
                      <Typography variant="body2" color="text.secondary">
                        {t.expectedDate}
                      </Typography>
                      <Typography>{formatDate(i.expectedDate)}</Typography>
                      {i.appliedDate ? (
                        <Typography variant="body2">
                          {t.appliedOn(formatDate(i.appliedDate), i.appliedAmountOre === null ? '' : formatKr(i.appliedAmountOre))}
                        </Typography>
                      ) : null}
                      {i.receivedDate ? (
                        <Typography variant="body2" data-testid="instalment-received">
                          {t.receivedOn(formatDate(i.receivedDate), formatKr(i.receivedAmountOre ?? 0))}
                        </Typography>
                      ) : null}
                      {i.note ? <Typography variant="body2">{i.note}</Typography> : null}
                    </Grid>
                  </Grid>
                  {i.ruleNote ? (
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                      {i.ruleNote}
                    </Typography>
                  ) : null}
                </CardContent>
              </Card>
            ))}
            <Typography>{t.totals(formatKr(r.receivedTotalOre), formatKr(r.grantAmountOre))}</Typography>
            {editing ? <StatusDialog projectId={projectId} i={editing} onClose={() => setEditing(null)} /> : null}
          </Stack>
        )}
      </QueryView>
    </>
  )
}
