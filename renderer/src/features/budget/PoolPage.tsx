// #/puljer/:poolId: one grant pool's master data and every domain's panel of its rules.
import { Link as RouterLink, useParams } from 'react-router'
import { Alert, Box, Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import type { PoolDetail } from '@shared/api/pools'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, showServerError, useGuardedForm, FormRootError, zodResolver } from '../../components/form'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { poolRulesPanels } from '../poolRulesPanels'
import { poolSchema, type PoolValues } from './PoolsPage'

const t = da.budget.pools

function MasterDataForm({ pool }: { pool: PoolDetail }) {
  const update = useApiMutation('pools.update')
  const { control, handleSubmit, setError, formState } = useGuardedForm<PoolValues>({
    resolver: zodResolver(poolSchema),
    defaultValues: { key: pool.key, name: pool.name, financeAct: pool.financeAct }
  })
  const submit = handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ ...values, poolId: pool.id })
    } catch (e) {
      if (!showServerError(e, setError, ['key', 'name', 'financeAct'])) setError('root', { message: errorMessage(e) })
    }
  })
  return (
    <Card variant="outlined">
      <CardContent component="form" onSubmit={submit} noValidate aria-label={t.masterData}>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.masterData}
        </Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 3 }}>
            <FormTextField control={control} name="key" label={t.key} required fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <FormTextField control={control} name="name" label={t.name} required fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <FormTextField control={control} name="financeAct" label={t.financeAct} fullWidth />
          </Grid>
        </Grid>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {`${t.projectCount}: ${pool.projectCount}`}
        </Typography>
        <FormRootError message={formState.errors.root?.message} sx={{ mt: 0 }} />
        {update.isSuccess && !formState.isDirty ? (
          <Alert severity="success" sx={{ mt: 1 }}>
            {t.saved}
          </Alert>
        ) : null}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={formState.isSubmitting}>
          {da.common.save}
        </Button>
      </CardContent>
    </Card>
  )
}

export function PoolPage() {
  const poolId = Number(useParams().poolId)
  const pool = useApiQuery('pools.get', { poolId })
  return (
    <QueryView query={pool}>
      {(p) => (
        <>
          <PageHeader
            title={p.name}
            subtitle={p.financeAct}
            actions={
              <Button startIcon={<ArrowBackIcon />} component={RouterLink} to="/puljer">
                {t.backToPools}
              </Button>
            }
          />
          <Stack spacing={3}>
            <MasterDataForm key={`${p.id}-${p.key}-${p.name}-${p.financeAct}`} pool={p} />
            {poolRulesPanels.length === 0 ? <Alert severity="info">{t.noPanels}</Alert> : null}
            {poolRulesPanels.map((panel) => (
              <Box key={panel.key} component="section" aria-label={panel.label}>
                <Typography variant="h5" component="h2" gutterBottom>
                  {panel.label}
                </Typography>
                <panel.Component poolId={p.id} />
              </Box>
            ))}
          </Stack>
        </>
      )}
    </QueryView>
  )
}
