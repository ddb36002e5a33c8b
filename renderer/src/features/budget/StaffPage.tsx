// Staff and their hourly rates: each rate computed from the salary parts by the pool's formula,
// with the calculation shown beside it so a revisor can check it; a history with validity dates.
import { useState } from 'react'
import { Alert, Button, Card, CardContent, IconButton, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/Delete'
import EditIcon from '@mui/icons-material/Edit'
import type { StaffWithRates } from '@shared/api/staff'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { ErrorAlert, QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { BudgetTabs } from './BudgetTabs'
import { RateDialog, StaffDialog } from './StaffForms'
import { formatSetBasisPoints } from '@shared/domain/percent'
import { WideTable } from '../../components/SimpleTable'

const t = da.budget.ui.staff

function StaffCard({ s, onEdit, onAddRate }: { s: StaffWithRates; onEdit: () => void; onAddRate: () => void }) {
  const remove = useApiMutation('staff.rates.delete')
  const latest = s.rates[s.rates.length - 1]
  return (
    <Card variant="outlined" data-testid={`staff-${s.staff.id}`}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <div>
            <Typography variant="h6" component="h2">
              {s.staff.name}
            </Typography>
            <Typography color="text.secondary">
              {[s.functionLabel, s.staff.title, t.weekly(formatHours(s.staff.weeklyMinutes)), t.share(formatSetBasisPoints(s.staff.projectShareBp))]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
            {s.staff.employedFrom || s.staff.employedTo ? (
              <Typography variant="body2" color="text.secondary">
                {t.employed(formatDate(s.staff.employedFrom), formatDate(s.staff.employedTo))}
              </Typography>
            ) : null}
          </div>
          <Stack direction="row" spacing={1}>
            <Button startIcon={<EditIcon />} onClick={onEdit}>
              {t.edit}
            </Button>
            <Button startIcon={<AddIcon />} variant="outlined" onClick={onAddRate}>
              {t.addRate}
            </Button>
          </Stack>
        </Stack>
        <Typography sx={{ mt: 2 }} data-testid="current-rate">
          {s.currentRate ? t.currentRate(formatKr(s.currentRate.hourlyRateOre)) : t.noCurrentRate}
        </Typography>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        {s.rates.length > 0 ? (
          <WideTable
            containerSx={{ mt: 1 }}
            label={t.ratesOf(s.staff.name)}
            columns={[t.validFrom, t.validTo, { right: t.annual }, { right: t.rate }, t.calculation, t.note]}
            headEnd={<TableCell />}
          >
            {s.rates.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{formatDate(r.validFrom)}</TableCell>
                <TableCell>{r.validTo ? formatDate(r.validTo) : t.untilFurther}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatKr(r.annualSalaryOre)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="rate-value">
                  {formatKr(r.hourlyRateOre)}
                </TableCell>
                <TableCell data-testid="rate-calculation">{r.calculation}</TableCell>
                <TableCell>{r.note}</TableCell>
                <TableCell>
                  {r === latest && !r.inUse ? (
                    <Tooltip title={t.deleteRate}>
                      <IconButton
                        size="small"
                        aria-label={t.deleteRate}
                        onClick={() => window.confirm(t.confirmDeleteRate) && remove.mutate({ rateId: r.id, reason: '' })}
                      >
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </WideTable>
        ) : null}
      </CardContent>
    </Card>
  )
}

export function StaffPage() {
  const projectId = useRequiredProjectId()
  const list = useApiQuery('staff.rates.list', { projectId })
  const [staffDialog, setStaffDialog] = useState<StaffWithRates | 'new' | null>(null)
  const [rateFor, setRateFor] = useState<StaffWithRates | null>(null)
  return (
    <>
      <PageHeader
        title={t.title}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setStaffDialog('new')}>
            {t.add}
          </Button>
        }
      />
      <BudgetTabs projectId={projectId} />
      <QueryView query={list}>
        {(data) => (
          <Stack spacing={2}>
            <Alert severity="info">
              {t.formula(formatHours(data.formula.divisorMinutes), data.formula.salaryParts.map((p) => p.label).join(' + '), data.formula.excluded.join(', '))}
            </Alert>
            {data.staff.length === 0 ? <Alert severity="info">{t.empty}</Alert> : null}
            {data.staff.map((s) => (
              <StaffCard key={s.staff.id} s={s} onEdit={() => setStaffDialog(s)} onAddRate={() => setRateFor(s)} />
            ))}
            {staffDialog !== null ? (
              <StaffDialog
                projectId={projectId}
                categories={data.categories}
                current={staffDialog === 'new' ? null : staffDialog}
                onClose={() => setStaffDialog(null)}
              />
            ) : null}
            {rateFor ? <RateDialog staff={rateFor} formula={data.formula} onClose={() => setRateFor(null)} /> : null}
          </Stack>
        )}
      </QueryView>
    </>
  )
}
