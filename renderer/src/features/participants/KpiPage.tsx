// KPIs per month against the pool's and the project's targets, the pool's result conditions
// (three months in a row explained), caseload per job broker, and what counts.
import { useState } from 'react'
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Typography
} from '@mui/material'
import type { KpiReport } from '@shared/api/participants'
import { targetsSchema, type Targets } from '@shared/domain/participants/poolRules'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { PdfButton } from '../../print/PdfButton'
import { ParticipantsTabs, parseSharePercent, pct, t, targetKeys, toPercentText, ui } from './common'
import { ConditionsList, KpiChart, KpiTable, latestAgainstTargets, measuredMonths } from './kpiParts'
import { formatMonth } from '@shared/domain/months'
import { GuardedDialog, DialogCancelButton } from '../../components/GuardedDialog'
import { FormRootError } from '../../components/form'
import { SectionCard } from '../../components/SectionCard'
import { SimpleTable } from '../../components/SimpleTable'

const k = ui.kpi

function TargetsDialog({ projectId, open, onClose }: { projectId: number; open: boolean; onClose: () => void }) {
  const current = useApiQuery('participants.targets.get', { projectId }, { enabled: open })
  const save = useApiMutation('participants.targets.save')
  const [values, setValues] = useState<Record<string, string> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const own = current.data?.projectTargets ?? {}
  const shown =
    values ??
    Object.fromEntries(targetKeys.map((key) => [key, own[key] === undefined ? '' : key === 'caseloadMax' ? String(own[key] ?? '') : toPercentText(own[key])]))
  return (
    <GuardedDialog dirty={values !== null} open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{k.editTargets}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {k.targetsHelp}
        </Typography>
        <Grid container spacing={2}>
          {targetKeys.map((key) => (
            <Grid key={key} size={{ xs: 12, sm: 6 }}>
              <TextField
                fullWidth
                size="small"
                label={ui.targetLabels[key]}
                value={shown[key] ?? ''}
                placeholder={
                  current.data
                    ? key === 'caseloadMax'
                      ? String(current.data.rules.targets.caseloadMax ?? '')
                      : toPercentText(current.data.rules.targets[key])
                    : ''
                }
                onChange={(e) => setValues({ ...shown, [key]: e.target.value })}
                slotProps={{ input: { endAdornment: key === 'caseloadMax' ? undefined : '%' } }}
              />
            </Grid>
          ))}
        </Grid>
        <FormRootError message={error ?? undefined} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={onClose} />
        <Button
          variant="contained"
          loading={save.isPending}
          onClick={async () => {
            const targets: Partial<Targets> = {}
            for (const key of targetKeys) {
              const text = (shown[key] ?? '').trim()
              if (text === '') continue
              if (key === 'caseloadMax') {
                const n = Number(text)
                if (!Number.isInteger(n) || n < 1)
                  return setError(`${da.validationMessages.fieldPrefix(ui.targetLabels[key]!)} ${da.validationMessages.notInteger}.`)
                targets.caseloadMax = n
              } else {
                const parsed = parseSharePercent(text, targetsSchema.shape[key], ui.targetLabels[key]!)
                if ('message' in parsed) return setError(parsed.message)
                targets[key] = parsed.share
              }
            }
            try {
              await save.mutateAsync({ projectId, targets })
              setValues(null)
              setError(null)
              onClose()
            } catch (e) {
              setError(errorMessage(e))
            }
          }}
        >
          {da.common.save}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}

function Caseload({ report }: { report: KpiReport }) {
  const months = measuredMonths(report)
  const [month, setMonth] = useState<string | null>(null)
  const chosen = months.find((m) => m.month === month) ?? months[months.length - 1]
  if (!chosen) return null
  const max = report.targets.caseloadMax
  return (
    <Box>
      <TextField select size="small" label={k.caseloadMonth} value={chosen.month} onChange={(e) => setMonth(e.target.value)} sx={{ mb: 1, minWidth: 200 }}>
        {[...months].reverse().map((m) => (
          <MenuItem key={m.month} value={m.month}>
            {formatMonth(m.month)}
          </MenuItem>
        ))}
      </TextField>
      {max !== null ? (
        <Typography variant="body2" color="text.secondary">
          {k.caseloadMax(max)}
        </Typography>
      ) : null}
      <SimpleTable label={k.caseload} columns={[ui.list.broker, { right: k.cases }]} headEnd={<TableCell />}>
        {chosen.caseload.map((c) => (
          <TableRow key={String(c.staffId)}>
            <TableCell>{c.name}</TableCell>
            <TableCell align="right">{c.count}</TableCell>
            <TableCell>{max !== null && c.staffId !== null && c.count > max ? <Chip size="small" color="warning" label={k.overMax} /> : null}</TableCell>
          </TableRow>
        ))}
      </SimpleTable>
    </Box>
  )
}

export function KpiPage() {
  const projectId = useRequiredProjectId()
  const report = useApiQuery('participants.kpi.monthly', { projectId })
  const [editing, setEditing] = useState(false)
  return (
    <>
      <PageHeader
        title={k.title}
        subtitle={k.subtitle}
        actions={
          <>
            <Button onClick={() => setEditing(true)}>{k.editTargets}</Button>
            <PdfButton route={`/print/projekt/${projectId}/kpi`} fileName={`KPI-rapport projekt ${projectId}.pdf`} label={k.pdf} />
          </>
        }
      />
      <ParticipantsTabs projectId={projectId} />
      <QueryView query={report}>
        {(r) => {
          const months = measuredMonths(r)
          const latest = months[months.length - 1]
          return (
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, lg: 6 }}>
                <SectionCard title={`${k.conditions} (${r.poolName})`} sx={{ height: '100%' }}>
                  <ConditionsList conditions={r.conditions} />
                </SectionCard>
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <SectionCard title={k.targets} sx={{ height: '100%' }}>
                  {latest ? (
                    <>
                      <Typography variant="body2" color="text.secondary" gutterBottom>
                        {k.latest(formatMonth(latest.month))}
                      </Typography>
                      <SimpleTable label={k.targets}>
                        {latestAgainstTargets(r, latest).map((row) => (
                          <TableRow key={row.label} data-testid={`kpi-latest-${row.label}`}>
                            <TableCell>{row.label}</TableCell>
                            <TableCell align="right">{pct(row.value)}</TableCell>
                            <TableCell align="right" sx={{ color: 'text.secondary' }}>
                              {da.participants.targetText(row.target, row.atMost)}
                            </TableCell>
                            <TableCell>
                              {row.ok === null ? null : <Chip size="small" color={row.ok ? 'success' : 'warning'} label={row.ok ? k.met : k.notMet} />}
                            </TableCell>
                          </TableRow>
                        ))}
                      </SimpleTable>
                    </>
                  ) : (
                    <Alert severity="info">{k.noStatus}</Alert>
                  )}
                </SectionCard>
              </Grid>
              {months.length > 0 ? (
                <>
                  <Grid size={12}>
                    <SectionCard title={k.chartTitle}>
                      <KpiChart report={r} />
                    </SectionCard>
                  </Grid>
                  <Grid size={{ xs: 12, lg: 4 }}>
                    <SectionCard title={k.caseload} sx={{ height: '100%' }}>
                      <Caseload report={r} />
                    </SectionCard>
                  </Grid>
                  <Grid size={{ xs: 12, lg: 8 }}>
                    <SectionCard title={k.counting} sx={{ height: '100%' }}>
                      <Stack spacing={0.5}>
                        {r.counting.map((c) => (
                          <Typography key={c.kpi} variant="body2">
                            {k.countingText(t.kpis[c.kpi], c.activities.join(', '))}
                          </Typography>
                        ))}
                        <Typography variant="body2">{k.exitText(r.effortGroupExit.join(', '))}</Typography>
                      </Stack>
                    </SectionCard>
                  </Grid>
                  <Grid size={12}>
                    <Card variant="outlined">
                      <CardContent sx={{ overflowX: 'auto' }}>
                        <Typography variant="h6" component="h2" gutterBottom>
                          {k.table}
                        </Typography>
                        <KpiTable report={r} />
                      </CardContent>
                    </Card>
                  </Grid>
                </>
              ) : null}
            </Grid>
          )
        }}
      </QueryView>
      <TargetsDialog projectId={projectId} open={editing} onClose={() => setEditing(false)} />
    </>
  )
}
