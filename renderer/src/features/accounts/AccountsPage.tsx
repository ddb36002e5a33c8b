// Interim and final accounts: the signed accounts (with their PDF), and a new account for a chosen
// period: its figures per budget line against the approved budget, what stops a signature, and the
// management sign-off (name, title, date) that closes the period.
import { useEffect, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Box, Button, Chip, Grid, List, ListItem, MenuItem, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material'
import { accountsApi, type Account } from '@shared/api/accounts'
import { addDaysIso, formatDate, formatDateTime, toIsoDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, formFields, submitTo, textFieldsOf, FormRootError, useGuardedForm, zodResolver } from '../../components/form'
import { StepBackDialog } from '../time/approval'
import { PdfButton } from '../../print/PdfButton'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { AccountFiguresTable } from './AccountFiguresTable'
import { SimpleTable } from '../../components/SimpleTable'

const t = da.accounts.ui
const kinds = da.accounts.kinds

function WithdrawDialog({ projectId, account, onClose }: { projectId: number; account: Account; onClose: () => void }) {
  const withdraw = useApiMutation('accounts.withdraw')
  return (
    <StepBackDialog
      title={t.withdrawTitle}
      info={t.withdrawInfo}
      submitLabel={t.withdraw}
      actorName=""
      onClose={onClose}
      save={(v) => withdraw.mutateAsync({ projectId, accountId: account.id, ...v })}
    />
  )
}

function AccountList({ projectId }: { projectId: number }) {
  const accounts = useApiQuery('accounts.list', { projectId })
  const [withdrawing, setWithdrawing] = useState<Account | null>(null)
  return (
    <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {t.list}
      </Typography>
      <QueryView query={accounts}>
        {(list) =>
          list.length === 0 ? (
            <Alert severity="info">{t.none}</Alert>
          ) : (
            <SimpleTable label={t.list}>
              {list.map((a) => (
                <TableRow key={a.id} data-testid={`account-${a.id}`}>
                  <TableCell>
                    <Typography sx={{ fontWeight: 500 }}>{`${kinds[a.kind]} ${formatDate(a.periodFrom)}–${formatDate(a.periodTo)}`}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t.signed(a.signedByName, a.signedByTitle, formatDate(a.signedOn))}
                    </Typography>
                    {a.withdrawnReason ? (
                      <Typography variant="body2" color="warning.main">
                        {t.withdrawn(a.withdrawnReason, formatDateTime(a.withdrawnAt))}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell align="right">{formatKr(a.figures.totals.actualOre)}</TableCell>
                  <TableCell>
                    <Chip size="small" label={da.accounts.statuses[a.status]} color={a.status === 'signed' ? 'success' : 'default'} />
                  </TableCell>
                  <TableCell align="right">
                    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                      <PdfButton
                        route={`/print/regnskab/${projectId}/${a.id}`}
                        fileName={`${kinds[a.kind]} ${formatDate(a.periodFrom)}-${formatDate(a.periodTo)}.pdf`}
                        label={t.pdf}
                      />
                      {a.status === 'signed' ? <Button onClick={() => setWithdrawing(a)}>{t.withdraw}</Button> : null}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </SimpleTable>
          )
        }
      </QueryView>
      {withdrawing ? <WithdrawDialog projectId={projectId} account={withdrawing} onClose={() => setWithdrawing(null)} /> : null}
    </Paper>
  )
}

const schema = textFieldsOf(accountsApi['accounts.sign'].input, {
  signedByName: t.signedByName,
  signedByTitle: t.signedByTitle,
  statementText: t.statementText
}).extend({
  kind: z.enum(['interim', 'final']),
  periodFrom: formFields.date(t.periodFrom),
  periodTo: formFields.date(t.periodTo),
  signedOn: formFields.date(t.signedOn)
})
type Values = z.infer<typeof schema>

function NewAccount({ projectId }: { projectId: number }) {
  const project = useApiQuery('projects.get', { projectId })
  const accounts = useApiQuery('accounts.list', { projectId })
  const sign = useApiMutation('accounts.sign')
  const form = useGuardedForm<Values>(
    {
      resolver: zodResolver(schema),
      defaultValues: { kind: 'interim', periodFrom: '', periodTo: '', signedByName: '', signedByTitle: '', signedOn: toIsoDate(new Date()), statementText: '' }
    },
    { choiceFields: ['kind', 'periodFrom', 'periodTo', 'signedOn'] }
  )
  const [period, setPeriod] = useState<{ kind: 'interim' | 'final'; periodFrom: string; periodTo: string } | null>(null)
  const [signedMessage, setSignedMessage] = useState<string | null>(null)
  const kind = useWatch({ control: form.control, name: 'kind' })
  // A final account covers the whole period; an interim account by default starts after the last one signed.
  useEffect(() => {
    if (!project.data || !accounts.data) return
    const p = project.data
    if (kind === 'final') {
      form.setValue('periodFrom', p.periodStart)
      form.setValue('periodTo', p.periodEnd)
    } else if (!form.getValues('periodFrom')) {
      const lastEnd = accounts.data
        .filter((a) => a.status === 'signed' && a.kind === 'interim')
        .map((a) => a.periodTo)
        .sort()
        .at(-1)
      const from = lastEnd && lastEnd < p.periodEnd ? addDaysIso(lastEnd, 1) : p.periodStart
      form.setValue('periodFrom', from)
      form.setValue('periodTo', p.periodEnd)
    }
  }, [kind, project.data, accounts.data, form])
  const preview = useApiQuery(
    'accounts.preview',
    { projectId, ...(period ?? { kind: 'interim', periodFrom: '2000-01-01', periodTo: '2000-01-01' }) },
    { enabled: period !== null }
  )
  useEffect(() => {
    if (preview.data) form.setValue('statementText', preview.data.defaultStatement)
  }, [preview.data, form])

  const showFigures = async () => {
    setSignedMessage(null)
    const ok = await form.trigger(['periodFrom', 'periodTo'])
    if (ok) setPeriod({ kind: form.getValues('kind'), periodFrom: form.getValues('periodFrom'), periodTo: form.getValues('periodTo') })
  }
  const submit = submitTo(form, ['periodFrom', 'periodTo', 'signedByName', 'signedByTitle', 'signedOn', 'statementText'], async (v) => {
    const account = await sign.mutateAsync({ projectId, ...v })
    setSignedMessage(t.signed(account.signedByName, account.signedByTitle, formatDate(account.signedOn)))
    setPeriod(null)
  })

  return (
    <Paper component="form" variant="outlined" sx={{ p: 3 }} onSubmit={submit} noValidate aria-label={t.newTitle}>
      <Typography variant="h6" component="h2" gutterBottom>
        {t.newTitle}
      </Typography>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField control={form.control} name="kind" label={t.kind} select fullWidth>
            <MenuItem value="interim">{kinds.interim}</MenuItem>
            <MenuItem value="final">{kinds.final}</MenuItem>
          </FormTextField>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormDateField control={form.control} name="periodFrom" label={t.periodFrom} />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormDateField control={form.control} name="periodTo" label={t.periodTo} />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Button variant="outlined" onClick={showFigures}>
            {t.showFigures}
          </Button>
        </Grid>
      </Grid>
      {signedMessage ? (
        <Alert severity="success" sx={{ mt: 2 }}>
          {signedMessage}
        </Alert>
      ) : null}
      {period ? (
        <Box sx={{ mt: 3 }}>
          <QueryView query={preview}>
            {(p) => (
              <>
                <AccountFiguresTable figures={p.figures} />
                {p.figures.totals.budgetOre === 0 ? (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t.noBudgetYet}
                  </Typography>
                ) : null}
                {p.figures.hoursByStaff.length > 0 ? (
                  <>
                    <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
                      {t.staffTitle}
                    </Typography>
                    <SimpleTable columns={[da.time.ui.months.staff, { right: t.hoursCol }, { right: t.amountCol }]} sx={{ maxWidth: 640 }}>
                      {p.figures.hoursByStaff.map((s) => (
                        <TableRow key={s.staffId}>
                          <TableCell>{s.staffName}</TableCell>
                          <TableCell align="right">{s.mode === 'timesheet' ? formatHours(s.minutes) : da.time.ui.months.statement}</TableCell>
                          <TableCell align="right">{formatKr(s.amountOre)}</TableCell>
                        </TableRow>
                      ))}
                    </SimpleTable>
                  </>
                ) : null}
                {p.blockers.length > 0 ? (
                  <Alert severity="error" sx={{ mt: 2 }} data-testid="account-blockers">
                    {t.blockers}
                    <List dense>
                      {p.blockers.map((b) => (
                        <ListItem key={b}>{b}</ListItem>
                      ))}
                    </List>
                  </Alert>
                ) : null}
                {p.warnings.length > 0 ? (
                  <Alert severity="warning" sx={{ mt: 2 }}>
                    {t.warnings}
                    <List dense>
                      {p.warnings.map((w) => (
                        <ListItem key={w}>{w}</ListItem>
                      ))}
                    </List>
                  </Alert>
                ) : null}
                <Typography variant="h6" component="h3" sx={{ mt: 3 }}>
                  {t.signTitle}
                </Typography>
                <Grid container spacing={2} sx={{ mt: 0 }}>
                  <Grid size={12}>
                    <FormTextField control={form.control} name="statementText" label={t.statementText} fullWidth multiline minRows={4} required />
                  </Grid>
                  <Grid size={{ xs: 12, md: 4 }}>
                    <FormTextField control={form.control} name="signedByName" label={t.signedByName} fullWidth required />
                  </Grid>
                  <Grid size={{ xs: 12, md: 4 }}>
                    <FormTextField control={form.control} name="signedByTitle" label={t.signedByTitle} fullWidth required />
                  </Grid>
                  <Grid size={{ xs: 12, md: 4 }}>
                    <FormDateField control={form.control} name="signedOn" label={t.signedOn} />
                  </Grid>
                </Grid>
                <Alert severity="info" sx={{ mt: 2 }}>
                  {t.signInfo}
                </Alert>
                <FormRootError message={form.formState.errors.root?.message} />
                <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={form.formState.isSubmitting} disabled={p.blockers.length > 0}>
                  {t.sign}
                </Button>
              </>
            )}
          </QueryView>
        </Box>
      ) : null}
    </Paper>
  )
}

export function AccountsPage() {
  const projectId = useRequiredProjectId()
  return (
    <>
      <AccountList projectId={projectId} />
      <NewAccount projectId={projectId} />
    </>
  )
}
