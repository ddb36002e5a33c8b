// #/puljer: the grant pools, and a way to add one. Each pool's page holds its master data and rules.
import { useState } from 'react'
import { Link as RouterLink, useNavigate } from 'react-router'
import { type z } from 'zod'
import { Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { da } from '@shared/texts/da'
import { poolInputSchema } from '@shared/api/pools'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { LabelledFormDialog } from '../../components/FormDialog'

const t = da.budget.pools

export const poolSchema = textFieldsOf(poolInputSchema, { key: t.key, name: t.name, financeAct: t.financeAct })
export type PoolValues = z.infer<typeof poolSchema>

function NewPoolDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate()
  const create = useApiMutation('pools.create')
  const form = useGuardedForm<PoolValues>({
    resolver: zodResolver(poolSchema),
    defaultValues: { key: '', name: '', financeAct: '' }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['key', 'name', 'financeAct']}
      save={async (values) => {
        const pool = await create.mutateAsync(values)
        navigate(`/puljer/${pool.id}`)
      }}
      onClose={onClose}
      title={t.createTitle}
      submitLabel={t.create}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormTextField control={form.control} name="key" label={t.key} required fullWidth />
        <FormTextField control={form.control} name="name" label={t.name} required fullWidth />
        <FormTextField control={form.control} name="financeAct" label={t.financeAct} fullWidth />
      </Stack>
    </LabelledFormDialog>
  )
}

export function PoolsPage() {
  const pools = useApiQuery('pools.list', {})
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.intro}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        }
      />
      <QueryView query={pools}>
        {(list) => (
          <TableContainer component={Paper} variant="outlined">
            <Table aria-label={t.title}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.key}</TableCell>
                  <TableCell>{t.name}</TableCell>
                  <TableCell>{t.financeAct}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.map((p) => (
                  <TableRow key={p.id} hover>
                    <TableCell>{p.key}</TableCell>
                    <TableCell>
                      <RouterLink to={`/puljer/${p.id}`}>{p.name}</RouterLink>
                    </TableCell>
                    <TableCell>{p.financeAct}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryView>
      {creating ? <NewPoolDialog onClose={() => setCreating(false)} /> : null}
    </>
  )
}
